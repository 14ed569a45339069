#include "domain/Enums.h"

namespace s113 {

template <>
const std::vector<EnumSpelling<PartnerKind>>& spellings<PartnerKind>() {
  static const std::vector<EnumSpelling<PartnerKind>> v = {{PartnerKind::Council, "council"},
                                                           {PartnerKind::Nhs, "nhs"}};
  return v;
}
template <>
const std::vector<EnumSpelling<Nation>>& spellings<Nation>() {
  static const std::vector<EnumSpelling<Nation>> v = {{Nation::England, "england"},
                                                      {Nation::Scotland, "scotland"}};
  return v;
}
template <>
const std::vector<EnumSpelling<PostKind>>& spellings<PostKind>() {
  static const std::vector<EnumSpelling<PostKind>> v = {{PostKind::Single, "single"},
                                                        {PostKind::S113, "s113"},
                                                        {PostKind::Joint, "joint"},
                                                        {PostKind::SingleManager, "single_manager"}};
  return v;
}
template <>
const std::vector<EnumSpelling<StatutoryRole>>& spellings<StatutoryRole>() {
  static const std::vector<EnumSpelling<StatutoryRole>> v = {
      {StatutoryRole::None, "none"},
      {StatutoryRole::DASS, "DASS"},
      {StatutoryRole::DCS, "DCS"},
      {StatutoryRole::DPH, "DPH"},
      {StatutoryRole::S151, "S151"},
      {StatutoryRole::HeadOfPaidService, "HEAD_OF_PAID_SERVICE"},
      {StatutoryRole::NhsAccountableOfficer, "NHS_ACCOUNTABLE_OFFICER"}};
  return v;
}
template <>
const std::vector<EnumSpelling<Registration>>& spellings<Registration>() {
  static const std::vector<EnumSpelling<Registration>> v = {
      {Registration::None, "none"},
      {Registration::SocialWork, "social_work"},
      {Registration::Nursing, "nursing"},
      {Registration::AlliedHealth, "allied_health"},
      {Registration::Medical, "medical"}};
  return v;
}
template <>
const std::vector<EnumSpelling<PostStatus>>& spellings<PostStatus>() {
  static const std::vector<EnumSpelling<PostStatus>> v = {
      {PostStatus::Proposed, "proposed"}, {PostStatus::Approved, "approved"},
      {PostStatus::Vacant, "vacant"},     {PostStatus::Filled, "filled"},
      {PostStatus::Frozen, "frozen"},     {PostStatus::Deleted, "deleted"}};
  return v;
}
template <>
const std::vector<EnumSpelling<PayFramework>>& spellings<PayFramework>() {
  static const std::vector<EnumSpelling<PayFramework>> v = {
      {PayFramework::NJC, "NJC"},
      {PayFramework::JNC, "JNC"},
      {PayFramework::AgendaForChange, "AfC"},
      {PayFramework::VSM, "VSM"}};
  return v;
}
template <>
const std::vector<EnumSpelling<PensionScheme>>& spellings<PensionScheme>() {
  static const std::vector<EnumSpelling<PensionScheme>> v = {{PensionScheme::LGPS, "LGPS"},
                                                             {PensionScheme::NHSPS, "NHSPS"},
                                                             {PensionScheme::None, "none"}};
  return v;
}

}  // namespace s113
