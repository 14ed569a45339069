// The arrangement group's hooks into the shared services (see Hooks.h); the
// rules themselves are in ArrangementChecks.cpp, the sample in
// ArrangementDemo.cpp.
#include "services/ArrangementChecks.h"
#include "services/Attention.h"
#include "services/Hooks.h"

namespace s113 {

void arrangementCrossChecks(Register& reg, const Edit& edit) {
  lockWhatArrangementRulesRead(reg, edit);
  checkArrangementEdit(reg, edit);
  checkDependentArrangements(reg, edit);
}

// Besides the warnings, the one cross-record rule `check` verifies again.
void arrangementWarnings(Register& reg, CheckReport& report) {
  for (auto& error : overCommittedContracts(reg)) report.errors.push_back(std::move(error));
  for (const auto& warning : needsAttention(reg, today())) report.warnings.push_back(warning.text());
}

}  // namespace s113
