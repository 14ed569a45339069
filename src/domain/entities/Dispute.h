// A dispute between the partners about one arrangement (exactly one of a
// placement, a single-manager contract, a joint post or a structure
// consultation), escalated a stage at a time (docs/domain.md,
// arrangements). Its fields are declared once, here; disputeDef
// (ArrangementCatalog.cpp) is built from this description.
#pragma once
#include <string>

#include "domain/ArrangementEnums.h"
#include "domain/Describe.h"

namespace s113 {

struct Dispute {
  std::string ref;  // the key: "DP-001"
  RecordKey placement;
  RecordKey singleManagerContract;
  RecordKey jointPost;
  RecordKey structureConsultation;
  RecordKey raisedBy;  // a partner
  Date raisedOn;
  std::string subject;
  DisputeStage stage = DisputeStage::JointHrGroup;
  OptionalDate stageReachedOn;
  std::string outcome;
  OptionalDate resolvedOn;
};

template <class Visitor>
void describe(Visitor& v, Dispute& d) {
  v.key("ref", d.ref);
  v.ref("placement", "Placement", "placement", d.placement, Required::No);
  v.ref("single_manager_contract", "Single-manager contract", "single_manager_contract",
        d.singleManagerContract, Required::No);
  v.ref("joint_post", "Joint post", "joint_post", d.jointPost, Required::No);
  v.ref("structure_consultation", "Structure consultation", "structure_consultation",
        d.structureConsultation, Required::No);
  v.ref("raised_by", "Raised by", "partner", d.raisedBy, Required::Yes);
  v.date("raised_on", "Raised on", d.raisedOn);
  v.text("subject", "Subject", d.subject, Required::Yes);
  v.choice("stage", "Escalation stage", d.stage);
  v.date("stage_reached_on", "Stage reached on", d.stageReachedOn);
  v.text("outcome", "Outcome", d.outcome, Required::No);
  v.date("resolved_on", "Resolved on", d.resolvedOn);
}

}  // namespace s113
