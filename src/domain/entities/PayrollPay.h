// Pay imported from a payroll extract: one person's gross pay for one pay
// period, as the employer's payroll paid it, and the contract it was matched
// to (docs/payroll.md). Its fields are declared once, here; payrollPayDef
// (PayrollCatalog.cpp) is built from this description.
#pragma once
#include <string>

#include "domain/Describe.h"

namespace s113 {

struct PayrollPay {
  std::string ref;  // the key: "BNES/2013-04/BN40007", employer, month and staff number
  RecordKey profile;
  RecordKey employer;
  Date periodStart;
  Date periodEnd;
  std::string staffNumber;
  std::string name;  // as the payroll spells it
  Pence grossPay{0};
  OptionalFte fte;
  RecordKey contract;  // none: matched to no contract
  std::string source;  // "april.csv row 7"
};

template <class Visitor>
void describe(Visitor& v, PayrollPay& p) {
  v.key("ref", p.ref);
  v.ref("profile", "Payroll profile", "payroll_profile", p.profile, Required::Yes);
  v.ref("employer", "Employer", "partner", p.employer, Required::Yes);
  v.date("period_start", "Period start", p.periodStart);
  v.date("period_end", "Period end", p.periodEnd);
  v.text("staff_number", "Staff / assignment number", p.staffNumber, Required::Yes);
  v.text("name", "Name on payroll", p.name, Required::No);
  v.money("gross_pay", "Gross pay", p.grossPay);
  v.fte("fte", "FTE", p.fte);
  v.ref("contract", "Matched contract", "contract", p.contract, Required::No);
  v.text("source", "Read from (file and row)", p.source, Required::No);
}

}  // namespace s113
