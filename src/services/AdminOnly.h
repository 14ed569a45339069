// The one place the work only an admin may do asks for the admin role: the
// history import, the subject access export, anonymisation and the retention
// period. Throws when the acting user may not do `what`.
#pragma once
#include <string>

#include "storage/Register.h"

namespace s113 {

void requireAdmin(Register& reg, const std::string& what);

}  // namespace s113
