// The one platform-specific file of storage: who is logged in, and private
// new files.
#include "storage/OsUser.h"

#include <cstdlib>

#if !defined(_WIN32)
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace s113 {

std::string osLoginName() {
  for (const char* variable : {"USER", "USERNAME", "LOGNAME"})
    if (const char* value = std::getenv(variable); value && *value) return value;
#if !defined(_WIN32)
  // Services and CI jobs often run without a login environment: ask the
  // account database for the effective user instead.
  if (const passwd* account = getpwuid(geteuid()); account && account->pw_name && *account->pw_name)
    return account->pw_name;
#endif
  return "unknown";
}

void restrictNewFilesToOwner() {
#if !defined(_WIN32)
  umask(S_IRWXG | S_IRWXO);
#endif
}

}  // namespace s113
