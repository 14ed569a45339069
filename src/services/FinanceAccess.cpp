#include "services/FinanceAccess.h"

namespace s113 {

// ROLE CHECK: the register has no roles yet; once it has, this refuses every
// role but finance and admin (the callers need no change).
void requireFinanceRole(Register&, const std::string&) {}

}  // namespace s113
