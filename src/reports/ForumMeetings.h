// Which meeting a forum pack is for and what it compares with: the meeting's
// day and cutoff (the pack reads the register as at that day, as recorded by
// then), and the previous held meeting, the baseline of "changes since the
// last meeting". Meetings are the forum's own records (domain/ForumCatalog)
// and the meetings packs were issued to (storage/ForumStore.h).
#pragma once
#include <boost/optional.hpp>
#include <string>
#include <vector>

#include "domain/Dates.h"
#include "domain/ForumEnums.h"
#include "storage/Register.h"

namespace s113::reports {

struct ForumMeetingRef {
  Date day;
  std::string ref;    // the meeting record's key, "" when only a pack was issued to it
  std::string title;  // "" when not known
  std::string cutoff;  // ISO UTC timestamp: what was recorded by then counts
};

struct ForumSetting {
  ForumMeetingRef meeting;
  boost::optional<ForumMeetingRef> previous;  // the latest held meeting before it
};

// The setting of a pack for the meeting on `day`. The cutoff of a meeting a
// pack was issued to is the one stored with it; otherwise the end of the
// meeting day (or now, while that is still to come). The previous meeting is
// the latest before `day` that the register, as at `day` and recorded by the
// cutoff, shows as held, or that a pack was issued to.
ForumSetting forumSetting(Register& reg, const Date& day);

// A meeting the forum pack can be made for (the Forum meetings list).
struct ForumMeetingChoice {
  std::string ref;  // "" when only a pack was issued to it
  Date day;
  std::string title;
  boost::optional<MeetingStatus> status;  // none when there is no meeting record
  bool issued = false;  // a pack was issued to it (it is frozen)
};

// Every meeting record (its latest version) and every meeting a pack was
// issued to without one, newest first.
std::vector<ForumMeetingChoice> forumMeetingChoices(Register& reg);

}  // namespace s113::reports
