// A payroll profile: how to read one employer's payroll extract, naming the
// extract's column that holds each thing and how it writes dates
// (docs/payroll.md). Its fields are declared once, here; payrollProfileDef
// (PayrollCatalog.cpp) is built from this description.
#pragma once
#include <string>

#include "domain/Describe.h"
#include "domain/PayrollEnums.h"

namespace s113 {

struct PayrollProfile {
  std::string name;  // the key: "ITRENT-BNES"
  RecordKey employer;
  std::string description;
  // The extract's column headers ("" for a column the extract does not have).
  std::string staffNumberColumn;
  std::string nameColumn;
  std::string periodColumn;       // the period as one date; or
  std::string periodStartColumn;  // its first day, and optionally
  std::string periodEndColumn;    // its last
  std::string grossPayColumn;
  std::string fteColumn;
  PayrollDateFormat dateFormat = PayrollDateFormat::YearMonthDay;
};

template <class Visitor>
void describe(Visitor& v, PayrollProfile& p) {
  v.key("name", p.name);
  v.ref("employer", "Employer whose payroll it reads", "partner", p.employer, Required::Yes);
  v.text("description", "Description", p.description, Required::No);
  v.text("staff_number_column", "Staff / assignment number column", p.staffNumberColumn, Required::Yes);
  v.text("name_column", "Name column", p.nameColumn, Required::No);
  v.text("period_column", "Period column", p.periodColumn, Required::No);
  v.text("period_start_column", "Period start column", p.periodStartColumn, Required::No);
  v.text("period_end_column", "Period end column", p.periodEndColumn, Required::No);
  v.text("gross_pay_column", "Gross pay column", p.grossPayColumn, Required::Yes);
  v.text("fte_column", "FTE column", p.fteColumn, Required::No);
  v.choice("date_format", "Date format", p.dateFormat);
}

}  // namespace s113
