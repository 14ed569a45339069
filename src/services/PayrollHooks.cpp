// The payroll group's hook into the shared services (see Hooks.h): a payroll
// number names one contract on its employer's payroll, so two live contracts
// of the same employer cannot share one (reconciliation matches pay to
// contracts by it). Ended contracts keep their number: payroll keeps it too.
#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "domain/Validation.h"
#include "domain/entities/Contract.h"
#include "services/Hooks.h"
#include "services/TypedRecords.h"

namespace s113 {

void payrollCrossChecks(Register& reg, const Edit& edit) {
  if (edit.def != &contractDef()) return;
  const ContractTerms edited = editedAs<ContractTerms>(edit);
  const std::string& number = edited.payrollNumber;
  if (number.empty()) return;
  for (const auto& other : VersionStore(reg, contractDef()).liveKeysWhere("payroll_number", number)) {
    if (other == edit.key) continue;
    auto theirs = latestLive<ContractTerms>(reg, contractDef(), other);
    if (theirs && theirs->employer == edited.employer)
      throw ValidationError(recordLabel(contractDef(), edit.key), "payroll_number",
                            "payroll number '" + number + "' is already " + recordLabel(contractDef(), other) +
                                "'s at " + edited.employer.value);
  }
}

}  // namespace s113
