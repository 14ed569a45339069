// Payroll records (docs/payroll.md): the profiles that say how to read one
// employer's payroll extract (which of its columns holds what, and how it
// writes dates), and the pay imported from such extracts, one row per person
// per pay period. Their fields are declared in domain/entities/PayrollProfile.h
// and PayrollPay.h; schema/0012_payroll.sql holds the tables; a contract
// names the person's payroll number in its `payroll_number` field.
#include "domain/Catalog.h"
#include "domain/Money.h"
#include "domain/Validation.h"
#include "domain/entities/PayrollPay.h"
#include "domain/entities/PayrollProfile.h"

namespace s113 {
namespace {

void checkProfile(const RecordChecker& c, const std::string&) {
  const bool period = !c.blank("period_column");
  const bool start = !c.blank("period_start_column");
  if (period == start)
    c.fail("period_column",
           "name either the column holding the period or the column holding its start");
  if (!start && !c.blank("period_end_column"))
    c.fail("period_end_column", "is used only with a period start column");
}

void checkPay(const RecordChecker& c, const std::string&) {
  c.endNotBeforeStart("period_start", "period_end");
  if (auto fte = c.fteOf("fte"); fte && (*fte < FteUnits(0) || *fte > kFullTime))
    c.fail("fte", "must be from 0 to 1");
}

}  // namespace

const EntityDef& payrollProfileDef() {
  static const EntityDef def{"payroll_profile",      "Payroll profile",          "payroll_profiles", "name",
                             "payroll_profiles.csv", fieldsOf<PayrollProfile>(), checkProfile};
  return def;
}

const EntityDef& payrollPayDef() {
  static const EntityDef def{"payroll_pay",     "Imported pay",         "payroll_pay", "ref",
                             "payroll_pay.csv", fieldsOf<PayrollPay>(), checkPay};
  return def;
}

std::vector<const EntityDef*> payrollEntities() { return {&payrollProfileDef(), &payrollPayDef()}; }

}  // namespace s113
