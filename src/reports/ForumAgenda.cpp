#include "reports/ForumAgenda.h"

#include <map>

#include "domain/Catalog.h"
#include "domain/entities/Meeting.h"
#include "domain/entities/MeetingItem.h"
#include "services/TypedRecords.h"

namespace s113::reports {
namespace {

// "post BN-001", "decision D-BN-036-1", "" for a general item.
std::string aboutText(const MeetingItem& item) {
  const std::pair<const char*, const std::string&> about[] = {
      {"post", item.post.value},
      {"placement", item.placement.value},
      {"joint post", item.jointPost.value},
      {"single manager contract", item.singleManagerContract.value},
      {"decision", item.decision}};
  for (const auto& [kind, ref] : about)
    if (!ref.empty()) return std::string(kind) + " " + ref;
  return "";
}

// The day of each meeting in force, by its key.
std::map<std::string, Date> meetingDays(Register& reg, const AsAt& when) {
  std::map<std::string, Date> out;
  for (const Meeting& m : viewsAsAt<Meeting>(reg, meetingDef(), when)) out.emplace(m.ref, m.meetingDate);
  return out;
}

}  // namespace

Section forumAgendaSection(Register& reg, const AsAt& when, const Date& meetingDay) {
  Section section;
  section.id = "agenda";
  section.heading = "Agenda items and open actions";
  const auto meetings = meetingDays(reg, when);

  Table agenda;
  agenda.id = "agenda";
  agenda.caption = "Items for this meeting";
  agenda.columns = {{"Item", ColumnType::Text}, {"Subject", ColumnType::Text}, {"About", ColumnType::Text}};
  Table actions;
  actions.id = "open-actions";
  actions.caption = "Actions from earlier meetings not yet done";
  actions.columns = {{"Item", ColumnType::Text},  {"Meeting", ColumnType::Date}, {"Action", ColumnType::Text},
                     {"Owner", ColumnType::Text}, {"Due", ColumnType::Date}};
  for (const MeetingItem& item : viewsAsAt<MeetingItem>(reg, meetingItemDef(), when)) {
    auto meeting = meetings.find(item.meeting.value);
    if (meeting == meetings.end()) continue;
    const Date held = meeting->second;
    if (held == meetingDay) agenda.rows.push_back({item.ref, item.subject, aboutText(item)});
    if (held < meetingDay && !item.action.empty() && !item.actionDoneOn)
      actions.rows.push_back({item.ref, formatIso(held), item.action, item.actionOwner, formatIso(item.actionDue)});
  }
  section.tables.push_back(std::move(agenda));
  section.tables.push_back(std::move(actions));
  return section;
}

}  // namespace s113::reports
