#include "services/FinanceAccess.h"

#include "services/Roles.h"

namespace s113 {

// The finance-only work asks the one role check every service uses
// (services/Roles.h): finance or admin, the message naming `action`.
void requireFinanceRole(Register& reg, const std::string& action) { require(reg, Action::EditFinance, action); }

}  // namespace s113
