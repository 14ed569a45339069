// A consultation on a change to the management structure of an S113 post:
// both partners are consulted before the change is implemented
// (docs/domain.md, arrangements). Its fields are declared once, here;
// structureConsultationDef (ArrangementCatalog.cpp) is built from it.
#pragma once
#include <string>

#include "domain/Describe.h"

namespace s113 {

struct StructureConsultation {
  std::string ref;  // the key: "SC-001"
  RecordKey post;
  RecordKey agreement;
  std::string changeDescription;
  Date proposedOn;
  OptionalDate partyAConsultedOn;  // the agreement's first party
  OptionalDate partyBConsultedOn;  // and its second
  OptionalDate implementedOn;
  std::string outcome;
};

template <class Visitor>
void describe(Visitor& v, StructureConsultation& s) {
  v.key("ref", s.ref);
  v.ref("post", "S113 post", "post", s.post, Required::Yes);
  v.ref("agreement", "Partnership agreement", "agreement", s.agreement, Required::Yes);
  v.text("change_description", "Change proposed", s.changeDescription, Required::Yes);
  v.date("proposed_on", "Proposed on", s.proposedOn);
  v.date("party_a_consulted_on", "First party consulted on", s.partyAConsultedOn);
  v.date("party_b_consulted_on", "Second party consulted on", s.partyBConsultedOn);
  v.date("implemented_on", "Implemented on", s.implementedOn);
  v.text("outcome", "Outcome", s.outcome, Required::No);
}

}  // namespace s113
