#include "services/FinanceAccess.h"

#include "services/Roles.h"

namespace s113 {

// The finance-only work (closing periods, true-ups, pay imports) asks the one
// role check every service uses (services/Roles.h).
void requireFinanceRole(Register& reg, const std::string&) { require(reg, Action::EditFinance); }

}  // namespace s113
