// An S113 placement or a secondment: the person on one partner's contract
// placed at the receiving partner's disposal for a share of their time
// (docs/domain.md, arrangements). Its fields are declared once, here;
// placementDef (ArrangementCatalog.cpp) is built from this description. It
// holds no personal data, so every role reads it as this type.
#pragma once
#include <string>

#include "domain/ArrangementEnums.h"
#include "domain/Describe.h"

namespace s113 {

struct Placement {
  std::string ref;  // the key: "PL-001"
  PlacementKind kind = PlacementKind::S113Placement;
  RecordKey contract;
  RecordKey employer;          // a partner: the contract's employer
  RecordKey receivingPartner;  // the partner the person is placed with
  RecordKey agreement;
  OptionalBasisPoints shareOfTime;  // of the contract's FTE; or
  OptionalFte daysPerWeek;          // days of a five-day week (exactly one of the two)
  Date start;
  OptionalDate plannedEnd;
  OptionalDate nextReview;
  OptionalDate officerConsultedOn;
  RecordKey lineManager;        // a post
  RecordKey disciplinePartner;  // the partner running discipline and grievance
  OptionalFlag returnToPost;
  OptionalInteger terminationNoticeMonths;
  PlacementStatus status = PlacementStatus::Proposed;
  OptionalDate endedOn;
  std::string terminationReason;
};

template <class Visitor>
void describe(Visitor& v, Placement& p) {
  v.key("ref", p.ref);
  v.choice("kind", "Kind", p.kind);
  v.ref("contract", "Employment contract", "contract", p.contract, Required::Yes);
  v.ref("employer", "Employing partner", "partner", p.employer, Required::Yes);
  v.ref("receiving_partner", "Receiving partner", "partner", p.receivingPartner, Required::Yes);
  v.ref("agreement", "Partnership agreement", "agreement", p.agreement, Required::Yes);
  v.percent("share_of_time", "Share of time (%)", p.shareOfTime);
  v.fte("days_per_week", "Days per week", p.daysPerWeek);
  v.date("start_date", "Start", p.start);
  v.date("planned_end", "Planned end", p.plannedEnd);
  v.date("next_review", "Next review", p.nextReview);
  v.date("officer_consulted_on", "Officer consulted on", p.officerConsultedOn);
  v.ref("line_manager", "Line-manager post", "post", p.lineManager, Required::No);
  v.ref("discipline_partner", "Partner running discipline and grievance", "partner", p.disciplinePartner,
        Required::No);
  v.flag("return_to_post", "Right to return to post", p.returnToPost);
  v.integer("termination_notice_months", "Termination notice (months)", p.terminationNoticeMonths);
  v.choice("status", "Status", p.status);
  v.date("ended_on", "Ended on", p.endedOn);
  v.text("termination_reason", "Termination reason", p.terminationReason, Required::No);
}

// The time a placement takes from its contract, and when: the view
// (storage/TypedStore.h) the FTE rule and the warnings read of every
// placement, leaving out the rest of its row.
struct PlacementTime {
  std::string ref;
  PlacementKind kind = PlacementKind::S113Placement;
  RecordKey contract;
  OptionalBasisPoints shareOfTime;
  OptionalFte daysPerWeek;
  Date start;
  OptionalDate plannedEnd;
  OptionalDate nextReview;
  PlacementStatus status = PlacementStatus::Proposed;
  OptionalDate endedOn;
};

template <class Visitor>
void describe(Visitor& v, PlacementTime& p) {
  v.key("ref", p.ref);
  v.choice("kind", "Kind", p.kind);
  v.ref("contract", "Employment contract", "contract", p.contract, Required::Yes);
  v.percent("share_of_time", "Share of time (%)", p.shareOfTime);
  v.fte("days_per_week", "Days per week", p.daysPerWeek);
  v.date("start_date", "Start", p.start);
  v.date("planned_end", "Planned end", p.plannedEnd);
  v.date("next_review", "Next review", p.nextReview);
  v.choice("status", "Status", p.status);
  v.date("ended_on", "Ended on", p.endedOn);
}

}  // namespace s113
