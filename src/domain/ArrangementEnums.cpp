#include "domain/ArrangementEnums.h"

namespace s113 {

template <>
const std::vector<EnumSpelling<PlacementKind>>& spellings<PlacementKind>() {
  static const std::vector<EnumSpelling<PlacementKind>> v = {{PlacementKind::S113Placement, "s113_placement"},
                                                             {PlacementKind::Secondment, "secondment"}};
  return v;
}
template <>
const std::vector<EnumSpelling<PlacementStatus>>& spellings<PlacementStatus>() {
  static const std::vector<EnumSpelling<PlacementStatus>> v = {
      {PlacementStatus::Proposed, "proposed"},    {PlacementStatus::Consulted, "consulted"},
      {PlacementStatus::Agreed, "agreed"},        {PlacementStatus::Active, "active"},
      {PlacementStatus::ReviewDue, "review_due"}, {PlacementStatus::Extended, "extended"},
      {PlacementStatus::Ended, "ended"},          {PlacementStatus::Terminated, "terminated"}};
  return v;
}
template <>
const std::vector<EnumSpelling<SingleManagerRoute>>& spellings<SingleManagerRoute>() {
  static const std::vector<EnumSpelling<SingleManagerRoute>> v = {
      {SingleManagerRoute::EmployAndSubcontract, "employ_and_subcontract"},
      {SingleManagerRoute::Secondment, "secondment"}};
  return v;
}
template <>
const std::vector<EnumSpelling<SingleManagerStatus>>& spellings<SingleManagerStatus>() {
  static const std::vector<EnumSpelling<SingleManagerStatus>> v = {{SingleManagerStatus::Proposed, "proposed"},
                                                                   {SingleManagerStatus::Active, "active"},
                                                                   {SingleManagerStatus::Ended, "ended"}};
  return v;
}
template <>
const std::vector<EnumSpelling<JointPostStatus>>& spellings<JointPostStatus>() {
  static const std::vector<EnumSpelling<JointPostStatus>> v = {{JointPostStatus::Proposed, "proposed"},
                                                               {JointPostStatus::Approved, "approved"},
                                                               {JointPostStatus::Active, "active"},
                                                               {JointPostStatus::Ended, "ended"}};
  return v;
}
template <>
const std::vector<EnumSpelling<DisputeStage>>& spellings<DisputeStage>() {
  static const std::vector<EnumSpelling<DisputeStage>> v = {{DisputeStage::JointHrGroup, "joint_hr_group"},
                                                            {DisputeStage::JointCommittee, "joint_committee"},
                                                            {DisputeStage::ChiefExecutives, "chief_executives"},
                                                            {DisputeStage::Arbitration, "arbitration"}};
  return v;
}

}  // namespace s113
