#include "ui/MainFrame.h"

#include <wx/dateevt.h>
#include <wx/intl.h>
#include <wx/listbox.h>
#include <wx/menu.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/textctrl.h>

#include "domain/Catalog.h"
#include "reports/Catalogue.h"
#include "services/Roles.h"
#include "storage/VersionStore.h"
#include "ui/AppIcon.h"
#include "ui/ErrorDisplay.h"
#include "ui/ProgressRunner.h"
#include "ui/Settings.h"
#include "ui/WxText.h"
#include "ui/models/ActivityViews.h"
#include "ui/panels/DateField.h"
#include "ui/panels/RecordListView.h"

namespace s113::ui {
namespace {

enum MenuId {
  ID_NEW_REGISTER = wxID_HIGHEST + 1,
  ID_CONNECT,
  ID_IMPORT,
  ID_EXPORT,
  ID_BACKUP,
  ID_PRINT_LIST,
  ID_SAVE_LIST,
  ID_FIND,
  ID_NEW_RECORD,
  ID_EDIT_RECORD,
  ID_DELETE_RECORD,
  ID_RELOAD,
  ID_DECIDE,
  ID_RECHARGES,
  ID_PAYROLL_IMPORT,
  ID_ADMIN,
  ID_OPEN_ACTIVITY,
  ID_REPORT_FIRST,
  ID_REPORT_LAST = ID_REPORT_FIRST + 31,
};

std::string normalised(const std::string& text) {
  std::string out;
  for (char c : text)
    out += (c == ' ' || c == '-' || c == '/') ? '_' : static_cast<char>(std::tolower(c));
  return out;
}

}  // namespace

std::string pluralLabel(const EntityDef& def) {
  const std::string candidate = def.label + "s";
  const std::string table = def.table;
  const std::string norm = normalised(candidate);
  if (norm.size() >= table.size() &&
      norm.compare(norm.size() - table.size(), table.size(), table) == 0)
    return candidate;
  std::string text = table;
  for (char& c : text)
    if (c == '_') c = ' ';
  if (!text.empty()) text[0] = static_cast<char>(std::toupper(text[0]));
  return text;
}

std::string navigatorLabel(const EntityDef& def) {
  if (def.name == "placement") return "Placements & secondments";
  return pluralLabel(def);
}

const std::vector<const EntityDef*>& navigatorEntries() {
  static const std::vector<const EntityDef*> entries = [] {
    std::vector<const EntityDef*> list = allEntities();
    for (const EntityDef* view : activityViews()) list.push_back(view);
    return list;
  }();
  return entries;
}

MainFrame::MainFrame() : wxFrame(nullptr, wxID_ANY, _("S113 Register")), recent_(9, wxID_FILE1) {
  SetIcons(appIcons());
  buildMenus();
  buildLayout();
  CreateStatusBar(kStatusFields);
  const int widths[kStatusFields] = {-3, -2, -2, -2, -2};
  GetStatusBar()->SetStatusWidths(kStatusFields, widths);
  restorePlacement();
  Bind(wxEVT_CLOSE_WINDOW, &MainFrame::onClose, this);
  Bind(wxEVT_CHAR_HOOK, &MainFrame::onCharHook, this);
  updateTitle();
  updateStatus();
}

MainFrame::~MainFrame() = default;

void MainFrame::buildMenus() {
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

  auto* edit = new wxMenu;
  edit->Append(wxID_UNDO, _("&Undo\tCtrl+Z"));
  edit->Append(wxID_REDO, _("&Redo\tCtrl+Y"));
  edit->AppendSeparator();
  edit->Append(ID_FIND, _("&Find\tCtrl+F"), _("Filter the list"));

  auto* record = new wxMenu;
  record->Append(ID_NEW_RECORD, _("&New record...\tCtrl+N"));
  record->Append(ID_EDIT_RECORD, _("&Edit record...\tCtrl+E"),
                 _("Edit the selected record (or press Enter)"));
  record->Append(ID_DELETE_RECORD, _("&Delete record..."),
                 _("Delete the selected record (or press Del)"));
  record->AppendSeparator();
  record->Append(ID_RELOAD, _("Re&load\tF5"));

  auto* decisions = new wxMenu;
  decisions->Append(ID_DECIDE, _("&Decide employer...\tCtrl+D"),
                    _("Apply the HR protocol to the selected post and record the decision"));
  auto* recharges = new wxMenu;
  recharges->Append(ID_RECHARGES, _("&Recharge schedule...\tCtrl+R"),
                    _("The recharges of a financial year and their net settlement"));
  recharges->Append(ID_PAYROLL_IMPORT, _("Import &payroll extract..."),
                    _("Read a partner's payroll extract, confirm the matches, import the pay and reconcile"));

  auto* reportsMenu = new wxMenu;
  const auto catalogue = reports::reportCatalogue();
  for (std::size_t i = 0;
       i < catalogue.size() && ID_REPORT_FIRST + static_cast<int>(i) <= ID_REPORT_LAST; ++i) {
    const auto& info = catalogue[i];
    if (!info.available ||
        !(info.needs.empty() || info.needs == "post" || info.needs == "agreement"))
      continue;
    wxString label = toWx(info.title);
    if (info.needs == "post") label += _(" (selected post)");
    reportsMenu->Append(ID_REPORT_FIRST + static_cast<int>(i), label + "...");
  }

  auto* admin = new wxMenu;
  admin->Append(ID_ADMIN, _("&Roles and personal data..."),
                _("Grant and revoke roles; export, keep or anonymise a person's data (admin only)"));

  auto* help = new wxMenu;
  help->Append(wxID_HELP, _("&User guide\tF1"), _("Open the user guide"));
  help->AppendSeparator();
  help->Append(wxID_ABOUT, _("&About S113 Register"));

  auto* bar = new wxMenuBar;
  bar->Append(file, _("&File"));
  bar->Append(edit, _("&Edit"));
  bar->Append(record, _("&Record"));
  bar->Append(decisions, _("&Decisions"));
  bar->Append(recharges, _("Re&charges"));
  bar->Append(reportsMenu, _("Re&ports"));
  bar->Append(admin, _("&Admin"));
  bar->Append(help, _("&Help"));
  SetMenuBar(bar);

  Bind(wxEVT_MENU, &MainFrame::onNewRegister, this, ID_NEW_REGISTER);
  Bind(wxEVT_MENU, &MainFrame::onOpen, this, wxID_OPEN);
  Bind(wxEVT_MENU, &MainFrame::onConnect, this, ID_CONNECT);
  Bind(wxEVT_MENU, &MainFrame::onRecent, this, wxID_FILE1, wxID_FILE9);
  Bind(wxEVT_MENU, &MainFrame::onImport, this, ID_IMPORT);
  Bind(wxEVT_MENU, &MainFrame::onExport, this, ID_EXPORT);
  Bind(wxEVT_MENU, &MainFrame::onBackup, this, ID_BACKUP);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { printList(); }, ID_PRINT_LIST);
  Bind(wxEVT_MENU, &MainFrame::onSaveList, this, ID_SAVE_LIST);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { undo(); }, wxID_UNDO);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { redo(); }, wxID_REDO);
  Bind(
      wxEVT_MENU,
      [this](wxCommandEvent&) {
        filter_->SetFocus();
        filter_->SelectAll();
      },
      ID_FIND);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { newRecord(); }, ID_NEW_RECORD);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { editSelected(); }, ID_EDIT_RECORD);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { deleteSelected(); }, ID_DELETE_RECORD);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { runAction(this, _("Reload"), [this] { reload(); }); },
      ID_RELOAD);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { openDecisionWizard(); }, ID_DECIDE);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { openRecharges(); }, ID_RECHARGES);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { openPayrollImport(); }, ID_PAYROLL_IMPORT);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { openAdmin(); }, ID_ADMIN);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { openSelectedActivity(); }, ID_OPEN_ACTIVITY);
  Bind(
      wxEVT_MENU,
      [this](wxCommandEvent& event) {
        const auto all = reports::reportCatalogue();
        const auto index = static_cast<std::size_t>(event.GetId() - ID_REPORT_FIRST);
        if (index < all.size()) openReport(all[index].name);
      },
      ID_REPORT_FIRST, ID_REPORT_LAST);
  Bind(wxEVT_UPDATE_UI, &MainFrame::onUpdateNeedsRegister, this, ID_REPORT_FIRST, ID_REPORT_LAST);
  Bind(wxEVT_MENU, &MainFrame::onAbout, this, wxID_ABOUT);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { openUserGuide(); }, wxID_HELP);
  Bind(wxEVT_UPDATE_UI, &MainFrame::onUpdateUndoRedo, this, wxID_UNDO);
  Bind(wxEVT_UPDATE_UI, &MainFrame::onUpdateUndoRedo, this, wxID_REDO);
  for (int id : {ID_IMPORT, ID_PRINT_LIST, ID_SAVE_LIST, ID_RELOAD, ID_DECIDE})
    Bind(wxEVT_UPDATE_UI, &MainFrame::onUpdateNeedsRegister, this, id);
  for (int id : {ID_EXPORT, ID_BACKUP, ID_RECHARGES, ID_PAYROLL_IMPORT, ID_ADMIN}) {
    menuHelp_[id] = bar->GetHelpString(id);
    Bind(wxEVT_UPDATE_UI, &MainFrame::onUpdateNeedsRole, this, id);
  }
  for (int id : {ID_NEW_RECORD, ID_EDIT_RECORD, ID_DELETE_RECORD})
    Bind(wxEVT_UPDATE_UI, &MainFrame::onUpdateNeedsEditableList, this, id);
}

void MainFrame::buildLayout() {
  splitter_ = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                   wxSP_LIVE_UPDATE | wxSP_3DSASH);
  splitter_->SetMinimumPaneSize(120);

  auto* left = new wxPanel(splitter_);
  auto* leftSizer = new wxBoxSizer(wxVERTICAL);
  leftSizer->Add(new wxStaticText(left, wxID_ANY, _("&Register")), 0, wxALL, 6);
  navigator_ =
      new wxListBox(left, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, wxLB_SINGLE);
  navigator_->SetName("navigator");
  for (const EntityDef* def : navigatorEntries())
    navigator_->Append(wxGetTranslation(toWx(navigatorLabel(*def))));
  leftSizer->Add(navigator_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 6);
  left->SetSizer(leftSizer);

  auto* right = new wxPanel(splitter_);
  auto* bar = new wxBoxSizer(wxHORIZONTAL);
  bar->Add(new wxStaticText(right, wxID_ANY, _("&Filter:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT,
           6);
  filter_ = new wxTextCtrl(right, wxID_ANY, wxString(), wxDefaultPosition, wxSize(260, -1));
  filter_->SetName("filter");
  filter_->SetHint(_("Type to filter every column"));
  bar->Add(filter_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 18);
  bar->Add(new wxStaticText(right, wxID_ANY, _("As &at:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT,
           6);
  asAtPicker_ = new DateField(right, wxID_ANY, today());
  asAtPicker_->SetName("as_at");
  asAtPicker_->setErrorHandler([this](const std::string& problem) {
    showError(this, ErrorReport{_("As at"), toWx(problem), wxString()});
  });
  asAtPicker_->SetToolTip(_("Show the register as it stood on this date"));
  bar->Add(asAtPicker_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 18);
  count_ = new wxStaticText(right, wxID_ANY, wxString());
  bar->Add(count_, 1, wxALIGN_CENTER_VERTICAL);

  list_ = new RecordListView(right);
  list_->SetName("records");
  auto* rightSizer = new wxBoxSizer(wxVERTICAL);
  rightSizer->Add(bar, 0, wxEXPAND | wxALL, 6);
  rightSizer->Add(list_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 6);
  right->SetSizer(rightSizer);

  splitter_->SplitVertically(left, right, 200);

  navigator_->Bind(wxEVT_LISTBOX, &MainFrame::onNavigate, this);
  filter_->Bind(wxEVT_TEXT, &MainFrame::onFilter, this);
  asAtPicker_->Bind(wxEVT_DATE_CHANGED, &MainFrame::onAsAtChanged, this);
  list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, &MainFrame::onActivate, this);
  list_->Bind(wxEVT_LIST_KEY_DOWN, &MainFrame::onListKey, this);
  // The posts list: right-click a post to decide its employer.
  list_->Bind(wxEVT_LIST_ITEM_RIGHT_CLICK, [this](wxListEvent&) {
    wxMenu menu;
    if (entity_ == &postDef()) menu.Append(ID_DECIDE, _("&Decide employer...\tCtrl+D"));
    if (!readOnlyList()) menu.Append(ID_EDIT_RECORD, _("&Edit record...\tCtrl+E"));
    if (readOnlyList()) menu.Append(ID_OPEN_ACTIVITY, _("&Open"));
    PopupMenu(&menu);
  });
}

void MainFrame::restorePlacement() {
  wxRect rect = Settings::frameRect();
  if (rect.width > 0 && rect.height > 0) {
    SetSize(rect);
  } else {
    SetSize(wxSize(1180, 720));
    Centre();
  }
  if (Settings::frameMaximised()) Maximize();
}

void MainFrame::savePlacement() {
  Settings::setFrameMaximised(IsMaximized());
  if (!IsMaximized() && !IsIconized()) Settings::setFrameRect(GetRect());
}

void MainFrame::saveColumnWidths() {
  // Only widths the user set are remembered: the others are fitted to the
  // content again next time.
  if (entity_ && list_->GetColumnCount() > 0 && list_->widthsChanged())
    Settings::setColumnWidths(entity_->name, list_->columnWidths());
}

void MainFrame::onClose(wxCloseEvent& event) {
  runAction(this, _("Save settings"), [this] {
    savePlacement();
    saveColumnWidths();
    Settings::saveRecent(recent_);
    Settings::flush();
  });
  event.Skip();
}

bool MainFrame::openRegister(const std::string& target, bool create) {
  return runAction(this, _("Open register"), [&] {
    auto reg = Register::open(target, create);
    saveColumnWidths();
    register_ = std::move(reg);
    history_.clear();
    Settings::setLastRegister(target);
    recent_.AddFileToHistory(toWx(target));
    Settings::saveRecent(recent_);
    entity_ = nullptr;
    showEntity(postDef());
    refreshAttention();
    updateTitle();
    list_->SetFocus();
  });
}

void MainFrame::showEntity(const EntityDef& def) {
  saveColumnWidths();
  entity_ = &def;
  const auto& all = navigatorEntries();
  for (std::size_t i = 0; i < all.size(); ++i)
    if (all[i] == &def && navigator_->GetSelection() != static_cast<int>(i))
      navigator_->SetSelection(static_cast<int>(i));
  list_->model().clear();
  list_->model().setRows(def, loadRows(def));
  list_->model().setFilter(fromWx(filter_->GetValue()));
  list_->resetColumns(Settings::columnWidths(def.name));
  if (list_->model().visibleCount() > 0) list_->selectKey(list_->model().visibleRow(0).key);
  updateStatus();
}

Date MainFrame::asAt() const { return asAtPicker_->date(); }

void MainFrame::setAsAt(const Date& date) {
  asAtPicker_->setDate(date);
  reload();
}

std::vector<StoredVersion> MainFrame::loadRows(const EntityDef& def) {
  shownOf_ = 0;
  if (!register_) return {};
  std::vector<StoredVersion> rows;
  const Date date = asAt();
  Register& reg = *register_;
  runWithProgress(
      this, _("Reading the register"),
      [&](Progress& progress) {
        progress.step(0, 0, "Reading " + navigatorLabel(def) + " as at " + formatUk(date));
        if (isActivityView(def)) {
          ActivityRows view = activityRows(reg, def, date);
          rows = std::move(view.rows);
          shownOf_ = view.total;
        } else {
          rows = VersionStore(reg, def).asAt(AsAt{date, boost::none});
        }
      },
      false);
  return rows;
}

bool MainFrame::readOnlyList() const { return entity_ && isActivityView(*entity_); }

void MainFrame::reload() {
  if (!entity_) return;
  const std::string selected = list_->selectedKey();
  if (register_) list_->model().setRows(*entity_, loadRows(*entity_));
  list_->refreshRows();
  if (!selected.empty()) list_->selectKey(selected);
  refreshAttention();
  updateStatus();
}

void MainFrame::updateTitle() {
  SetTitle(register_ ? wxString::Format(_("S113 Register - %s"), toWx(register_->displayName()))
                     : _("S113 Register"));
}

void MainFrame::updateStatus() {
  if (!GetStatusBar()) return;
  SetStatusText(register_ ? toWx(register_->displayName()) : _("No register open"),
                STATUS_REGISTER);
  SetStatusText(
      register_ ? wxString::Format(_("User: %s (%s)"), toWx(register_->actingUser()), toWx(register_->roles().names()))
                : wxString(),
      STATUS_USER);
  SetStatusText(wxString::Format(_("As at %s"), toWx(formatUk(asAt()))), STATUS_AS_AT);
  const auto& model = list_->model();
  wxString count;
  if (entity_) {
    const wxString what = entity_ == &auditView()
                              ? _("changes")
                              : wxGetTranslation(toWx(navigatorLabel(*entity_))).Lower();
    count =
        model.visibleCount() == model.totalCount()
            ? wxString::Format(_("%zu %s"), model.totalCount(), what)
            : wxString::Format(_("%zu of %zu %s"), model.visibleCount(), model.totalCount(), what);
    if (shownOf_ > model.totalCount())
      count += wxString::Format(_(" (the newest of %zu)"), shownOf_);
  }
  // A list the user's role may not change says so, and why (services/Roles.h).
  const std::string why = register_ && entity_ && !readOnlyList()
                              ? whyNot(*register_, writeActionFor(entity_->name))
                              : std::string();
  if (!why.empty()) count += _(" - read only for your role");
  SetStatusText(count, STATUS_COUNT);
  count_->SetLabel(count);
  count_->SetToolTip(toWx(why));
}

bool MainFrame::requireRegister() {
  if (register_ && entity_) return true;
  showError(this,
            ErrorReport{_("No register"), _("Open or create a register first."),
                        _("Use File > Open register, New register or Connect to PostgreSQL.")});
  return false;
}

void MainFrame::onNavigate(wxCommandEvent& event) {
  const auto& all = navigatorEntries();
  int index = event.GetSelection();
  if (index < 0 || index >= static_cast<int>(all.size()) || all[index] == entity_) return;
  runAction(this, _("Show records"), [&] { showEntity(*all[index]); });
}

void MainFrame::onFilter(wxCommandEvent&) {
  const std::string selected = list_->selectedKey();
  list_->model().setFilter(fromWx(filter_->GetValue()));
  list_->refreshRows();
  if (!selected.empty()) list_->selectKey(selected);
  updateStatus();
}

void MainFrame::onAsAtChanged(wxDateEvent&) {
  runAction(this, _("Show the register as at a date"), [this] { reload(); });
}

void MainFrame::onActivate(wxListEvent&) {
  if (readOnlyList())
    openSelectedActivity();
  else
    editSelected();
}

void MainFrame::onListKey(wxListEvent& event) {
  if (event.GetKeyCode() == WXK_DELETE)
    deleteSelected();
  else
    event.Skip();
}

const std::vector<MainFrame::Shortcut>& MainFrame::shortcuts() {
  static const std::vector<Shortcut> keys = {
      {wxMOD_CONTROL, 'N', ID_NEW_RECORD}, {wxMOD_CONTROL, 'E', ID_EDIT_RECORD},
      {wxMOD_CONTROL, 'D', ID_DECIDE},     {wxMOD_CONTROL, 'R', ID_RECHARGES},
      {wxMOD_CONTROL, 'F', ID_FIND},       {wxMOD_CONTROL, 'P', ID_PRINT_LIST},
      {wxMOD_CONTROL, 'Z', wxID_UNDO},     {wxMOD_CONTROL, 'Y', wxID_REDO},
      {wxMOD_NONE, WXK_F1, wxID_HELP},     {wxMOD_NONE, WXK_F5, ID_RELOAD},
  };
  return keys;
}

void MainFrame::onCharHook(wxKeyEvent& event) {
  // The menus' shortcuts, before the focused control sees the key: GTK's
  // list boxes take Ctrl+N and Ctrl+P as "next" and "previous" row, and a
  // text box takes Ctrl+Z. The filter box keeps its own undo and the
  // clipboard keys, which are not listed here.
  const bool inText = dynamic_cast<wxTextCtrl*>(FindFocus()) != nullptr;
  for (const Shortcut& key : shortcuts()) {
    if (event.GetModifiers() != key.modifiers || event.GetKeyCode() != key.keyCode) continue;
    if (inText && (key.command == wxID_UNDO || key.command == wxID_REDO)) break;
    UpdateWindowUI(wxUPDATE_UI_FROMIDLE);  // a disabled command does nothing
    ProcessCommand(key.command);
    return;
  }
  event.Skip();
}

void MainFrame::onUpdateUndoRedo(wxUpdateUIEvent& event) {
  const bool undoing = event.GetId() == wxID_UNDO;
  const bool can = register_ && (undoing ? history_.canUndo() : history_.canRedo());
  event.Enable(can);
  const std::string what = undoing ? history_.undoLabel() : history_.redoLabel();
  const wxString base = undoing ? _("&Undo") : _("&Redo");
  event.SetText(base + (what.empty() ? wxString() : " " + toWx(what)) +
                (undoing ? "\tCtrl+Z" : "\tCtrl+Y"));
}

void MainFrame::onUpdateNeedsRegister(wxUpdateUIEvent& event) {
  event.Enable(register_ != nullptr);
}

void MainFrame::onUpdateNeedsEditableList(wxUpdateUIEvent& event) {
  event.Enable(register_ != nullptr && !readOnlyList() &&
               (!entity_ || allows(register_->roles(), writeActionFor(entity_->name))));
}

void MainFrame::onUpdateNeedsRole(wxUpdateUIEvent& event) {
  // An export, a backup and the schedule carry salaries; storing pay is
  // finance's; roles and personal data are the admin's.
  const Action action = event.GetId() == ID_PAYROLL_IMPORT ? Action::EditFinance
                        : event.GetId() == ID_ADMIN        ? Action::ManageRoles
                                                           : Action::ReadSalaries;
  const std::string why = register_ ? whyNot(*register_, action) : std::string();
  event.Enable(register_ != nullptr && why.empty());
  if (wxMenuBar* bar = GetMenuBar())
    if (bar->FindItem(event.GetId())) bar->SetHelpString(event.GetId(), why.empty() ? menuHelp_[event.GetId()] : toWx(why));
}

void MainFrame::onAbout(wxCommandEvent&) { openAbout(); }

}  // namespace s113::ui
