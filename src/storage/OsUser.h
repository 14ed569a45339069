// The one platform-specific lookup storage needs: the operating-system login.
#pragma once
#include <string>

namespace s113 {
// USER (Linux, macOS) or USERNAME (Windows); else the effective user from the
// account database (Linux, macOS); "unknown" when nothing says.
std::string osLoginName();
}  // namespace s113
