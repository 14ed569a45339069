// The Joint Staff Forum's own records (docs/domain.md "The records": date,
// members, items linked to records and decisions, outcomes): a meeting with
// who attended from each side, and the items discussed at it, each about at
// most one record or recorded decision, with the outcome and any action.
// schema/0009_forum_records.sql holds the tables. The frozen review packs
// issued to a meeting stay in forum_meetings/forum_packs (schema 0007),
// keyed by the meeting date.
#include "domain/Catalog.h"
#include "domain/EntityRules.h"
#include "domain/entities/Meeting.h"
#include "domain/entities/MeetingItem.h"

namespace s113 {
namespace {

void checkMeeting(const Meeting& m, const Faults<Meeting>& f) {
  // The forum is joint: a meeting held is quorate only with both sides.
  if (m.status != MeetingStatus::Held) return;
  if (m.managementMembers.empty()) f.fail(m.managementMembers, "a held meeting records who attended for management");
  if (m.unionMembers.empty()) f.fail(m.unionMembers, "a held meeting records who attended for the trade unions");
}

// How many records or decisions an item is about: at most one.
int subjectsOf(const MeetingItem& i) {
  int about = i.decision.empty() ? 0 : 1;
  for (const RecordKey* record : {&i.post, &i.placement, &i.jointPost, &i.singleManagerContract})
    if (!record->empty()) ++about;
  return about;
}

void checkMeetingItem(const MeetingItem& i, const Faults<MeetingItem>& f) {
  if (const int about = subjectsOf(i); about > 1)
    f.fail(i.post, "an item is about at most one record or decision; " + std::to_string(about) + " given");
  if (!i.outcomeNotes.empty() && !i.outcome) f.fail(i.outcome, "is required when there are outcome notes");
  if (i.action.empty() && (!i.actionOwner.empty() || i.actionDue || i.actionDoneOn))
    f.fail(i.action, "is required when there is an action owner, due date or done date");
  if (!i.action.empty() && i.actionOwner.empty()) f.fail(i.actionOwner, "an action needs an owner");
}

}  // namespace

const EntityDef& meetingDef() {
  static const EntityDef def{"meeting", "Forum meeting", "meetings", "ref", "meetings.csv", fieldsOf<Meeting>(),
                             rulesOf(checkMeeting)};
  return def;
}

const EntityDef& meetingItemDef() {
  static const EntityDef def{"meeting_item", "Meeting item", "meeting_items", "ref", "meeting_items.csv",
                             fieldsOf<MeetingItem>(), rulesOf(checkMeetingItem)};
  return def;
}

std::vector<const EntityDef*> forumEntities() { return {&meetingDef(), &meetingItemDef()}; }

}  // namespace s113
