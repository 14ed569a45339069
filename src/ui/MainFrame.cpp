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
#include "services/ListPages.h"
#include "services/RecordReads.h"
#include "services/Roles.h"
#include "ui/AppIcon.h"
#include "ui/ErrorDisplay.h"
#include "ui/MenuIds.h"
#include "ui/Settings.h"
#include "ui/WxText.h"
#include "ui/models/ActivityViews.h"
#include "ui/panels/DateField.h"
#include "ui/panels/RecordListView.h"

namespace s113::ui {
namespace {

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
  Bind(wxEVT_IDLE, &MainFrame::onIdle, this);
  updateTitle();
  updateStatus();
}

MainFrame::~MainFrame() = default;

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
    pages_.reset();  // it reads the register being closed
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

Date MainFrame::asAt() const { return asAtPicker_->date(); }

void MainFrame::setAsAt(const Date& date) {
  asAtPicker_->setDate(date);
  reload();
}

bool MainFrame::readOnlyList() const { return entity_ && isActivityView(*entity_); }

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
    if (pages_) count += _(" so far, reading the rest...");
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
