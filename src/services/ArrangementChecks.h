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
// The FTE, employer, party and period rules hold from both sides: an edit of
// a contract or an agreement that the arrangements depend on is re-checked
// against them. The FTE rule compares each day with the contract version in
// force on that day.
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

// Throws ValidationErrors naming the edited contract or agreement and the
// field when the edit would leave a live arrangement depending on it out of
// line: a contract's FTE cut (from the edit's valid-from date) below its
// committed placements, its start or end moved so that a placement no longer
// lies inside it, an agreement's period in force no longer holding a
// placement, single-manager contract or joint post under it. Only edits that
// change those fields are re-checked. Does nothing for other entities.
void checkDependentArrangements(Register& reg, const Edit& edit);

// Locks (Locks.h) the records the rules above read for this edit, so that
// two writers cannot both pass a check the other's write would fail. Run
// first, inside the write's transaction.
void lockWhatArrangementRulesRead(Register& reg, const Edit& edit);

// Errors `check` lists: contracts whose committed placements add up to more
// than their FTE on some day (a register written before the rules held under
// concurrency, or edited outside this program).
std::vector<std::string> overCommittedContracts(Register& reg);

// Warnings as at `asOf` about placements and agreements (Attention.h):
// secondments planned beyond 2 years (or with no planned end), placement
// reviews passed, agreements whose annual review is overdue, placements still
// running after their planned end. Each names the record and the field.
std::vector<std::string> arrangementWarningsAsOf(Register& reg, const Date& asOf);

}  // namespace s113
