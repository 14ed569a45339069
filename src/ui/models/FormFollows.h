// Fields of a form that follow from a record another field refers to: a
// placement's employer is its contract's employer (under s113 the employer
// never changes), a single-manager contract's or joint post's agreement is
// the one its post is under. The form fills them in when the reference is
// picked, unless the user has typed something else. No wx here.
#pragma once
#include <string>
#include <vector>

#include "domain/EntityDef.h"

namespace s113::ui {

struct Follow {
  std::string refField;     // the form's reference field ("contract")
  std::string sourceField;  // the field of the referenced record ("employer")
  std::string target;       // the form's field it fills ("employer")
};

// What follows from what in the form of `entity` (none for most entities).
const std::vector<Follow>& followsOf(const std::string& entity);

}  // namespace s113::ui
