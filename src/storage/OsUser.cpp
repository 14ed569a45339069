#include "storage/OsUser.h"

#include <cstdlib>

namespace s113 {

std::string osLoginName() {
  for (const char* variable : {"USER", "USERNAME", "LOGNAME"})
    if (const char* value = std::getenv(variable); value && *value) return value;
  return "unknown";
}

}  // namespace s113
