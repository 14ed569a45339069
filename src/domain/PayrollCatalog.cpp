// Payroll records (docs/payroll.md): the profiles that say how to read one
// employer's payroll extract (which of its columns holds what, and how it
// writes dates), and the pay imported from such extracts, one row per person
// per pay period. schema/0012_payroll.sql holds the tables; a contract names
// the person's payroll number in its `payroll_number` field (Catalog.cpp).
#include "domain/Catalog.h"
#include "domain/Money.h"
#include "domain/Validation.h"

namespace s113 {
namespace {

FieldDef text(const char* name, const char* label, bool required = false) {
  return {name, FieldType::Text, required, label, {}, ""};
}
FieldDef ref(const char* name, const char* label, const char* entity, bool required) {
  return {name, FieldType::Ref, required, label, {}, entity};
}
FieldDef typed(const char* name, FieldType type, const char* label, bool required = false) {
  return {name, type, required, label, {}, ""};
}

void checkProfile(const RecordChecker& c, const std::string&) {
  const bool period = !c.get("period_column").empty();
  const bool start = !c.get("period_start_column").empty();
  if (period == start)
    c.fail("period_column",
           "name either the column holding the period or the column holding its start");
  if (!start && !c.get("period_end_column").empty())
    c.fail("period_end_column", "is used only with a period start column");
}

void checkPay(const RecordChecker& c, const std::string&) {
  c.endNotBeforeStart("period_start", "period_end");
  if (auto fte = c.fteOf("fte"); fte && (*fte < FteUnits(0) || *fte > kFullTime))
    c.fail("fte", "must be from 0 to 1");
}

}  // namespace

const std::vector<std::string>& payrollDateFormats() {
  static const std::vector<std::string> formats = {"yyyy-mm-dd", "dd/mm/yyyy", "dd-mon-yyyy",
                                                   "mm/yyyy",    "yyyy-mm",    "yyyymm"};
  return formats;
}

const EntityDef& payrollProfileDef() {
  static const EntityDef def{
      "payroll_profile",
      "Payroll profile",
      "payroll_profiles",
      "name",
      "payroll_profiles.csv",
      {ref("employer", "Employer whose payroll it reads", "partner", true),
       text("description", "Description"),
       text("staff_number_column", "Staff / assignment number column", true),
       text("name_column", "Name column"), text("period_column", "Period column"),
       text("period_start_column", "Period start column"),
       text("period_end_column", "Period end column"),
       text("gross_pay_column", "Gross pay column", true), text("fte_column", "FTE column"),
       {"date_format", FieldType::Enum, true, "Date format", payrollDateFormats(), ""}},
      checkProfile};
  return def;
}

const EntityDef& payrollPayDef() {
  static const EntityDef def{
      "payroll_pay",
      "Imported pay",
      "payroll_pay",
      "ref",
      "payroll_pay.csv",
      {ref("profile", "Payroll profile", "payroll_profile", true),
       ref("employer", "Employer", "partner", true),
       typed("period_start", FieldType::Date, "Period start", true),
       typed("period_end", FieldType::Date, "Period end", true),
       text("staff_number", "Staff / assignment number", true), text("name", "Name on payroll"),
       typed("gross_pay", FieldType::Money, "Gross pay", true), typed("fte", FieldType::Fte, "FTE"),
       ref("contract", "Matched contract", "contract", false),
       text("source", "Read from (file and row)")},
      checkPay};
  return def;
}

std::vector<const EntityDef*> payrollEntities() { return {&payrollProfileDef(), &payrollPayDef()}; }

}  // namespace s113
