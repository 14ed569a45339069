// An employment contract: a person employed by one partner, for an FTE and a
// salary, on a substantive post or none (docs/domain.md, the records table).
// Its fields are declared once, here; contractDef (Catalog.cpp) is built
// from this description. The salary is private (docs/security.md): a role
// that may not read salaries reads it blank, and a blank required field does
// not make a Contract, so only the roles that read salaries (HR, finance,
// admin) read contracts as this type; a reader open to reviewers reads
// ContractTerms, below.
#pragma once
#include <string>

#include "domain/Describe.h"

namespace s113 {

struct Contract {
  std::string ref;  // the key: "C-0001"
  RecordKey person;
  RecordKey employer;  // a partner
  RecordKey post;      // the substantive post; none for a contract held without one
  FteUnits fte{0};
  Pence annualSalary{0};
  PayFramework payFramework = PayFramework::NJC;
  PensionScheme pensionScheme = PensionScheme::None;
  Date start;
  OptionalDate end;            // none: open-ended
  std::string payrollNumber;   // the payroll's staff or assignment number, personal data
};

template <class Visitor>
void describe(Visitor& v, Contract& c) {
  v.key("ref", c.ref);
  v.ref("person", "Person", "person", c.person, Required::Yes);
  v.ref("employer", "Employer", "partner", c.employer, Required::Yes);
  v.ref("post", "Substantive post", "post", c.post, Required::No);
  v.fte("fte", "FTE", c.fte);
  v.money("annual_salary", "Annual salary", c.annualSalary);
  v.choice("pay_framework", "Pay framework", c.payFramework);
  v.choice("pension_scheme", "Pension scheme", c.pensionScheme);
  v.date("start_date", "Start", c.start);
  v.date("end_date", "End", c.end);
  v.text("payroll_number", "Payroll staff / assignment number", c.payrollNumber, Required::No);
}

// A contract without its salary: the view (storage/TypedStore.h) that a
// reader who may not read salaries reads of it, and what the decisions, the
// arrangement checks, the warnings and the reports need of a contract.
struct ContractTerms {
  std::string ref;
  RecordKey person;
  RecordKey employer;
  RecordKey post;
  FteUnits fte{0};
  Date start;
  OptionalDate end;
  std::string payrollNumber;
};

template <class Visitor>
void describe(Visitor& v, ContractTerms& c) {
  v.key("ref", c.ref);
  v.ref("person", "Person", "person", c.person, Required::Yes);
  v.ref("employer", "Employer", "partner", c.employer, Required::Yes);
  v.ref("post", "Substantive post", "post", c.post, Required::No);
  v.fte("fte", "FTE", c.fte);
  v.date("start_date", "Start", c.start);
  v.date("end_date", "End", c.end);
  v.text("payroll_number", "Payroll staff / assignment number", c.payrollNumber, Required::No);
}

}  // namespace s113
