#include "reports/ForumMeetings.h"

#include <algorithm>
#include <map>

#include "domain/Catalog.h"
#include "storage/ForumStore.h"
#include "storage/VersionStore.h"

namespace s113::reports {
namespace {

// The cutoff a pack for the meeting on `iso` reads at.
std::string cutoffOf(const std::map<std::string, ForumMeeting>& issued, const std::string& iso) {
  auto it = issued.find(iso);
  return it != issued.end() ? it->second.cutoff : meetingCutoff(parseIsoDate(iso));
}

std::map<std::string, ForumMeeting> issuedMeetings(Register& reg) {
  std::map<std::string, ForumMeeting> out;
  for (auto& m : ForumStore(reg).meetings()) out.emplace(m.date, m);
  return out;
}

}  // namespace

ForumSetting forumSetting(Register& reg, const Date& day) {
  const std::string iso = formatIso(day);
  const auto issued = issuedMeetings(reg);
  ForumSetting setting;
  setting.meeting = {day, "", "", cutoffOf(issued, iso)};
  if (auto it = issued.find(iso); it != issued.end()) setting.meeting.title = it->second.title;

  // The latest earlier meeting: held as the register shows it then, or issued a pack.
  std::string previousIso, previousRef, previousTitle;
  for (const auto& [date, m] : issued)
    if (date < iso && date > previousIso) previousIso = date, previousRef = "", previousTitle = m.title;
  const AsAt when{day, setting.meeting.cutoff};
  for (const auto& v : VersionStore(reg, meetingDef()).asAt(when)) {
    const std::string date = valueOf(v.fields, "meeting_date");
    if (date == iso) {
      setting.meeting.ref = v.key;
      setting.meeting.title = valueOf(v.fields, "title");
    } else if (date < iso && date >= previousIso && valueOf(v.fields, "status") == "held") {
      previousIso = date, previousRef = v.key, previousTitle = valueOf(v.fields, "title");
    }
  }
  if (!previousIso.empty())
    setting.previous =
        ForumMeetingRef{parseIsoDate(previousIso), previousRef, previousTitle, cutoffOf(issued, previousIso)};
  return setting;
}

std::vector<ForumMeetingChoice> forumMeetingChoices(Register& reg) {
  const auto issued = issuedMeetings(reg);
  std::vector<ForumMeetingChoice> out;
  std::map<std::string, bool> listed;
  for (const auto& v : VersionStore(reg, meetingDef()).allLatestLive()) {
    const std::string date = valueOf(v.fields, "meeting_date");
    out.push_back({v.key, date, valueOf(v.fields, "title"), valueOf(v.fields, "status"), issued.count(date) > 0});
    listed[date] = true;
  }
  for (const auto& [date, m] : issued)
    if (!listed.count(date)) out.push_back({"", date, m.title, "pack issued", true});
  std::stable_sort(out.begin(), out.end(),
                   [](const ForumMeetingChoice& a, const ForumMeetingChoice& b) { return a.date > b.date; });
  return out;
}

}  // namespace s113::reports
