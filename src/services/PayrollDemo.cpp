// The sample register's two payroll profiles: an ESR-like extract of the
// CCG's payroll and an iTrent-like extract of the council's. The layouts are
// invented for the sample (plausible, not the vendors' own).
#include "domain/Catalog.h"
#include "domain/entities/PayrollProfile.h"
#include "services/DemoHistory.h"
#include "services/Hooks.h"

namespace s113 {

namespace {

// The CCG's ESR-like extract: a period's first and last days, dates as 01-Apr-2013.
PayrollProfile esrProfile() {
  PayrollProfile p;
  p.name = "ESR-BCCG";
  p.employer = {"BCCG"};
  p.description = "ESR-like monthly extract of the CCG's payroll";
  p.staffNumberColumn = "Assignment Number";
  p.nameColumn = "Employee Name";
  p.periodStartColumn = "Period Start Date";
  p.periodEndColumn = "Period End Date";
  p.grossPayColumn = "Gross Pay";
  p.fteColumn = "Assignment FTE";
  p.dateFormat = PayrollDateFormat::DayMonthNameYear;
  return p;
}

// The council's iTrent-like extract: the period as its month, 04/2013.
PayrollProfile itrentProfile() {
  PayrollProfile p;
  p.name = "ITRENT-BNES";
  p.employer = {"BNES"};
  p.description = "iTrent-like monthly extract of the council's payroll";
  p.staffNumberColumn = "Employee No";
  p.nameColumn = "Name";
  p.periodColumn = "Pay Month";
  p.grossPayColumn = "Total Gross";
  p.fteColumn = "FTE %";
  p.dateFormat = PayrollDateFormat::MonthYear;
  return p;
}

}  // namespace

void addDemoPayroll(DemoHistory& history) {
  const Date from(2013, 4, 1);
  history.create(payrollProfileDef(), esrProfile(), from, kCcgHr);
  history.create(payrollProfileDef(), itrentProfile(), from);
}

}  // namespace s113
