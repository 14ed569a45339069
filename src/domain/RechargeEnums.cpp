#include "domain/RechargeEnums.h"

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

template <>
const std::vector<EnumSpelling<CoversKind>>& spellings<CoversKind>() {
  static const std::vector<EnumSpelling<CoversKind>> v = {
      {CoversKind::Post, "post"},
      {CoversKind::Contract, "contract"},
      {CoversKind::Placement, "placement"},
      {CoversKind::JointPost, "joint_post"},
      {CoversKind::SingleManagerContract, "single_manager_contract"},
      {CoversKind::Other, "other"}};
  return v;
}
template <>
const std::vector<EnumSpelling<SplitBy>>& spellings<SplitBy>() {
  static const std::vector<EnumSpelling<SplitBy>> v = {{SplitBy::Percentage, "percentage"},
                                                       {SplitBy::Headcount, "headcount"},
                                                       {SplitBy::Fte, "fte"},
                                                       {SplitBy::Population, "population"},
                                                       {SplitBy::OtherCount, "other_count"}};
  return v;
}

}  // namespace s113
