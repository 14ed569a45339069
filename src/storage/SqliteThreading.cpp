#include "storage/SqliteThreading.h"

#include <sqlite3.h>

namespace s113 {

bool useOneThreadPerSqliteConnection() {
  // Both fail with SQLITE_MISUSE once SQLite is initialised (a connection
  // was opened): the process then keeps the defaults, which are safe.
  const bool threading = sqlite3_config(SQLITE_CONFIG_MULTITHREAD) == SQLITE_OK;
  const bool statistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
  return threading && statistics;
}

}  // namespace s113
