#include "domain/ForumEnums.h"

namespace s113 {

template <>
const std::vector<EnumSpelling<MeetingStatus>>& spellings<MeetingStatus>() {
  static const std::vector<EnumSpelling<MeetingStatus>> v = {
      {MeetingStatus::Planned, "planned"}, {MeetingStatus::Held, "held"}, {MeetingStatus::Cancelled, "cancelled"}};
  return v;
}
template <>
const std::vector<EnumSpelling<ItemOutcome>>& spellings<ItemOutcome>() {
  static const std::vector<EnumSpelling<ItemOutcome>> v = {{ItemOutcome::Noted, "noted"},
                                                           {ItemOutcome::Agreed, "agreed"},
                                                           {ItemOutcome::AgreedWithChanges, "agreed_with_changes"},
                                                           {ItemOutcome::NotAgreed, "not_agreed"},
                                                           {ItemOutcome::Deferred, "deferred"},
                                                           {ItemOutcome::Referred, "referred"}};
  return v;
}

}  // namespace s113
