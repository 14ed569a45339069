#include "ui/EditHistory.h"

#include "domain/Errors.h"
#include "domain/Validation.h"
#include "storage/VersionStore.h"

namespace s113::ui {
namespace {

int newestVersion(RecordService& service, const SessionEdit& edit) {
  auto latest = VersionStore(service.reg(), *edit.def).latest(edit.key);
  if (!latest || latest->deleted)
    throw NotFound(recordLabel(*edit.def, edit.key) + " no longer exists.");
  return latest->version;
}

}  // namespace

void EditHistory::record(SessionEdit edit) {
  undo_.push_back(std::move(edit));
  redo_.clear();
}

void EditHistory::clear() {
  undo_.clear();
  redo_.clear();
}

std::string EditHistory::undoLabel() const {
  return undo_.empty() ? std::string() : recordLabel(*undo_.back().def, undo_.back().key);
}

std::string EditHistory::redoLabel() const {
  return redo_.empty() ? std::string() : recordLabel(*redo_.back().def, redo_.back().key);
}

SessionEdit EditHistory::undo(RecordService& service) {
  if (undo_.empty()) throw std::logic_error("there is nothing to undo");
  SessionEdit edit = undo_.back();
  const int base = newestVersion(service, edit);
  if (edit.before) {
    service.save(Edit{edit.def, edit.key, *edit.before, base, edit.validFrom});
    redo_.push_back(edit);
  } else {
    service.remove(*edit.def, edit.key, base, edit.validFrom);
  }
  undo_.pop_back();
  return edit;
}

SessionEdit EditHistory::redo(RecordService& service) {
  if (redo_.empty()) throw std::logic_error("there is nothing to redo");
  SessionEdit edit = redo_.back();
  service.save(Edit{edit.def, edit.key, edit.after, newestVersion(service, edit), edit.validFrom});
  redo_.pop_back();
  undo_.push_back(edit);
  return edit;
}

}  // namespace s113::ui
