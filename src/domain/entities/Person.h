// A person: someone who holds employment contracts with the partners
// (docs/domain.md, the records table). Their name and notes are personal
// data (docs/security.md): a reviewer reads them redacted, and `anonymise`
// replaces them once the retention period has passed.
#pragma once
#include <string>

#include "domain/Describe.h"

namespace s113 {

struct Person {
  std::string ref;  // the key: "PER-0001"
  std::string name;
  std::string notes;
};

template <class Visitor>
void describe(Visitor& v, Person& p) {
  v.key("ref", p.ref);
  v.text("name", "Name", p.name, Required::Yes);
  v.text("notes", "Notes", p.notes, Required::No);
}

}  // namespace s113
