// The Joint Staff Forum's own records (docs/domain.md "The records": date,
// members, items linked to records and decisions, outcomes): a meeting with
// who attended from each side, and the items discussed at it, each about at
// most one record or recorded decision, with the outcome and any action.
// schema/0009_forum_records.sql holds the tables. The frozen review packs
// issued to a meeting stay in forum_meetings/forum_packs (schema 0007),
// keyed by the meeting date.
#include "domain/Catalog.h"
#include "domain/Validation.h"
#include "domain/entities/Meeting.h"
#include "domain/entities/MeetingItem.h"

namespace s113 {
namespace {

// What an item may be about: at most one of these.
const std::vector<std::string> kSubjects = {"post", "placement", "joint_post",
                                            "single_manager_contract", "decision"};

}  // namespace

const EntityDef& meetingDef() {
  static const EntityDef def{
      "meeting",
      "Forum meeting",
      "meetings",
      "ref",
      "meetings.csv",
      fieldsOf<Meeting>(),
      [](const RecordChecker& c, const std::string&) {
        // The forum is joint: a meeting held is quorate only with both sides.
        if (c.choiceOf<MeetingStatus>("status") != MeetingStatus::Held) return;
        if (c.blank("management_members"))
          c.fail("management_members", "a held meeting records who attended for management");
        if (c.blank("union_members"))
          c.fail("union_members", "a held meeting records who attended for the trade unions");
      }};
  return def;
}

const EntityDef& meetingItemDef() {
  static const EntityDef def{
      "meeting_item",
      "Meeting item",
      "meeting_items",
      "ref",
      "meeting_items.csv",
      fieldsOf<MeetingItem>(),
      [](const RecordChecker& c, const std::string&) {
        int about = 0;
        for (const auto& field : kSubjects)
          if (!c.blank(field)) ++about;
        if (about > 1)
          c.fail("post", "an item is about at most one record or decision; " +
                             std::to_string(about) + " given");
        if (!c.blank("outcome_notes") && c.blank("outcome"))
          c.fail("outcome", "is required when there are outcome notes");
        if (c.blank("action") && (!c.blank("action_owner") || !c.blank("action_due") ||
                                        !c.blank("action_done_on")))
          c.fail("action", "is required when there is an action owner, due date or done date");
        if (!c.blank("action") && c.blank("action_owner"))
          c.fail("action_owner", "an action needs an owner");
      }};
  return def;
}

std::vector<const EntityDef*> forumEntities() { return {&meetingDef(), &meetingItemDef()}; }

}  // namespace s113
