#include "ui/dialogs/PayrollImportDialog.h"

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "domain/Catalog.h"
#include "services/PayrollImport.h"
#include "services/PayrollReconcile.h"
#include "services/PayrollExtract.h"
#include "ui/ErrorDisplay.h"
#include "ui/Resources.h"
#include "ui/WxText.h"
#include "ui/dialogs/RechargeView.h"
#include "ui/dialogs/RecordDialog.h"

namespace s113::ui {
namespace {

// "row 2  2015-04  20500009  Andrea Pearce  £4,991.50  FTE 1  ->  contract C-0009"
wxString rowText(const PayRow& row, const std::string& contract) {
  wxString text = wxString::Format("row %d  %s  %s  %s  %s", row.row, toWx(formatIso(row.period.first).substr(0, 7)),
                                   toWx(row.staffNumber), toWx(row.name), toWx(formatMoneyDisplay(row.grossPay)));
  if (row.fte) text += "  FTE " + toWx(formatFte(*row.fte));
  text += "  ->  ";
  text += contract.empty() ? _("no contract with this number")
                           : wxString::Format(_("contract %s"), toWx(contract));
  return text;
}

// The reconciliation as a list: the CLI's columns, money shown as money.
Table mismatchTable(const std::vector<Mismatch>& found) {
  Table table{"Reconciliation", mismatchColumns(), {}};
  for (const auto& m : found) {
    std::vector<TableCell> row;
    const auto cells = mismatchCells(m);
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const std::string& column = table.columns[c];
      const bool money = column == "paid" || column == "expected" || column == "difference";
      row.push_back(money && !cells[c].empty() ? TableCell::money(parseMoney(cells[c]))
                                               : TableCell::textCell(cells[c]));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace

PayrollImportDialog::PayrollImportDialog(wxWindow* parent, Register& reg) : reg_(reg) {
  loadDialog(this, parent, "payroll_import_dialog");
  file_ = requireControl<wxTextCtrl>(this, "file");
  profile_ = requireControl<wxChoice>(this, "profile");
  preview_ = requireControl<wxButton>(this, "preview");
  newProfile_ = requireControl<wxButton>(this, "new_profile");
  mapping_ = requireControl<wxStaticText>(this, "mapping");
  summary_ = requireControl<wxStaticText>(this, "summary");
  rows_ = requireControl<wxCheckListBox>(this, "rows");
  dryRun_ = requireControl<wxButton>(this, "dry_run");
  accept_ = requireControl<wxButton>(this, "accept");
  result_ = requireControl<wxStaticText>(this, "result");
  mismatches_ = requireControl<wxListCtrl>(this, "mismatches");
  requireControl<wxButton>(this, "wxID_CLOSE");
  SetEscapeId(wxID_CLOSE);

  fillProfiles("");

  requireControl<wxButton>(this, "browse")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onBrowse(); });
  preview_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { preview(); });
  newProfile_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { newProfile(); });
  dryRun_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { dryRun(); });
  accept_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { accept(); });
  rows_->Bind(wxEVT_CHECKLISTBOX, [this](wxCommandEvent& event) { onToggle(event.GetInt()); });
  // Another file or profile: the preview no longer shows what would be imported.
  file_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
    extract_.reset();
    enableSteps();
  });
  profile_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
    extract_.reset();
    enableSteps();
    showMapping();
  });
  closeOnCloseButton(this);
  enableSteps();
  showMapping();
  Layout();
  Fit();
  CentreOnParent();
}

void PayrollImportDialog::fillProfiles(const std::string& chosen) {
  profile_->Clear();
  for (const auto& name : payrollProfileNames(reg_)) profile_->Append(toWx(name));
  if (!chosen.empty()) profile_->SetStringSelection(toWx(chosen));
  if (profile_->GetSelection() == wxNOT_FOUND && profile_->GetCount() > 0) profile_->SetSelection(0);
}

void PayrollImportDialog::newProfile() {
  runAction(this, _("New payroll profile"), [this] {
    RecordDialog form(this, reg_, payrollProfileDef());
    if (form.ShowModal() != wxID_OK || !form.saved()) return;
    fillProfiles(form.saved()->key);
    extract_.reset();
    enableSteps();
    showMapping();
    Layout();
  });
}

void PayrollImportDialog::showMapping() {
  wxString text;
  runAction(this, _("Read the payroll profile"), [this, &text] {
    if (profile_->GetSelection() == wxNOT_FOUND) return;
    const PayrollProfile profile = loadPayrollProfile(reg_, fromWx(profile_->GetStringSelection()));
    const std::string period =
        profile.periodColumn.empty()
            ? profile.periodStartColumn + (profile.periodEndColumn.empty() ? "" : " / " + profile.periodEndColumn)
            : profile.periodColumn;
    text = wxString::Format(_("%s's payroll. Staff number: %s; name: %s; period: %s (dates %s); gross pay: %s; "
                              "FTE: %s."),
                            toWx(profile.employer.value), toWx(profile.staffNumberColumn), toWx(profile.nameColumn),
                            toWx(period), toWx(toString(profile.dateFormat)), toWx(profile.grossPayColumn),
                            toWx(profile.fteColumn));
  });
  mapping_->SetLabel(text);
}

wxString PayrollImportDialog::mappingText() const { return mapping_->GetLabel(); }

void PayrollImportDialog::enableSteps() {
  const bool previewed = extract_.has_value() && !accepted_;
  dryRun_->Enable(previewed);
  accept_->Enable(previewed);
  rows_->Enable(previewed);
}

bool PayrollImportDialog::preview() {
  extract_.reset();
  accepted_ = false;
  matches_.clear();
  rows_->Clear();
  mismatches_->ClearAll();
  result_->SetLabel(wxString());
  const bool read = runAction(this, _("Preview the payroll extract"), [this] {
    const std::string profile = fromWx(profile_->GetStringSelection());
    PayrollExtract extract = readPayrollExtract(fromWx(file_->GetValue()), loadPayrollProfile(reg_, profile));
    std::size_t matched = 0;
    const std::vector<std::string> found = matchedContracts(reg_, extract);
    for (std::size_t i = 0; i < extract.rows.size(); ++i) {
      matches_.push_back(found[i]);
      const int index = rows_->Append(rowText(extract.rows[i], matches_.back()));
      rows_->Check(static_cast<unsigned>(index), !matches_.back().empty());
      if (!matches_.back().empty()) ++matched;
    }
    summary_->SetLabel(wxString::Format(_("%zu rows read with profile %s (%s): %zu matched to contracts by "
                                          "staff number, %zu unmatched. Nothing is stored until you accept."),
                                        extract.rows.size(), toWx(profile), toWx(extract.profile.employer.value),
                                        matched, extract.rows.size() - matched));
    extract_ = std::move(extract);
  });
  if (!read) summary_->SetLabel(_("The extract could not be read: nothing was stored."));
  enableSteps();
  Layout();
  return read;
}

void PayrollImportDialog::onToggle(int index) {
  if (index < 0 || static_cast<std::size_t>(index) >= matches_.size()) return;
  // A row that matched nothing has no match to confirm.
  if (matches_[static_cast<std::size_t>(index)].empty()) rows_->Check(static_cast<unsigned>(index), false);
}

std::vector<std::string> PayrollImportDialog::confirmedContracts() const {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < matches_.size(); ++i)
    out.push_back(rows_->IsChecked(static_cast<unsigned>(i)) ? matches_[i] : std::string());
  return out;
}

bool PayrollImportDialog::dryRun() {
  if (!extract_) return false;
  return runAction(this, _("Dry run"), [this] {
    const auto contracts = confirmedContracts();
    const std::size_t changed = payRowsToStore(reg_, *extract_, contracts).size();
    std::size_t unmatched = 0;
    for (const auto& c : contracts)
      if (c.empty()) ++unmatched;
    result_->SetLabel(wxString::Format(_("Dry run: accepting would store %zu pay rows (%zu already imported "
                                         "unchanged), %zu with no contract. Nothing was stored."),
                                       changed, contracts.size() - changed, unmatched));
    Layout();
  });
}

bool PayrollImportDialog::accept() {
  if (!extract_ || accepted_) return false;
  return runAction(this, _("Accept the payroll import"), [this] {
    const auto contracts = confirmedContracts();
    const int stored = storePayroll(reg_, *extract_, contracts);
    accepted_ = true;
    const auto found = reconcilePayroll(reg_, *extract_, contracts);
    fillList(mismatches_, mismatchTable(found));
    result_->SetLabel(wxString::Format(_("%d pay rows stored (unchanged rows left alone); %zu mismatches with "
                                         "the register."),
                                       stored, found.size()));
    enableSteps();
    Layout();
  });
}

void PayrollImportDialog::onBrowse() {
  wxFileDialog dialog(this, _("Payroll extract"), wxString(), wxString(), _("CSV file (*.csv)|*.csv|All files|*"),
                      wxFD_OPEN | wxFD_FILE_MUST_EXIST);
  if (dialog.ShowModal() == wxID_OK) file_->SetValue(dialog.GetPath());
}

wxString PayrollImportDialog::summaryText() const { return summary_->GetLabel(); }
wxString PayrollImportDialog::resultText() const { return result_->GetLabel(); }

}  // namespace s113::ui
