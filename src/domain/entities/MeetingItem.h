// An item discussed at a forum meeting: about at most one record or recorded
// decision, with the outcome and any action (docs/domain.md, the forum). Its
// fields are declared once, here; meetingItemDef (ForumCatalog.cpp) is built
// from this description.
#pragma once
#include <string>

#include "domain/Describe.h"
#include "domain/ForumEnums.h"

namespace s113 {

struct MeetingItem {
  std::string ref;  // the key: "JSF-2013-04-1", the meeting's and a number
  RecordKey meeting;
  std::string subject;
  RecordKey post;  // what it is about: at most one of these four and decision
  RecordKey placement;
  RecordKey jointPost;
  RecordKey singleManagerContract;
  std::string decision;  // a recorded decision's id, "D-post-n"
  boost::optional<ItemOutcome> outcome;
  std::string outcomeNotes;
  std::string action;
  std::string actionOwner;
  OptionalDate actionDue;
  OptionalDate actionDoneOn;
};

template <class Visitor>
void describe(Visitor& v, MeetingItem& i) {
  v.key("ref", i.ref);
  v.ref("meeting", "Meeting", "meeting", i.meeting, Required::Yes);
  v.text("subject", "Subject", i.subject, Required::Yes);
  v.ref("post", "About post", "post", i.post, Required::No);
  v.ref("placement", "About placement / secondment", "placement", i.placement, Required::No);
  v.ref("joint_post", "About joint post", "joint_post", i.jointPost, Required::No);
  v.ref("single_manager_contract", "About single-manager contract", "single_manager_contract",
        i.singleManagerContract, Required::No);
  v.text("decision", "About decision (D-post-n)", i.decision, Required::No);
  v.choice("outcome", "Outcome", i.outcome);
  v.text("outcome_notes", "Outcome notes", i.outcomeNotes, Required::No);
  v.text("action", "Action", i.action, Required::No);
  v.text("action_owner", "Action owner", i.actionOwner, Required::No);
  v.date("action_due", "Action due", i.actionDue);
  v.date("action_done_on", "Action done on", i.actionDoneOn);
}

}  // namespace s113
