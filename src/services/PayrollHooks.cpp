// The payroll group's hook into the shared services (see Hooks.h): a payroll
// number names one contract on its employer's payroll, so two live contracts
// of the same employer cannot share one (reconciliation matches pay to
// contracts by it). Ended contracts keep their number: payroll keeps it too.
#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "domain/Validation.h"
#include "services/Hooks.h"

namespace s113 {

void payrollCrossChecks(Register& reg, const Edit& edit) {
  if (edit.def != &contractDef()) return;
  const std::string number = valueOf(edit.fields, "payroll_number");
  if (number.empty()) return;
  const std::string employer = valueOf(edit.fields, "employer");
  VersionStore store(reg, contractDef());
  for (const auto& other : store.liveKeysWhere("payroll_number", number)) {
    if (other == edit.key) continue;
    auto latest = store.latest(other);
    if (latest && valueOf(latest->fields, "employer") == employer)
      throw ValidationError(recordLabel(contractDef(), edit.key), "payroll_number",
                            "payroll number '" + number + "' is already " +
                                recordLabel(contractDef(), other) + "'s at " + employer);
  }
}

}  // namespace s113
