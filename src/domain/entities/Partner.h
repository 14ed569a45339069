// A partner: the council or NHS body that employs and hosts posts
// (docs/domain.md, the records table). The first entity on typed records: its
// fields are declared once, here, and its EntityDef (Catalog.cpp) is built
// from this description.
#pragma once
#include <string>

#include "domain/Describe.h"
#include "domain/Enums.h"

namespace s113 {

struct Partner {
  std::string code;  // the key: "BNES"
  std::string name;
  PartnerKind kind = PartnerKind::Council;
  Nation nation = Nation::England;
  RecordKey successor;  // the partner that succeeded this one (a PCT by a CCG), or none
};

template <class Visitor>
void describe(Visitor& v, Partner& p) {
  v.key("code", p.code);
  v.text("name", "Name", p.name, Required::Yes);
  v.choice("kind", "Kind", p.kind);
  v.choice("nation", "Nation", p.nation);
  v.ref("successor", "Successor", "partner", p.successor, Required::No);
}

}  // namespace s113
