#include "recharge/RechargeEnums.h"

namespace s113 {

template <>
const std::vector<EnumSpelling<RechargeBasis>>& spellings<RechargeBasis>() {
  static const std::vector<EnumSpelling<RechargeBasis>> v = {
      {RechargeBasis::ActualCost, "actual_cost"},
      {RechargeBasis::FixedAnnual, "fixed_annual"},
      {RechargeBasis::FixedTotal, "fixed_total"}};
  return v;
}
template <>
const std::vector<EnumSpelling<PartPeriodMethod>>& spellings<PartPeriodMethod>() {
  static const std::vector<EnumSpelling<PartPeriodMethod>> v = {
      {PartPeriodMethod::CalendarDay, "calendar_day"},
      {PartPeriodMethod::Monthly, "monthly"},
      {PartPeriodMethod::WorkingDay, "working_day"}};
  return v;
}
template <>
const std::vector<EnumSpelling<InvoiceFrequency>>& spellings<InvoiceFrequency>() {
  static const std::vector<EnumSpelling<InvoiceFrequency>> v = {
      {InvoiceFrequency::Monthly, "monthly"},
      {InvoiceFrequency::Quarterly, "quarterly"},
      {InvoiceFrequency::Annual, "annual"}};
  return v;
}
template <>
const std::vector<EnumSpelling<VatTreatment>>& spellings<VatTreatment>() {
  static const std::vector<EnumSpelling<VatTreatment>> v = {
      {VatTreatment::OutsideScope, "outside_scope"},
      {VatTreatment::Standard, "standard"},
      {VatTreatment::Exempt, "exempt"}};
  return v;
}
template <>
const std::vector<EnumSpelling<OnCostKind>>& spellings<OnCostKind>() {
  static const std::vector<EnumSpelling<OnCostKind>> v = {
      {OnCostKind::None, "none"}, {OnCostKind::Flat, "flat"}, {OnCostKind::Itemised, "itemised"}};
  return v;
}

}  // namespace s113
