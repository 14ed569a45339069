// Undo and redo of this session's edits. Nothing is ever rewritten: undoing
// or redoing an edit writes the state it goes back (or forward) to as a new
// version based on the newest one, through RecordService, so it is
// validated, audited and refused with Conflict when someone else changed the
// record since. An edit may create a record (undo deletes it again), change
// it, or delete it (undo restores it from its tombstone). No wx here.
#pragma once
#include <boost/optional.hpp>
#include <string>
#include <vector>

#include "domain/Dates.h"
#include "domain/EntityDef.h"
#include "domain/FieldValues.h"
#include "services/RecordService.h"

namespace s113::ui {

struct SessionEdit {
  const EntityDef* def = nullptr;
  std::string key;
  boost::optional<FieldValues> before;  // none: the edit created the record
  boost::optional<FieldValues> after;   // none: the edit deleted the record
  Date validFrom;
};

class EditHistory {
 public:
  // A new edit: clears what could be redone.
  void record(SessionEdit edit);
  void clear();

  bool canUndo() const { return !undo_.empty(); }
  bool canRedo() const { return !redo_.empty(); }
  // "deletion of post BN-001" for the menu.
  std::string undoLabel() const;
  std::string redoLabel() const;

  // Undoes / redoes the newest edit; returns it. On failure (Conflict,
  // ValidationErrors...) the edit stays where it was and the error propagates.
  SessionEdit undo(RecordService& service);
  SessionEdit redo(RecordService& service);

 private:
  std::vector<SessionEdit> undo_;
  std::vector<SessionEdit> redo_;
};

// "creation of post BN-041", "edit of post BN-005", "deletion of post BN-040".
std::string describeEdit(const SessionEdit& edit);

}  // namespace s113::ui
