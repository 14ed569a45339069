// Who may do finance's work: closing periods, issuing invoices, recording a
// true-up and importing pay. The one place that decides it, so every
// finance use case asks the same question.
#pragma once
#include <string>

#include "storage/Register.h"

namespace s113 {

// Throws NotPermitted when the acting user may not do `action` ("close
// periods", "record a true-up", "import pay", "reconcile pay"): finance and
// admin only (Action::EditFinance in domain/Roles.h). The message reads
// "Only finance or admin may <action>; <login> holds <roles> ...".
void requireFinanceRole(Register& reg, const std::string& action);

}  // namespace s113
