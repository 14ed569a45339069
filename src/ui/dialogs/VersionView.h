// One version of a record as the audit log's change made it: every field's
// value in that version, the fields the change touched marked with their
// value before. Read-only; "Show in list" (wxID_FIND) asks the main window to
// show the record in its own list.
#pragma once
#include <wx/dialog.h>

#include "storage/Register.h"
#include "ui/models/AuditChanges.h"

class wxListCtrl;

namespace s113::ui {

class VersionView : public wxDialog {
 public:
  // Throws NotFound when the record's version is not stored.
  VersionView(wxWindow* parent, Register& reg, const AuditChange& change);

  wxListCtrl* fields() const { return fields_; }
  // The value a row shows in its "This version" column ("" when no such field).
  wxString valueOf(const std::string& fieldLabel) const;

 private:
  wxListCtrl* fields_ = nullptr;
};

}  // namespace s113::ui
