// A conflict of interest declared in a joint post, a single-manager contract
// or a placement (exactly one of the three), and how it was resolved
// (docs/domain.md, arrangements). Its fields are declared once, here;
// conflictOfInterestDef (ArrangementCatalog.cpp) is built from it.
#pragma once
#include <string>

#include "domain/Describe.h"

namespace s113 {

struct ConflictOfInterest {
  std::string ref;  // the key: "CI-001"
  RecordKey jointPost;
  RecordKey singleManagerContract;
  RecordKey placement;
  RecordKey declaredBy;  // a person
  Date declaredOn;
  std::string description;
  std::string resolution;
  OptionalDate resolvedOn;
};

template <class Visitor>
void describe(Visitor& v, ConflictOfInterest& c) {
  v.key("ref", c.ref);
  v.ref("joint_post", "Joint post", "joint_post", c.jointPost, Required::No);
  v.ref("single_manager_contract", "Single-manager contract", "single_manager_contract",
        c.singleManagerContract, Required::No);
  v.ref("placement", "Placement", "placement", c.placement, Required::No);
  v.ref("declared_by", "Declared by", "person", c.declaredBy, Required::No);
  v.date("declared_on", "Declared on", c.declaredOn);
  v.text("description", "Conflict", c.description, Required::Yes);
  v.text("resolution", "How it was resolved", c.resolution, Required::No);
  v.date("resolved_on", "Resolved on", c.resolvedOn);
}

}  // namespace s113
