// Admin > Roles and personal data (forms/admin_dialog.xrc): the desktop's
// side of the CLI's `roles`, `subject-access`, `retention` and `anonymise`
// (docs/security.md). Who holds which role, granted and revoked here; one
// person's data exported (everything held about them, readable by its owner
// only), the retention period set, and the person anonymised once it has
// passed. The services refuse all of it to anyone but an admin; the main
// window disables the menu item for others, saying why.
#pragma once
#include <wx/dialog.h>

#include <filesystem>
#include <string>
#include <vector>

#include "storage/Register.h"

class wxButton;
class wxChoice;
class wxListCtrl;
class wxSpinCtrl;
class wxStaticText;
class wxTextCtrl;

namespace s113::ui {

class AdminDialog : public wxDialog {
 public:
  AdminDialog(wxWindow* parent, Register& reg);

  wxListCtrl* grants() const { return grants_; }
  wxTextCtrl* login() const { return login_; }
  wxChoice* role() const { return role_; }
  wxButton* grantButton() const { return grant_; }
  wxButton* revokeButton() const { return revoke_; }
  wxChoice* person() const { return person_; }
  wxSpinCtrl* retention() const { return retention_; }
  wxButton* setRetentionButton() const { return setRetention_; }
  wxButton* anonymiseButton() const { return anonymise_; }
  wxStaticText* result() const { return result_; }
  // Selects the person with this reference; false when not listed.
  bool selectPerson(const std::string& ref);
  // The subject access export of the chosen person into `file` (the
  // button asks for the file, then calls this).
  void exportSubjectAccess(const std::filesystem::path& file);

 private:
  void fillGrants();
  void fillPeople();
  std::string chosenPerson() const;
  void grant();
  void revoke();
  void setRetention();
  void anonymise();
  void onSubjectAccess();

  Register& reg_;
  std::vector<std::string> people_;  // the person choice's references, in order
  wxListCtrl* grants_ = nullptr;
  wxTextCtrl* login_ = nullptr;
  wxChoice* role_ = nullptr;
  wxButton* grant_ = nullptr;
  wxButton* revoke_ = nullptr;
  wxChoice* person_ = nullptr;
  wxSpinCtrl* retention_ = nullptr;
  wxButton* setRetention_ = nullptr;
  wxButton* anonymise_ = nullptr;
  wxStaticText* result_ = nullptr;
};

}  // namespace s113::ui
