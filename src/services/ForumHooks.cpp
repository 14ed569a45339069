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

Meeting plannedMeeting(const char* ref, const Date& on, const char* title, const char* chair) {
  Meeting m;
  m.ref = ref;
  m.meetingDate = on;
  m.title = title;
  m.status = MeetingStatus::Planned;
  m.chair = chair;
  return m;
}

MeetingItem item(const char* ref, const char* meeting, const char* subject, boost::optional<ItemOutcome> outcome) {
  MeetingItem i;
  i.ref = ref;
  i.meeting = {meeting};
  i.subject = subject;
  i.outcome = outcome;
  return i;
}

}  // namespace

// Each meeting is recorded as planned some weeks ahead, then as held on the
// day with its members, its items and their outcomes.
void addDemoForum(DemoHistory& history) {
  auto save = [&](const EntityDef& def, const auto& entity, const Date& on) {
    history.create(def, entity, on, kForumSecretary);
  };
  auto held = [&](const std::string& key, const Date& on) {
    history.change<Meeting>(
        meetingDef(), key,
        [](Meeting& m) {
          m.managementMembers = "Strategic Director People and Communities; Head of HR (Council); Head of HR (CCG)";
          m.unionMembers = "UNISON branch secretary; Unite regional officer; RCN steward";
          m.status = MeetingStatus::Held;
        },
        on, kForumSecretary);
  };
  save(meetingDef(), plannedMeeting("JSF-2013-04", Date(2013, 4, 10), "Joint Staff Forum, April 2013", "Head of HR (Council)"),
       Date(2013, 3, 28));
  held("JSF-2013-04", Date(2013, 4, 10));
  MeetingItem dass = item("JSF-2013-04-1", "JSF-2013-04",
                          "Joint DASS post: the council employs, the CCG's functions placed under s113",
                          ItemOutcome::Agreed);
  dass.post = {"BN-001"};
  save(meetingItemDef(), dass, Date(2013, 4, 10));
  MeetingItem placements = item("JSF-2013-04-2", "JSF-2013-04",
                                "S113 placements of CCG commissioning staff into the council", ItemOutcome::Noted);
  placements.placement = {"PL-001"};
  placements.action = "Review each placement six months after it starts";
  placements.actionOwner = "Head of HR (Council)";
  placements.actionDue = Date(2013, 10, 1);
  save(meetingItemDef(), placements, Date(2013, 4, 10));

  save(meetingDef(), plannedMeeting("JSF-2014-06", Date(2014, 6, 11), "Joint Staff Forum, June 2014", "Head of HR (CCG)"),
       Date(2014, 5, 14));
  held("JSF-2014-06", Date(2014, 6, 11));
  MeetingItem replacement = item("JSF-2014-06-1", "JSF-2014-06",
                                 "Replacement community equipment manager stays with the CCG", ItemOutcome::Noted);
  replacement.decision = "D-BN-036-1";
  replacement.outcomeNotes = "The unions asked that the post be advertised in both organisations.";
  save(meetingItemDef(), replacement, Date(2014, 6, 11));

  save(meetingDef(), plannedMeeting("JSF-2016-03", Date(2016, 3, 10), "Joint Staff Forum, March 2016", "Head of HR (Council)"),
       Date(2016, 1, 15));
  save(meetingItemDef(),
       item("JSF-2016-03-1", "JSF-2016-03", "Exit scenario: the S113 agreement ends on 30 September 2016", boost::none),
       Date(2016, 1, 15));
}

}  // namespace s113
