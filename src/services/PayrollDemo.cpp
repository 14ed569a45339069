// The sample register's two payroll profiles: an ESR-like extract of the
// CCG's payroll and an iTrent-like extract of the council's. The layouts are
// invented for the sample (plausible, not the vendors' own).
#include "domain/Catalog.h"
#include "services/DemoHistory.h"
#include "services/Hooks.h"

namespace s113 {

void addDemoPayroll(DemoHistory& history) {
  const Date from(2013, 4, 1);
  history.create(
      payrollProfileDef(), "ESR-BCCG",
       {{"employer", "BCCG"},
        {"description", "ESR-like monthly extract of the CCG's payroll"},
        {"staff_number_column", "Assignment Number"},
        {"name_column", "Employee Name"},
        {"period_start_column", "Period Start Date"},
        {"period_end_column", "Period End Date"},
        {"gross_pay_column", "Gross Pay"},
        {"fte_column", "Assignment FTE"},
        {"date_format", "dd-mon-yyyy"}},
      from, kCcgHr);
  history.create(
      payrollProfileDef(), "ITRENT-BNES",
       {{"employer", "BNES"},
        {"description", "iTrent-like monthly extract of the council's payroll"},
        {"staff_number_column", "Employee No"},
        {"name_column", "Name"},
        {"period_column", "Pay Month"},
        {"gross_pay_column", "Total Gross"},
        {"fte_column", "FTE %"},
        {"date_format", "mm/yyyy"}},
      from);
}

}  // namespace s113
