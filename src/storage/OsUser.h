// The one platform-specific lookup storage needs: the operating-system login.
#pragma once
#include <string>

namespace s113 {
// USER (Linux, macOS) or USERNAME (Windows); "unknown" when neither is set.
std::string osLoginName();
}  // namespace s113
