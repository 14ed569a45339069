// The Joint Staff Forum's records in the shared services (Hooks.h): an item
// may name a recorded decision (not a versioned record, so the generic
// reference check cannot see it), and outcomes belong to meetings held.
#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "domain/Validation.h"
#include "services/DemoHistory.h"
#include "domain/entities/Meeting.h"
#include "domain/entities/MeetingItem.h"
#include "services/Hooks.h"
#include "services/TypedRecords.h"
#include "storage/DecisionStore.h"

namespace s113 {

void forumCrossChecks(Register& reg, const Edit& edit) {
  if (edit.def != &meetingItemDef()) return;
  std::vector<ValidationError> errors;
  const std::string label = recordLabel(*edit.def, edit.key);
  const MeetingItem item = editedAs<MeetingItem>(edit);  // fields already checked
  if (!item.decision.empty() && !DecisionStore(reg).find(item.decision))
    errors.emplace_back(label, "decision", "there is no recorded decision '" + item.decision + "'");
  if (item.outcome) {
    const auto meeting = latestLive<Meeting>(reg, meetingDef(), item.meeting.value);
    if (meeting && meeting->status != MeetingStatus::Held)
      errors.emplace_back(label, "outcome",
                          "meeting " + meeting->ref + " is " + toString(meeting->status) +
                              ": outcomes are recorded once the meeting has been held");
  }
  if (!errors.empty()) throw ValidationErrors(std::move(errors));
}

namespace {

Record item(const std::string& meeting, const std::string& subject, const std::string& aboutField,
            const std::string& about, const std::string& outcome) {
  Record r{{"meeting", meeting}, {"subject", subject}, {"outcome", outcome}};
  if (!aboutField.empty()) r[aboutField] = about;
  return r;
}

}  // namespace

// Each meeting is recorded as planned some weeks ahead, then as held on the
// day with its members, its items and their outcomes.
void addDemoForum(DemoHistory& history) {
  auto save = [&](const EntityDef& def, const std::string& key, const Record& fields, const char* on) {
    history.create(def, key, fields, parseIsoDate(on), kForumSecretary);
  };
  auto held = [&](const std::string& key, const Record& members, const char* on) {
    Record changes = members;
    changes["status"] = "held";
    history.change(meetingDef(), key, changes, parseIsoDate(on), kForumSecretary);
  };
  const Record members{
      {"management_members", "Strategic Director People and Communities; Head of HR (Council); Head of HR (CCG)"},
      {"union_members", "UNISON branch secretary; Unite regional officer; RCN steward"}};
  save(meetingDef(), "JSF-2013-04",
       {{"meeting_date", "2013-04-10"}, {"title", "Joint Staff Forum, April 2013"}, {"status", "planned"},
        {"chair", "Head of HR (Council)"}},
       "2013-03-28");
  held("JSF-2013-04", members, "2013-04-10");
  save(meetingItemDef(), "JSF-2013-04-1",
       item("JSF-2013-04", "Joint DASS post: the council employs, the CCG's functions placed under s113",
            "post", "BN-001", "agreed"),
       "2013-04-10");
  Record placements = item("JSF-2013-04", "S113 placements of CCG commissioning staff into the council",
                           "placement", "PL-001", "noted");
  placements["action"] = "Review each placement six months after it starts";
  placements["action_owner"] = "Head of HR (Council)";
  placements["action_due"] = "2013-10-01";
  save(meetingItemDef(), "JSF-2013-04-2", placements, "2013-04-10");

  save(meetingDef(), "JSF-2014-06",
       {{"meeting_date", "2014-06-11"}, {"title", "Joint Staff Forum, June 2014"}, {"status", "planned"},
        {"chair", "Head of HR (CCG)"}},
       "2014-05-14");
  held("JSF-2014-06", members, "2014-06-11");
  Record replacement = item("JSF-2014-06", "Replacement community equipment manager stays with the CCG",
                            "decision", "D-BN-036-1", "noted");
  replacement["outcome_notes"] = "The unions asked that the post be advertised in both organisations.";
  save(meetingItemDef(), "JSF-2014-06-1", replacement, "2014-06-11");

  save(meetingDef(), "JSF-2016-03",
       {{"meeting_date", "2016-03-10"}, {"title", "Joint Staff Forum, March 2016"}, {"status", "planned"},
        {"chair", "Head of HR (Council)"}},
       "2016-01-15");
  save(meetingItemDef(), "JSF-2016-03-1",
       item("JSF-2016-03", "Exit scenario: the S113 agreement ends on 30 September 2016", "", "", ""),
       "2016-01-15");
}

}  // namespace s113
