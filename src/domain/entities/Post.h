// A post: a job in the establishment, with the partner that employs it, the
// partner that hosts (manages) it and, for a post serving both, its
// functional split (docs/domain.md, the records table). The HR protocol
// chooses the employer of a proposed post, so a proposed post may name
// neither employer nor host. Its fields are declared once, here; postDef
// (Catalog.cpp) is built from this description.
#pragma once
#include <string>

#include "domain/Describe.h"

namespace s113 {

struct Post {
  std::string ref;  // the key: "BN-001"
  std::string title;
  std::string grade;
  FteUnits fte{0};
  RecordKey employer;  // partners
  RecordKey host;
  PostKind kind = PostKind::Single;
  StatutoryRole statutoryRole = StatutoryRole::None;
  Registration registration = Registration::None;
  RecordKey designatedEmployer;     // the partner a statutory office requires, if any
  FunctionalSplit functionalSplit;  // the share of the work done for each partner; empty: not recorded
  RecordKey lineManager;            // a post
  PostStatus status = PostStatus::Proposed;
  RecordKey agreement;
};

template <class Visitor>
void describe(Visitor& v, Post& p) {
  v.key("ref", p.ref);
  v.text("title", "Title", p.title, Required::Yes);
  v.text("grade", "Grade / band", p.grade, Required::No);
  v.fte("fte", "FTE", p.fte);
  v.ref("employer", "Employing partner", "partner", p.employer, Required::No);
  v.ref("host", "Host (managing) partner", "partner", p.host, Required::No);
  v.choice("kind", "Kind", p.kind);
  v.choice("statutory_role", "Statutory role", p.statutoryRole);
  v.choice("registration", "Professional registration", p.registration);
  v.ref("designated_employer", "Designated employer", "partner", p.designatedEmployer, Required::No);
  v.split("functional_split", "Functional split", p.functionalSplit, Required::No);
  v.ref("line_manager", "Line-manager post", "post", p.lineManager, Required::No);
  v.choice("status", "Status", p.status);
  v.ref("agreement", "Partnership agreement", "agreement", p.agreement, Required::No);
}

}  // namespace s113
