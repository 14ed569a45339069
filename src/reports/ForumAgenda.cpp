#include "reports/ForumAgenda.h"

#include "reports/ReportData.h"

using s113::reports::detail::hasEntity;
using s113::reports::detail::recordsAsAt;

namespace s113::reports {
namespace {

// "post BN-001", "decision D-BN-036-1", "" for a general item.
std::string aboutText(const Record& item) {
  for (const char* field : {"post", "placement", "joint_post", "single_manager_contract", "decision"}) {
    const std::string value = valueOf(item, field);
    if (!value.empty()) {
      std::string kind = field;
      for (char& c : kind)
        if (c == '_') c = ' ';
      return kind + " " + value;
    }
  }
  return "";
}

}  // namespace

Section forumAgendaSection(Register& reg, const AsAt& when, const Date& meetingDay) {
  Section section;
  section.id = "agenda";
  section.heading = "Agenda items and open actions";
  const auto meetings = recordsAsAt(reg, "meeting", when);
  const auto items = recordsAsAt(reg, "meeting_item", when);
  const std::string day = formatIso(meetingDay);

  Table agenda;
  agenda.id = "agenda";
  agenda.caption = "Items for this meeting";
  agenda.columns = {{"Item", ColumnType::Text}, {"Subject", ColumnType::Text}, {"About", ColumnType::Text}};
  Table actions;
  actions.id = "open-actions";
  actions.caption = "Actions from earlier meetings not yet done";
  actions.columns = {{"Item", ColumnType::Text},  {"Meeting", ColumnType::Date}, {"Action", ColumnType::Text},
                     {"Owner", ColumnType::Text}, {"Due", ColumnType::Date}};
  for (const auto& [key, item] : items) {
    auto meeting = meetings.find(valueOf(item, "meeting"));
    if (meeting == meetings.end()) continue;
    const std::string held = valueOf(meeting->second, "meeting_date");
    if (held == day) agenda.rows.push_back({key, valueOf(item, "subject"), aboutText(item)});
    if (held < day && !valueOf(item, "action").empty() && valueOf(item, "action_done_on").empty())
      actions.rows.push_back({key, held, valueOf(item, "action"), valueOf(item, "action_owner"),
                              valueOf(item, "action_due")});
  }
  if (!hasEntity("meeting"))
    section.paragraphs.push_back("The forum's meetings are not held in this register yet.");
  section.tables.push_back(std::move(agenda));
  section.tables.push_back(std::move(actions));
  return section;
}

}  // namespace s113::reports
