#include "storage/SqliteQuery.h"

#include <soci/sqlite3/soci-sqlite3.h>

#include "domain/Errors.h"

namespace s113 {

using namespace sqlite_api;

namespace {
sqlite3_stmt* stmt(void* p) { return static_cast<sqlite3_stmt*>(p); }
}  // namespace

SqliteQuery::SqliteQuery(Register& reg, const std::string& sql)
    : db_(static_cast<soci::sqlite3_session_backend*>(reg.sql().get_backend())->conn_), sql_(sql) {
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(static_cast<sqlite3*>(db_), sql.c_str(), -1, &st, nullptr) != SQLITE_OK) fail();
  st_ = st;
}

SqliteQuery::~SqliteQuery() { sqlite3_finalize(stmt(st_)); }

void SqliteQuery::fail() const {
  throw StorageError(std::string(sqlite3_errmsg(static_cast<sqlite3*>(db_))) + " while executing \"" + sql_ + "\"");
}

void SqliteQuery::bindText(const std::string& value) {
  if (sqlite3_bind_text(stmt(st_), ++bound_, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT) != SQLITE_OK)
    fail();
}

bool SqliteQuery::step() {
  const int rc = sqlite3_step(stmt(st_));
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) fail();
  return false;
}

bool SqliteQuery::isNull(int column) const { return sqlite3_column_type(stmt(st_), column) == SQLITE_NULL; }

long long SqliteQuery::integer(int column) const { return sqlite3_column_int64(stmt(st_), column); }

void SqliteQuery::text(int column, std::string& out) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt(st_), column));
  if (!p) return out.clear();
  out.assign(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt(st_), column)));
}

std::string SqliteQuery::text(int column) const {
  std::string out;
  text(column, out);
  return out;
}

}  // namespace s113
