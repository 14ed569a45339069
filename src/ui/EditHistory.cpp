#include "ui/EditHistory.h"

#include "domain/Errors.h"
#include "domain/Validation.h"
#include "services/RecordReads.h"

namespace s113::ui {
namespace {

// Writes `target` as the record's new state: none deletes it, fields restore
// a deleted record or overwrite a live one. Always based on the newest
// version, so another user's change since is refused, not overwritten.
void writeState(RecordService& service, const SessionEdit& edit,
                const boost::optional<FieldValues>& target) {
  auto latest = latestVersion(service.reg(), *edit.def, edit.key);
  if (!latest) throw NotFound(recordLabel(*edit.def, edit.key) + " does not exist.");
  if (!target) {
    if (latest->deleted)
      throw NotFound(recordLabel(*edit.def, edit.key) + " has already been deleted.");
    service.remove(*edit.def, edit.key, latest->version, edit.validFrom);
    return;
  }
  service.save(Edit{edit.def, edit.key, *target, latest->version, edit.validFrom, latest->deleted});
}

}  // namespace

std::string describeEdit(const SessionEdit& edit) {
  const std::string what = !edit.before ? "creation of " : !edit.after ? "deletion of " : "edit of ";
  return what + recordLabel(*edit.def, edit.key);
}

void EditHistory::record(SessionEdit edit) {
  undo_.push_back(std::move(edit));
  redo_.clear();
}

void EditHistory::clear() {
  undo_.clear();
  redo_.clear();
}

std::string EditHistory::undoLabel() const {
  return undo_.empty() ? std::string() : describeEdit(undo_.back());
}

std::string EditHistory::redoLabel() const {
  return redo_.empty() ? std::string() : describeEdit(redo_.back());
}

SessionEdit EditHistory::undo(RecordService& service) {
  if (undo_.empty()) throw std::logic_error("there is nothing to undo");
  SessionEdit edit = undo_.back();
  writeState(service, edit, edit.before);
  undo_.pop_back();
  redo_.push_back(edit);
  return edit;
}

SessionEdit EditHistory::redo(RecordService& service) {
  if (redo_.empty()) throw std::logic_error("there is nothing to redo");
  SessionEdit edit = redo_.back();
  writeState(service, edit, edit.after);
  redo_.pop_back();
  undo_.push_back(edit);
  return edit;
}

}  // namespace s113::ui
