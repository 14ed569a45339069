// Reconciling a payroll extract against the register (docs/payroll.md), for
// each month the extract pays: people paid with no contract, contracts in
// force with no pay, FTE differences, salary differences (the month's gross
// pay against the contract's annual salary / 12, rounded half up to the
// penny; tolerance 0) and placements whose actual-cost recharge basis / 12
// differs from the pay. The register is read as it stood at each month's end.
#pragma once
#include <boost/optional.hpp>
#include <string>
#include <vector>

#include "services/PayrollExtract.h"

namespace s113 {

constexpr Pence kSalaryTolerance{0};  // pence: any difference is listed

struct Mismatch {
  std::string kind;  // paid_without_contract, contract_without_pay, fte_difference,
                     // salary_difference, recharge_basis_difference
  Period period;
  std::string staffNumber, name, contract, placement, rechargeAgreement;
  boost::optional<Pence> paid, expected;
  boost::optional<FteUnits> paidFte, contractFte;
  std::string detail;  // one sentence a reader understands
};

// For each row of the extract, the contract whose payroll_number is the
// row's among the profile employer's contracts in force that month; ""
// when none. The register is read once per month of the extract.
std::vector<std::string> matchedContracts(Register& reg, const PayrollExtract& extract);

std::vector<Mismatch> reconcilePayroll(Register& reg, const PayrollExtract& extract);
// The same, with the matches the user confirmed: contracts[i] is the contract
// row i was matched to, "" when none or when the user rejected the match (the
// row is then paid with no contract, and the contract has no pay).
std::vector<Mismatch> reconcilePayroll(Register& reg, const PayrollExtract& extract,
                                       const std::vector<std::string>& contracts);

// A reconciliation as a listing (reconcile --format csv|json, the import
// assistant): its column names, and a mismatch's cells in those columns.
const std::vector<std::string>& mismatchColumns();
std::vector<std::string> mismatchCells(const Mismatch& m);

}  // namespace s113
