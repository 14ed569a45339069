// The main window's menu bar: one function per menu, then the commands each
// item runs and the rules that enable it (a register open, a role, an
// editable list).
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/textctrl.h>

#include "reports/Catalogue.h"
#include "ui/ErrorDisplay.h"
#include "ui/MainFrame.h"
#include "ui/MenuIds.h"
#include "ui/Settings.h"
#include "ui/WxText.h"

namespace s113::ui {
namespace {

wxMenu* editMenu() {
  auto* edit = new wxMenu;
  edit->Append(wxID_UNDO, _("&Undo\tCtrl+Z"));
  edit->Append(wxID_REDO, _("&Redo\tCtrl+Y"));
  edit->AppendSeparator();
  edit->Append(ID_FIND, _("&Find\tCtrl+F"), _("Filter the list"));
  return edit;
}

wxMenu* recordMenu() {
  auto* record = new wxMenu;
  record->Append(ID_NEW_RECORD, _("&New record...\tCtrl+N"));
  record->Append(ID_EDIT_RECORD, _("&Edit record...\tCtrl+E"),
                 _("Edit the selected record (or press Enter)"));
  record->Append(ID_DELETE_RECORD, _("&Delete record..."),
                 _("Delete the selected record (or press Del)"));
  record->AppendSeparator();
  record->Append(ID_RELOAD, _("Re&load\tF5"));
  return record;
}

wxMenu* decisionsMenu() {
  auto* decisions = new wxMenu;
  decisions->Append(ID_DECIDE, _("&Decide employer...\tCtrl+D"),
                    _("Apply the HR protocol to the selected post and record the decision"));
  return decisions;
}

wxMenu* rechargesMenu() {
  auto* recharges = new wxMenu;
  recharges->Append(ID_RECHARGES, _("&Recharge schedule...\tCtrl+R"),
                    _("The recharges of a financial year and their net settlement"));
  recharges->Append(ID_PAYROLL_IMPORT, _("Import &payroll extract..."),
                    _("Read a partner's payroll extract, confirm the matches, import the pay and reconcile"));
  return recharges;
}

// The reports a user can run from the menu: those that need nothing chosen,
// or a selected post or agreement. Item i runs the catalogue's report i.
wxMenu* reportsMenu() {
  auto* reports = new wxMenu;
  const auto catalogue = reports::reportCatalogue();
  for (std::size_t i = 0;
       i < catalogue.size() && ID_REPORT_FIRST + static_cast<int>(i) <= ID_REPORT_LAST; ++i) {
    const auto& info = catalogue[i];
    if (!info.available ||
        !(info.needs.empty() || info.needs == "post" || info.needs == "agreement"))
      continue;
    wxString label = toWx(info.title);
    if (info.needs == "post") label += _(" (selected post)");
    reports->Append(ID_REPORT_FIRST + static_cast<int>(i), label + "...");
  }
  return reports;
}

wxMenu* adminMenu() {
  auto* admin = new wxMenu;
  admin->Append(ID_ADMIN, _("&Roles and personal data..."),
                _("Grant and revoke roles; export, keep or anonymise a person's data (admin only)"));
  return admin;
}

wxMenu* helpMenu() {
  auto* help = new wxMenu;
  help->Append(wxID_HELP, _("&User guide\tF1"), _("Open the user guide"));
  help->AppendSeparator();
  help->Append(wxID_ABOUT, _("&About S113 Register"));
  return help;
}

}  // namespace

wxMenu* MainFrame::fileMenu() {
  auto* file = new wxMenu;
  file->Append(ID_NEW_REGISTER, _("&New register...\tCtrl+Shift+N"),
               _("Create an empty register file"));
  file->Append(wxID_OPEN, _("&Open register...\tCtrl+O"), _("Open a register file"));
  file->Append(ID_CONNECT, _("&Connect to PostgreSQL..."),
               _("Open a register held in a PostgreSQL database"));
  auto* recentMenu = new wxMenu;
  file->AppendSubMenu(recentMenu, _("&Recent registers"));
  recent_.UseMenu(recentMenu);
  Settings::loadRecent(recent_);
  recent_.AddFilesToMenu(recentMenu);
  file->AppendSeparator();
  file->Append(ID_IMPORT, _("&Import folder..."),
               _("Import a folder of CSV files (all or nothing)"));
  file->Append(ID_EXPORT, _("&Export folder..."), _("Write every record to a folder of CSV files"));
  file->Append(ID_BACKUP, _("&Backup..."), _("Copy the register into a new file"));
  file->AppendSeparator();
  file->Append(ID_PRINT_LIST, _("&Print list...\tCtrl+P"),
               _("Preview and print the list as shown (filtered and sorted)"));
  file->Append(ID_SAVE_LIST, _("&Save list as...\tCtrl+Shift+S"),
               _("Write the list as shown to a PDF, spreadsheet, CSV or HTML file"));
  file->AppendSeparator();
  file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));
  return file;
}

void MainFrame::buildMenus() {
  auto* bar = new wxMenuBar;
  bar->Append(fileMenu(), _("&File"));
  bar->Append(editMenu(), _("&Edit"));
  bar->Append(recordMenu(), _("&Record"));
  bar->Append(decisionsMenu(), _("&Decisions"));
  bar->Append(rechargesMenu(), _("Re&charges"));
  bar->Append(reportsMenu(), _("Re&ports"));
  bar->Append(adminMenu(), _("&Admin"));
  bar->Append(helpMenu(), _("&Help"));
  SetMenuBar(bar);
  bindFileCommands();
  bindRecordCommands();
  bindMenuUpdates(*bar);
}

void MainFrame::bindFileCommands() {
  Bind(wxEVT_MENU, &MainFrame::onNewRegister, this, ID_NEW_REGISTER);
  Bind(wxEVT_MENU, &MainFrame::onOpen, this, wxID_OPEN);
  Bind(wxEVT_MENU, &MainFrame::onConnect, this, ID_CONNECT);
  Bind(wxEVT_MENU, &MainFrame::onRecent, this, wxID_FILE1, wxID_FILE9);
  Bind(wxEVT_MENU, &MainFrame::onImport, this, ID_IMPORT);
  Bind(wxEVT_MENU, &MainFrame::onExport, this, ID_EXPORT);
  Bind(wxEVT_MENU, &MainFrame::onBackup, this, ID_BACKUP);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { printList(); }, ID_PRINT_LIST);
  Bind(wxEVT_MENU, &MainFrame::onSaveList, this, ID_SAVE_LIST);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
  Bind(wxEVT_MENU, &MainFrame::onAbout, this, wxID_ABOUT);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { openUserGuide(); }, wxID_HELP);
}

// Edit, Record, Decisions, Recharges, Reports and Admin.
void MainFrame::bindRecordCommands() {
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { undo(); }, wxID_UNDO);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { redo(); }, wxID_REDO);
  Bind(
      wxEVT_MENU,
      [this](wxCommandEvent&) {
        filter_->SetFocus();
        filter_->SelectAll();
      },
      ID_FIND);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { newRecord(); }, ID_NEW_RECORD);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { editSelected(); }, ID_EDIT_RECORD);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { deleteSelected(); }, ID_DELETE_RECORD);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { runAction(this, _("Reload"), [this] { reload(); }); }, ID_RELOAD);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { openDecisionWizard(); }, ID_DECIDE);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { openRecharges(); }, ID_RECHARGES);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { openPayrollImport(); }, ID_PAYROLL_IMPORT);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { openAdmin(); }, ID_ADMIN);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { openSelectedActivity(); }, ID_OPEN_ACTIVITY);
  Bind(
      wxEVT_MENU,
      [this](wxCommandEvent& event) {
        const auto all = reports::reportCatalogue();
        const auto index = static_cast<std::size_t>(event.GetId() - ID_REPORT_FIRST);
        if (index < all.size()) openReport(all[index].name);
      },
      ID_REPORT_FIRST, ID_REPORT_LAST);
}

// Which items are enabled: most need an open register; some a role (their
// help text is kept, to show again with the reason when the role is missing);
// the record commands an editable list.
void MainFrame::bindMenuUpdates(wxMenuBar& bar) {
  Bind(wxEVT_UPDATE_UI, &MainFrame::onUpdateUndoRedo, this, wxID_UNDO);
  Bind(wxEVT_UPDATE_UI, &MainFrame::onUpdateUndoRedo, this, wxID_REDO);
  Bind(wxEVT_UPDATE_UI, &MainFrame::onUpdateNeedsRegister, this, ID_REPORT_FIRST, ID_REPORT_LAST);
  for (int id : {ID_IMPORT, ID_PRINT_LIST, ID_SAVE_LIST, ID_RELOAD, ID_DECIDE})
    Bind(wxEVT_UPDATE_UI, &MainFrame::onUpdateNeedsRegister, this, id);
  for (int id : {ID_EXPORT, ID_BACKUP, ID_RECHARGES, ID_PAYROLL_IMPORT, ID_ADMIN}) {
    menuHelp_[id] = bar.GetHelpString(id);
    Bind(wxEVT_UPDATE_UI, &MainFrame::onUpdateNeedsRole, this, id);
  }
  for (int id : {ID_NEW_RECORD, ID_EDIT_RECORD, ID_DELETE_RECORD})
    Bind(wxEVT_UPDATE_UI, &MainFrame::onUpdateNeedsEditableList, this, id);
}

}  // namespace s113::ui
