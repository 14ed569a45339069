// Payroll records (docs/payroll.md): the profiles that say how to read one
// employer's payroll extract (which of its columns holds what, and how it
// writes dates), and the pay imported from such extracts, one row per person
// per pay period. Their fields are declared in domain/entities/PayrollProfile.h
// and PayrollPay.h; schema/0012_payroll.sql holds the tables; a contract
// names the person's payroll number in its `payroll_number` field.
#include "domain/Catalog.h"
#include "domain/Money.h"
#include "domain/EntityRules.h"
#include "domain/entities/PayrollPay.h"
#include "domain/entities/PayrollProfile.h"

namespace s113 {
namespace {

void checkProfile(const PayrollProfile& p, const Faults<PayrollProfile>& f) {
  const bool period = !p.periodColumn.empty(), start = !p.periodStartColumn.empty();
  if (period == start)
    f.fail(p.periodColumn, "name either the column holding the period or the column holding its start");
  if (!start && !p.periodEndColumn.empty()) f.fail(p.periodEndColumn, "is used only with a period start column");
}

void checkPay(const PayrollPay& p, const Faults<PayrollPay>& f) {
  f.endNotBeforeStart(p.periodStart, p.periodEnd);
  if (p.fte && (*p.fte < FteUnits(0) || *p.fte > kFullTime)) f.fail(p.fte, "must be from 0 to 1");
}

}  // namespace

const EntityDef& payrollProfileDef() {
  static const EntityDef def{"payroll_profile",      "Payroll profile",          "payroll_profiles", "name",
                             "payroll_profiles.csv", fieldsOf<PayrollProfile>(), rulesOf(checkProfile)};
  return def;
}

const EntityDef& payrollPayDef() {
  static const EntityDef def{"payroll_pay",     "Imported pay",         "payroll_pay", "ref",
                             "payroll_pay.csv", fieldsOf<PayrollPay>(), rulesOf(checkPay)};
  return def;
}

std::vector<const EntityDef*> payrollEntities() { return {&payrollProfileDef(), &payrollPayDef()}; }

}  // namespace s113
