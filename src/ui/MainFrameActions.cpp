// The main window's actions on records and the windows it opens: record
// forms (new, edit, delete) and undo/redo, the decision wizard, the recharge
// view, report previews, the activity lists' rows, and the list printed or
// saved as shown. Each runs inside runAction (ErrorDisplay.h).
#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/statusbr.h>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "domain/Validation.h"
#include "reports/Catalogue.h"
#include "reports/Writers.h"
#include "services/AuditReads.h"
#include "services/RecordReads.h"
#include "services/RecordService.h"
#include "services/Roles.h"
#include "ui/ErrorDisplay.h"
#include "ui/MainFrame.h"
#include "ui/ProgressRunner.h"
#include "ui/WxText.h"
#include "ui/dialogs/AboutBox.h"
#include "ui/dialogs/AdminDialog.h"
#include "ui/dialogs/DecisionWizard.h"
#include "ui/dialogs/PayrollImportDialog.h"
#include "ui/dialogs/RechargeView.h"
#include "ui/dialogs/YearPicker.h"
#include "ui/dialogs/RecordDialog.h"
#include "ui/dialogs/ForumPackDialog.h"
#include "ui/dialogs/ReportPreview.h"
#include "ui/dialogs/UserGuide.h"
#include "ui/dialogs/VersionView.h"
#include "ui/models/ActivityViews.h"
#include "ui/models/AttentionView.h"
#include "ui/models/AuditChanges.h"
#include "ui/models/ListDocument.h"
#include "ui/panels/RecordListView.h"

namespace s113::ui {

int MainFrame::runDialog(RecordDialog& dialog) {
  return dialogRunner_ ? dialogRunner_(dialog) : dialog.ShowModal();
}

void MainFrame::openDecisionWizard(const std::string& postRef) {
  if (!requireRegister()) return;
  std::string ref = postRef;
  if (ref.empty() && entity_ == &postDef()) ref = list_->selectedKey();
  runAction(this, _("Decide employer"), [this, ref] {
    DecisionWizard wizard(this, *register_, ref);
    windowRunner_ ? windowRunner_(wizard) : wizard.ShowModal();
  });
}

void MainFrame::openUserGuide(const std::string& page) {
  runAction(this, _("User guide"), [this, page] {
    UserGuide guide(this, page);
    windowRunner_ ? windowRunner_(guide) : guide.ShowModal();
  });
}

void MainFrame::openAbout() {
  runAction(this, _("About"), [this] {
    AboutBox about(this);
    windowRunner_ ? windowRunner_(about) : about.ShowModal();
  });
}

void MainFrame::openRecharges(const std::optional<FinancialYear>& year) {
  if (!requireRegister()) return;
  runAction(this, _("Recharges"), [this, year] {
    RechargeView view(this, *register_, year ? *year : FinancialYear::containing(asAt()));
    windowRunner_ ? windowRunner_(view) : view.ShowModal();
  });
}

void MainFrame::openAdmin() {
  if (!requireRegister()) return;
  runAction(this, _("Roles and personal data"), [this] {
    require(*register_, Action::ManageRoles);  // the menu is disabled for others; Enter is not a way round
    AdminDialog dialog(this, *register_);
    windowRunner_ ? windowRunner_(dialog) : dialog.ShowModal();
    register_->reloadRoles();  // the admin may have changed their own
    updateStatus();
  });
}

void MainFrame::openPayrollImport() {
  if (!requireRegister()) return;
  runAction(this, _("Import a payroll extract"), [this] {
    PayrollImportDialog assistant(this, *register_);
    windowRunner_ ? windowRunner_(assistant) : assistant.ShowModal();
  });
}

void MainFrame::openReport(const std::string& name) {
  if (!requireRegister()) return;
  if (name == "forum-pack") return openForumPack();
  reports::ReportParams params;
  params.asAt = asAt();
  if (name == "recharges") {  // one financial year: the one the user picks
    YearPicker picker(this, _("Recharge report"), FinancialYear::containing(asAt()));
    if ((windowRunner_ ? windowRunner_(picker) : picker.ShowModal()) != wxID_OK) return;
    params.year = picker.year();
  }
  if (name == "decision") {
    if (entity_ == &postDef() && !list_->selectedKey().empty())
      params.post = list_->selectedKey();
    else if (entity_ == &decisionsView() && !list_->selectedKey().empty()) {
      params.post = selectedCell("post");
      params.decision = list_->selectedKey();  // that decision, not the post's newest
    }
  }
  previewReport(name, params);
}

// The forum pack is aimed at a meeting: the one selected in the Forum
// meetings list, else the dialog's choice.
void MainFrame::openForumPack() {
  const std::string selected = entity_ == &meetingDef() ? list_->selectedKey() : std::string();
  ForumPackDialog dialog(this, *register_, selected, [this](const Date& day) {
    reports::ReportParams params;
    params.meeting = day;
    previewReport("forum-pack", params);
  });
  windowRunner_ ? windowRunner_(dialog) : dialog.ShowModal();
}

void MainFrame::previewReport(const std::string& name, const reports::ReportParams& params) {
  runAction(this, _("Report"), [this, name, params] {
    if (name == "decision" && params.post.empty() && params.decision.empty())
      throw reports::ReportUsageError("Select a post in the posts list (or a decision) first.");
    reports::ReportDocument doc;
    Register& reg = *register_;
    runWithProgress(this, _("Report"), [&](Progress& progress) {
      progress.step(0, 0, "Building the report");
      doc = reports::buildReport(reg, name, params);
    });
    ReportPreview preview(this, doc);
    windowRunner_ ? windowRunner_(preview) : preview.ShowModal();
  });
}

std::string MainFrame::selectedCell(const std::string& field) const {
  const long position = list_->model().positionOfKey(list_->selectedKey());
  if (position < 0 || !entity_) return {};
  const auto& row = list_->model().visibleRow(static_cast<std::size_t>(position));
  for (std::size_t i = 0; i < entity_->fields.size(); ++i)
    if (entity_->fields[i].name == field) return row.fields.at(i);
  return {};
}

void MainFrame::openSelectedActivity() {
  const std::string key = list_->selectedKey();
  if (!register_ || !entity_ || key.empty()) return;
  if (entity_ == &decisionsView()) {
    openReport("decision");
  } else if (entity_ == &forumView()) {
    reports::ReportParams params;
    params.asAt = asAt();
    params.meeting = parseIsoDate(key);
    previewReport("forum-pack", params);
  } else if (entity_ == &attentionView()) {
    const EntityDef* def = findEntity(selectedCell("entity"));
    const std::string record = selectedCell("record");
    if (!def) return;
    runAction(this, _("Show records"), [&] {
      showEntity(*def);
      selectRecord(record);
    });
  } else if (entity_ == &auditView()) {
    openAuditChange();
  }
}

void MainFrame::openAuditChange() {
  const std::string entity = selectedCell("entity"), record = selectedCell("record");
  const int version = std::atoi(selectedCell("version").c_str());
  runAction(this, _("Open the version"), [&] {
    std::vector<AuditEntry> entries;
    for (auto& e : auditEntries(*register_, boost::none, entity, record))
      if (e.version == version) entries.push_back(std::move(e));
    const auto changes = groupChanges(entries);
    if (changes.empty()) throw NotFound(entity + " " + record + " has no audited version " +
                                        std::to_string(version) + ".");
    VersionView view(this, *register_, changes.back());
    const int answer = windowRunner_ ? windowRunner_(view) : view.ShowModal();
    const EntityDef* def = findEntity(entity);
    if (answer == wxID_FIND && def) {
      showEntity(*def);
      selectRecord(record);
    }
  });
}

bool MainFrame::requireEditableList() {
  if (!requireRegister()) return false;
  if (readOnlyList()) {
    showError(this, ErrorReport{_("Read-only list"),
                              wxString::Format(_("%s cannot be edited here."),
                                               toWx(navigatorLabel(*entity_))),
                              _("Decisions are recorded with the decision wizard (Ctrl+D), forum "
                                "meetings by issuing a forum pack; the audit log is written by "
                                "every change.")});
    return false;
  }
  // Enter or a double click reaches here too: the role is asked before any form opens.
  const std::string why = whyNot(*register_, writeActionFor(entity_->name));
  if (why.empty()) return true;
  showError(this, ErrorReport{_("Not allowed for your role"), toWx(why),
                              _("An admin can grant you a role that may: s113reg-cli roles REGISTER grant LOGIN ROLE")});
  return false;
}

bool MainFrame::requireSelection(const std::string& key) {
  if (!key.empty()) return true;
  const wxString what = wxGetTranslation(toWx(navigatorLabel(*entity_))).Lower();
  showError(this,
            ErrorReport{_("No record selected"),
                        wxString::Format(_("Select one of the %s in the list first."), what),
                        list_->model().visibleCount() == 0
                            ? _("The list is empty: clear the filter or choose another \"as at\" "
                                "date to see the records.")
                            : _("Click a row, or move to it with the arrow keys.")});
  return false;
}

reports::ReportDocument MainFrame::currentListDocument() const {
  return listDocument(list_->model(), navigatorLabel(*entity_), asAt(),
                      register_ ? register_->displayName() : std::string());
}

void MainFrame::printList() {
  if (!requireRegister()) return;
  runAction(this, _("Print list"), [this] {
    readWholeList();
    const reports::ReportDocument doc = currentListDocument();
    ReportPreview preview(this, doc);
    windowRunner_ ? windowRunner_(preview) : preview.ShowModal();
  });
}

void MainFrame::saveListAs(const std::string& path) {
  if (!requireRegister()) return;
  runAction(this, _("Save list"), [this, path] {
    readWholeList();
    const reports::ReportDocument doc = currentListDocument();
    runWithProgress(this, _("Save list"), [&](Progress& progress) {
      progress.step(0, 0, "Writing " + path);
      reports::writeReport(doc, path);
    });
    SetStatusText(wxString::Format(_("List saved to %s"), toWx(path)), STATUS_COUNT);
  });
}

void MainFrame::onSaveList(wxCommandEvent&) {
  if (!requireRegister()) return;
  wxFileDialog dialog(this, _("Save the list as"), wxString(), toWx(entity_->table) + ".pdf",
                      _("PDF (*.pdf)|*.pdf|Excel workbook (*.xlsx)|*.xlsx|CSV (*.csv)|*.csv|"
                        "HTML (*.html)|*.html"),
                      wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (dialog.ShowModal() == wxID_OK) saveListAs(fromWx(dialog.GetPath()));
}

void MainFrame::newRecord() {
  if (!requireEditableList()) return;
  runAction(this, _("New record"), [this] {
    RecordDialog dialog(this, *register_, *entity_);
    if (runDialog(dialog) != wxID_OK || !dialog.saved()) return;
    const auto& saved = *dialog.saved();
    history_.record(SessionEdit{entity_, saved.key, saved.before, saved.after, saved.validFrom});
    reload();
    selectRecord(saved.key);
  });
}

void MainFrame::editSelected() {
  if (!requireEditableList()) return;
  const std::string key = list_->selectedKey();
  if (!requireSelection(key)) return;
  runAction(this, _("Edit record"), [this, key] {
    RecordDialog dialog(this, *register_, *entity_, key);
    const long position = list_->model().positionOfKey(key);
    if (position >= 0)
      dialog.noteListedVersion(
          asAt(), list_->model().visibleRow(static_cast<std::size_t>(position)).version);
    if (runDialog(dialog) != wxID_OK || !dialog.saved()) return;
    const auto& saved = *dialog.saved();
    history_.record(SessionEdit{entity_, saved.key, saved.before, saved.after, saved.validFrom});
    reload();
    selectRecord(saved.key);
  });
}

void MainFrame::deleteSelected() {
  if (!requireEditableList()) return;
  const std::string key = list_->selectedKey();
  if (!requireSelection(key)) return;
  const wxString label = toWx(recordLabel(*entity_, key));
  if (!confirm(this, _("Delete record"), wxString::Format(_("Delete %s?"), label),
               _("The record disappears from the register from today; its history is kept. "
                 "Edit > Undo brings it back.")))
    return;
  runAction(this, _("Delete record"), [this, key] {
    auto latest = latestVersion(*register_, *entity_, key);
    if (!latest || latest->deleted) throw NotFound(recordLabel(*entity_, key) + " does not exist.");
    RecordService(*register_).remove(*entity_, key, latest->version, today());
    history_.record(SessionEdit{entity_, key, latest->fields, boost::none, today()});
    reload();
  });
}

void MainFrame::undo() {
  if (!register_ || !history_.canUndo()) return;
  runAction(this, _("Undo"), [this] {
    RecordService service(*register_);
    SessionEdit edit = history_.undo(service);
    if (edit.def == entity_)
      reload();
    else
      refreshAttention();
    SetStatusText(wxString::Format(_("Undone: %s"), toWx(recordLabel(*edit.def, edit.key))),
                  STATUS_COUNT);
  });
}

void MainFrame::redo() {
  if (!register_ || !history_.canRedo()) return;
  runAction(this, _("Redo"), [this] {
    RecordService service(*register_);
    SessionEdit edit = history_.redo(service);
    if (edit.def == entity_)
      reload();
    else
      refreshAttention();
    SetStatusText(wxString::Format(_("Redone: %s"), toWx(recordLabel(*edit.def, edit.key))),
                  STATUS_COUNT);
  });
}

}  // namespace s113::ui
