// The arrangement rules that need the register (the entity's own rules are
// in domain/ArrangementCatalog.cpp):
// - a contract's committed placements never add up to more than its FTE on
//   any day;
// - the employer of a placement or single-manager contract is the employer
//   of the contract (s113 never changes the employer), the receiving partner
//   is the other party of an agreement in force over the whole period;
// - a placement only moves along its lifecycle; a dispute only escalates one
//   stage at a time;
// - a joint post holding the DASS role leaves its holder a council officer:
//   employed by the council, or placed at the council's disposal under s113.
// And the warnings `check` lists.
#pragma once
#include <string>
#include <vector>

#include "domain/Dates.h"
#include "services/RecordService.h"

namespace s113 {

// Throws ValidationErrors naming the record and the field; does nothing for
// entities that are not arrangements. Run inside the write's transaction.
void checkArrangementEdit(Register& reg, const Edit& edit);

// Warnings as at `asOf`: secondments planned beyond 2 years (or with no
// planned end), placement reviews passed, agreements whose annual review is
// overdue, placements still running after their planned end. Each names the
// record and the field.
std::vector<std::string> arrangementWarningsAsOf(Register& reg, const Date& asOf);

}  // namespace s113
