// A partnership agreement between two partners: the S113 agreement (or its
// equivalent) under which they place staff at each other's disposal, with
// the HR protocol version it adopts (docs/domain.md, the records table). Its
// fields are declared once, here; agreementDef (Catalog.cpp) is built from
// this description.
#pragma once
#include <string>

#include "domain/Describe.h"

namespace s113 {

struct Agreement {
  std::string ref;  // the key: "BNES-S113-2013"
  std::string title;
  RecordKey partyA;  // partners
  RecordKey partyB;
  std::string legalBasis;
  Date inForceFrom;
  OptionalDate inForceTo;
  OptionalDate nextReview;  // the next annual review
  long long noticeMonths = 0;
  long long protocolVersion = 0;  // the HR protocol it adopts
  std::string partyAApprovedBy;
  OptionalDate partyAApprovedOn;
  std::string partyBApprovedBy;
  OptionalDate partyBApprovedOn;
};

template <class Visitor>
void describe(Visitor& v, Agreement& a) {
  v.key("ref", a.ref);
  v.text("title", "Title", a.title, Required::Yes);
  v.ref("party_a", "First party", "partner", a.partyA, Required::Yes);
  v.ref("party_b", "Second party", "partner", a.partyB, Required::Yes);
  v.text("legal_basis", "Legal basis", a.legalBasis, Required::Yes);
  v.date("in_force_from", "In force from", a.inForceFrom);
  v.date("in_force_to", "In force to", a.inForceTo);
  v.date("next_review", "Next annual review", a.nextReview);
  v.integer("notice_months", "Notice period (months)", a.noticeMonths);
  v.integer("protocol_version", "HR protocol version", a.protocolVersion);
  v.text("party_a_approved_by", "First party approved by", a.partyAApprovedBy, Required::No);
  v.date("party_a_approved_on", "First party approved on", a.partyAApprovedOn);
  v.text("party_b_approved_by", "Second party approved by", a.partyBApprovedBy, Required::No);
  v.date("party_b_approved_on", "Second party approved on", a.partyBApprovedOn);
}

}  // namespace s113
