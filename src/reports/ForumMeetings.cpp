#include "reports/ForumMeetings.h"

#include <algorithm>
#include <map>
#include <set>

#include "domain/Catalog.h"
#include "domain/entities/Meeting.h"
#include "services/ForumRecords.h"
#include "services/TypedRecords.h"

namespace s113::reports {
namespace {

using IssuedMeetings = std::map<Date, ForumMeeting>;

// The cutoff a pack for the meeting on `day` reads at.
std::string cutoffOf(const IssuedMeetings& issued, const Date& day) {
  auto it = issued.find(day);
  return it != issued.end() ? it->second.cutoff : meetingCutoff(day);
}

IssuedMeetings issuedMeetings(Register& reg) {
  IssuedMeetings out;
  for (auto& m : forumMeetings(reg)) out.emplace(parseIsoDate(m.date), m);
  return out;
}

// The latest meeting before `day` that a pack was issued to.
boost::optional<ForumMeetingRef> latestIssuedBefore(const IssuedMeetings& issued, const Date& day) {
  auto it = issued.lower_bound(day);
  if (it == issued.begin()) return boost::none;
  --it;
  return ForumMeetingRef{it->first, "", it->second.title, it->second.cutoff};
}

}  // namespace

ForumSetting forumSetting(Register& reg, const Date& day) {
  const auto issued = issuedMeetings(reg);
  ForumSetting setting;
  setting.meeting = {day, "", "", cutoffOf(issued, day)};
  if (auto it = issued.find(day); it != issued.end()) setting.meeting.title = it->second.title;

  // The latest earlier meeting: held as the register shows it then, or issued a pack.
  setting.previous = latestIssuedBefore(issued, day);
  const AsAt when{day, setting.meeting.cutoff};
  for (const Meeting& m : viewsAsAt<Meeting>(reg, meetingDef(), when)) {
    if (m.meetingDate == day) {
      setting.meeting.ref = m.ref;
      setting.meeting.title = m.title;
    } else if (m.meetingDate < day && m.status == MeetingStatus::Held &&
               (!setting.previous || m.meetingDate >= setting.previous->day)) {
      setting.previous = ForumMeetingRef{m.meetingDate, m.ref, m.title, cutoffOf(issued, m.meetingDate)};
    }
  }
  return setting;
}

std::vector<ForumMeetingChoice> forumMeetingChoices(Register& reg) {
  const auto issued = issuedMeetings(reg);
  std::vector<ForumMeetingChoice> out;
  std::set<Date> listed;
  for (Meeting& m : liveViews<Meeting>(reg, meetingDef())) {
    out.push_back({m.ref, m.meetingDate, std::move(m.title), m.status, issued.count(m.meetingDate) > 0});
    listed.insert(m.meetingDate);
  }
  for (const auto& [day, m] : issued)
    if (!listed.count(day)) out.push_back({"", day, m.title, boost::none, true});
  std::stable_sort(out.begin(), out.end(),
                   [](const ForumMeetingChoice& a, const ForumMeetingChoice& b) { return a.day > b.day; });
  return out;
}

}  // namespace s113::reports
