#include "ui/dialogs/AdminDialog.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/listctrl.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "domain/Catalog.h"
#include "domain/Validation.h"
#include "domain/entities/Person.h"
#include "services/PersonalData.h"
#include "services/RecordReads.h"
#include "services/Roles.h"
#include "ui/ErrorDisplay.h"
#include "ui/Resources.h"
#include "ui/WxText.h"
#include "ui/models/ActivityViews.h"

namespace s113::ui {
namespace {

// The role choice lists the roles in allRoles()'s order, in words.
wxString roleWords(Role role) {
  switch (role) {
    case Role::HrEditor: return _("HR editor");
    case Role::ForumReviewer: return _("Forum reviewer");
    case Role::Finance: return _("Finance");
    case Role::Admin: return _("Admin");
  }
  return toWx(roleName(role));
}

}  // namespace

AdminDialog::AdminDialog(wxWindow* parent, Register& reg) : reg_(reg) {
  loadDialog(this, parent, "admin_dialog");
  grants_ = requireControl<wxListCtrl>(this, "grants");
  login_ = requireControl<wxTextCtrl>(this, "login");
  role_ = requireControl<wxChoice>(this, "role");
  grant_ = requireControl<wxButton>(this, "grant");
  revoke_ = requireControl<wxButton>(this, "revoke");
  person_ = requireControl<wxChoice>(this, "person");
  retention_ = requireControl<wxSpinCtrl>(this, "retention");
  setRetention_ = requireControl<wxButton>(this, "set_retention");
  anonymise_ = requireControl<wxButton>(this, "anonymise");
  result_ = requireControl<wxStaticText>(this, "result");
  requireControl<wxButton>(this, "wxID_CLOSE");
  SetEscapeId(wxID_CLOSE);

  grants_->AppendColumn(_("Login"), wxLIST_FORMAT_LEFT, 160);
  grants_->AppendColumn(_("Role"), wxLIST_FORMAT_LEFT, 140);
  grants_->AppendColumn(_("Granted by"), wxLIST_FORMAT_LEFT, 140);
  grants_->AppendColumn(_("Granted on"), wxLIST_FORMAT_LEFT, 160);
  fillGrants();
  fillPeople();
  retention_->SetValue(retentionMonths(reg_));

  grant_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { grant(); });
  revoke_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { revoke(); });
  setRetention_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { setRetention(); });
  anonymise_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { anonymise(); });
  requireControl<wxButton>(this, "subject_access")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    onSubjectAccess();
  });
  Fit();
  CentreOnParent();
}

void AdminDialog::fillGrants() {
  grants_->DeleteAllItems();
  long row = 0;
  for (const auto& g : listRoles(reg_)) {
    grants_->InsertItem(row, toWx(g.login));
    grants_->SetItem(row, 1, roleWords(g.role));
    grants_->SetItem(row, 2, toWx(g.grantedBy));
    grants_->SetItem(row, 3, toWx(displayTimestamp(g.grantedAt)));
    ++row;
  }
}

void AdminDialog::fillPeople() {
  person_->Clear();
  people_.clear();
  // "P-0002 — Dr Sam Whitfield"
  forEachLiveVersion(reg_, personDef(), [&](const StoredVersion& v) {
    people_.push_back(v.key);
    const Person person = fromValues<Person>(v.key, v.fields, recordLabel(personDef(), v.key));
    person_->Append(toWx(v.key + " \u2014 " + person.name));
  });
  if (!people_.empty()) person_->SetSelection(0);
}

bool AdminDialog::selectPerson(const std::string& ref) {
  for (std::size_t i = 0; i < people_.size(); ++i)
    if (people_[i] == ref) {
      person_->SetSelection(static_cast<int>(i));
      return true;
    }
  return false;
}

std::string AdminDialog::chosenPerson() const {
  const int chosen = person_->GetSelection();
  return chosen == wxNOT_FOUND ? std::string() : people_.at(static_cast<std::size_t>(chosen));
}

void AdminDialog::grant() {
  const std::string login = fromWx(login_->GetValue().Strip(wxString::both));
  if (login.empty()) return showInfo(this, _("Grant a role"), _("Type the login of the user the role is for."));
  runAction(this, _("Grant a role"), [&] {
    const Role role = allRoles().at(static_cast<std::size_t>(role_->GetSelection()));
    const bool changed = grantRole(reg_, login, role);
    fillGrants();
    result_->SetLabel(changed ? wxString::Format(_("%s now holds %s."), toWx(login), roleWords(role))
                              : wxString::Format(_("%s held %s already."), toWx(login), roleWords(role)));
  });
}

void AdminDialog::revoke() {
  const long row = grants_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
  if (row < 0) return showInfo(this, _("Revoke a role"), _("Select the role to revoke in the list first."));
  runAction(this, _("Revoke a role"), [&] {
    const auto grants = listRoles(reg_);
    const RoleGrant chosen = grants.at(static_cast<std::size_t>(row));
    revokeRole(reg_, chosen.login, chosen.role);
    fillGrants();
    result_->SetLabel(wxString::Format(_("%s no longer holds %s."), toWx(chosen.login), roleWords(chosen.role)));
  });
}

void AdminDialog::setRetention() {
  runAction(this, _("Set the retention period"), [this] {
    setRetentionMonths(reg_, retention_->GetValue());
    result_->SetLabel(wxString::Format(_("Personal data is kept for %d months after a person's last contract ends."),
                                       retentionMonths(reg_)));
  });
}

void AdminDialog::onSubjectAccess() {
  const std::string person = chosenPerson();
  if (person.empty()) return;
  wxFileDialog dialog(this, _("Save everything held about them as"), wxString(),
                      toWx("subject-access-" + person + ".json"), _("JSON files (*.json)|*.json"),
                      wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (dialog.ShowModal() != wxID_OK) return;
  exportSubjectAccess(fromWx(dialog.GetPath()));
}

void AdminDialog::exportSubjectAccess(const std::filesystem::path& file) {
  const std::string person = chosenPerson();
  if (person.empty()) return showInfo(this, _("Subject access export"), _("Choose the person first."));
  runAction(this, _("Subject access export"), [&] {
    writeSubjectAccess(reg_, person, file);
    result_->SetLabel(wxString::Format(_("Everything held about %s was written to %s (readable by you only)."),
                                       toWx(person), toWx(file.string())));
  });
}

void AdminDialog::anonymise() {
  const std::string person = chosenPerson();
  if (person.empty()) return;
  if (!confirm(this, _("Anonymise"), wxString::Format(_("Anonymise %s?"), person_->GetStringSelection()),
               _("Their name, notes, payroll and staff numbers are replaced in every version and audit row. "
                 "Salaries, recharges and decisions stay as they are. This cannot be undone.")))
    return;
  runAction(this, _("Anonymise"), [&] {
    const AnonymisationResult done = anonymisePerson(reg_, person, today());
    fillPeople();
    selectPerson(person);
    result_->SetLabel(wxString::Format(_("%s is anonymised: %zu values replaced, %zu audit rows changed."),
                                       toWx(person), done.valuesReplaced, done.auditRowsChanged));
  });
}

}  // namespace s113::ui
