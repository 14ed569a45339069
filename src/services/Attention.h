// What needs attention in the register: warnings, not refusals. A record can
// be saved with them; `check` lists them, the desktop shows them under
// "Needs attention" and next to the field when a record is saved.
// - placements: a review date passed, still running after the planned end, a
//   secondment planned beyond 2 years or with no planned end;
// - agreements in force whose annual review is overdue;
// - a contract whose placements, counting those only proposed or consulted,
//   add up to more than its FTE (from "agreed" on that is refused; before,
//   it is a warning on the placements not yet agreed);
// - a post whose contracts hold more FTE on some day than the post has.
#pragma once
#include <string>
#include <vector>

#include "domain/Dates.h"
#include "services/RecordService.h"
#include "storage/Register.h"

namespace s113 {

struct Attention {
  std::string entity;  // EntityDef::name
  std::string key;
  std::string field;
  std::string message;
  // "placement PL-001: next_review: the review date 2016-04-01 has passed"
  std::string text() const;
};

// Everything that needs attention as at `asOf`, placements and agreements
// first, then contracts' FTE, then posts' FTE. Every role may ask (nothing
// read is a salary). A stored value that does not parse throws
// ValidationError naming the record and the field.
std::vector<Attention> needsAttention(Register& reg, const Date& asOf);

// The warnings a save of `edit` would leave about the edited record, as if it
// were saved (its own dates, and the FTE of its contract or post counted with
// the edit). For entities without such rules: none. The edit is one that
// passes validation on its own (validateRecord); a value of it that does not
// parse, or a required one left blank, throws ValidationError.
std::vector<Attention> warningsForEdit(Register& reg, const Edit& edit, const Date& asOf);

}  // namespace s113
