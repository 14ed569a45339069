// The main window's File menu: new, open and connect to a register, recent
// registers, and import, export and backup with their progress dialogs.
#include <wx/dirdlg.h>
#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/textdlg.h>

#include <filesystem>

#include "services/Exchange.h"
#include "services/RegisterCheck.h"
#include "ui/ErrorDisplay.h"
#include "ui/MainFrame.h"
#include "ui/ProgressRunner.h"
#include "ui/WxText.h"
#include "ui/panels/RecordListView.h"

namespace s113::ui {
namespace {

const wxString kRegisterWildcard =
    _("S113 registers (*.s113;*.sqlite;*.db)|*.s113;*.sqlite;*.db|All files|*");

}  // namespace

void MainFrame::importFrom(const std::string& folder) {
  if (!requireRegister()) return;
  runAction(this, _("Import"), [this, folder] {
    ImportSummary summary;
    Register& reg = *register_;
    runWithProgress(this, _("Import"), [&](Progress& progress) {
      summary = importFolder(reg, folder, &progress);
    });
    history_.clear();  // imported versions are not this session's edits
    reload();
    showInfo(this, _("Import"),
             wxString::Format(_("Imported %s: %d created, %d updated, %d unchanged."), toWx(folder),
                              summary.created, summary.updated, summary.unchanged));
  });
}

void MainFrame::exportTo(const std::string& folder) {
  if (!requireRegister()) return;
  runAction(this, _("Export"), [this, folder] {
    std::vector<std::string> files;
    Register& reg = *register_;
    runWithProgress(this, _("Export"), [&](Progress& progress) {
      files = exportFolder(reg, folder, &progress);
    });
    showInfo(this, _("Export"),
             wxString::Format(_("%zu files written to %s."), files.size(), toWx(folder)));
  });
}

void MainFrame::backupTo(const std::string& file) {
  if (!requireRegister()) return;
  runAction(this, _("Backup"), [this, file] {
    Register& reg = *register_;
    runWithProgress(this, _("Backup"),
                    [&](Progress& progress) { backupRegister(reg, file, &progress); });
    showInfo(this, _("Backup"), wxString::Format(_("The register was copied to %s."), toWx(file)));
  });
}

void MainFrame::onNewRegister(wxCommandEvent&) {
  wxFileDialog dialog(this, _("New register"), wxString(), "register.s113", kRegisterWildcard,
                      wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (dialog.ShowModal() != wxID_OK) return;
  const std::string path = fromWx(dialog.GetPath());
  if (std::filesystem::exists(path)) {
    showError(
        this,
        ErrorReport{
            _("New register"), _("That file already exists."),
            _("A new register needs a new file name; use Open register for an existing one.")});
    return;
  }
  openRegister(path, true);
}

void MainFrame::onOpen(wxCommandEvent&) {
  wxFileDialog dialog(this, _("Open register"), wxString(), wxString(), kRegisterWildcard,
                      wxFD_OPEN | wxFD_FILE_MUST_EXIST);
  if (dialog.ShowModal() == wxID_OK) openRegister(fromWx(dialog.GetPath()), false);
}

void MainFrame::onConnect(wxCommandEvent&) {
  wxTextEntryDialog dialog(
      this,
      _("Connection string, for example postgresql://dbhost:5432/s113?user=hr\n"
        "Passwords are never stored here: PostgreSQL's password file (~/.pgpass) "
        "or service file supplies them."),
      _("Connect to PostgreSQL"), "postgresql://");
  if (dialog.ShowModal() != wxID_OK) return;
  const std::string target = fromWx(dialog.GetValue().Strip(wxString::both));
  if (!isPostgresTarget(target)) {
    showError(this, ErrorReport{_("Connect to PostgreSQL"),
                                _("That is not a PostgreSQL connection string."),
                                _("It must start with postgresql:// (or postgres://).")});
    return;
  }
  openRegister(target, true);
}

void MainFrame::onRecent(wxCommandEvent& event) {
  const size_t index = static_cast<size_t>(event.GetId() - wxID_FILE1);
  if (index < recent_.GetCount()) openRegister(fromWx(recent_.GetHistoryFile(index)), false);
}

void MainFrame::onImport(wxCommandEvent&) {
  if (!requireRegister()) return;
  wxDirDialog dialog(this, _("Import a folder of CSV files"), wxString(),
                     wxDD_DEFAULT_STYLE | wxDD_DIR_MUST_EXIST);
  if (dialog.ShowModal() == wxID_OK) importFrom(fromWx(dialog.GetPath()));
}

void MainFrame::onExport(wxCommandEvent&) {
  if (!requireRegister()) return;
  wxDirDialog dialog(this, _("Export to a folder"), wxString(), wxDD_DEFAULT_STYLE);
  if (dialog.ShowModal() == wxID_OK) exportTo(fromWx(dialog.GetPath()));
}

void MainFrame::onBackup(wxCommandEvent&) {
  if (!requireRegister()) return;
  wxFileDialog dialog(this, _("Back up the register to"), wxString(), "backup.s113",
                      kRegisterWildcard, wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (dialog.ShowModal() == wxID_OK) backupTo(fromWx(dialog.GetPath()));
}

}  // namespace s113::ui
