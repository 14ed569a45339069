// A joint post: one person holding a post in the council and a post in the
// NHS body, with a lead employer and a shared cost (docs/domain.md,
// arrangements). Its fields are declared once, here; jointPostDef
// (ArrangementCatalog.cpp) is built from this description.
#pragma once
#include <string>

#include "domain/ArrangementEnums.h"
#include "domain/Describe.h"

namespace s113 {

struct JointPost {
  std::string ref;  // the key: "JP-001"
  RecordKey post;
  RecordKey agreement;
  RecordKey councilPartner;
  RecordKey nhsPartner;
  std::string councilRole;
  StatutoryRole councilStatutoryRole = StatutoryRole::None;
  std::string nhsRole;
  StatutoryRole nhsStatutoryRole = StatutoryRole::None;
  RecordKey holderContract;
  RecordKey leadEmployer;     // the council or the NHS body
  FunctionalSplit costShare;  // between the two
  std::string councilApprovedBy;
  OptionalDate councilApprovedOn;
  std::string nhsApprovedBy;
  OptionalDate nhsApprovedOn;
  std::string councilAccountableTo;
  std::string nhsAccountableTo;
  std::string statutoryChecks;
  OptionalDate statutoryChecksOn;
  Date start;
  OptionalDate end;
  JointPostStatus status = JointPostStatus::Proposed;
};

template <class Visitor>
void describe(Visitor& v, JointPost& j) {
  v.key("ref", j.ref);
  v.ref("post", "Post", "post", j.post, Required::Yes);
  v.ref("agreement", "Partnership agreement", "agreement", j.agreement, Required::Yes);
  v.ref("council_partner", "Council", "partner", j.councilPartner, Required::Yes);
  v.ref("nhs_partner", "NHS body", "partner", j.nhsPartner, Required::Yes);
  v.text("council_role", "Council role", j.councilRole, Required::Yes);
  v.choice("council_statutory_role", "Council statutory role", j.councilStatutoryRole);
  v.text("nhs_role", "NHS role", j.nhsRole, Required::Yes);
  v.choice("nhs_statutory_role", "NHS statutory role", j.nhsStatutoryRole);
  v.ref("holder_contract", "Holder's contract", "contract", j.holderContract, Required::No);
  v.ref("lead_employer", "Lead employer", "partner", j.leadEmployer, Required::Yes);
  v.split("cost_share", "Cost share", j.costShare, Required::Yes);
  v.text("council_approved_by", "Council approved by", j.councilApprovedBy, Required::No);
  v.date("council_approved_on", "Council approved on", j.councilApprovedOn);
  v.text("nhs_approved_by", "NHS body approved by", j.nhsApprovedBy, Required::No);
  v.date("nhs_approved_on", "NHS body approved on", j.nhsApprovedOn);
  v.text("council_accountable_to", "Accountable in the council to", j.councilAccountableTo, Required::No);
  v.text("nhs_accountable_to", "Accountable in the NHS body to", j.nhsAccountableTo, Required::No);
  v.text("statutory_checks", "Statutory checks", j.statutoryChecks, Required::No);
  v.date("statutory_checks_on", "Statutory checks completed on", j.statutoryChecksOn);
  v.date("start_date", "Start", j.start);
  v.date("end_date", "End", j.end);
  v.choice("status", "Status", j.status);
}

}  // namespace s113
