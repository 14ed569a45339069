// The main window: a navigator of every entity of the catalogue on the left,
// the register list of the selected entity on the right (filter as you type,
// an "as at" date, sortable columns), menus for registers, exchange, backup,
// records and undo/redo of this session's edits. Every action runs inside
// runAction (ErrorDisplay.h): it may fail, it never crashes the program.
// MainFrame.cpp builds the window, MainFrameList.cpp fills its list (a page
// at a time), MainFrameActions.cpp holds the record actions and the windows
// it opens, MainFrameFiles.cpp the File menu.
#pragma once
#include <wx/filehistory.h>
#include <wx/frame.h>
#include <wx/menu.h>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "domain/Dates.h"
#include "domain/EntityDef.h"
#include "reports/Catalogue.h"
#include "storage/Register.h"
#include "services/RecordReads.h"
#include "ui/EditHistory.h"
#include "ui/models/RecordTableModel.h"

class wxDialog;
class wxDateEvent;
class wxIdleEvent;
class wxListBox;
class wxListEvent;
class wxSplitterWindow;
class wxStaticText;
class wxTextCtrl;

namespace s113 {
class ListPages;
}

namespace s113::ui {

class DateField;
class RecordDialog;
class RecordListView;

class MainFrame : public wxFrame {
 public:
  MainFrame();
  ~MainFrame() override;

  // Opens a register (a SQLite file or a postgresql:// connection string)
  // and shows its posts. Shows the error and returns false when it fails.
  bool openRegister(const std::string& target, bool create);
  Register* currentRegister() { return register_.get(); }

  // The list shows this entity's records, or one of the read-only activity
  // views (ui/models/ActivityViews.h: decisions, forum meetings, audit log).
  void showEntity(const EntityDef& def);
  const EntityDef* currentEntity() const { return entity_; }
  // The "as at" date of the list (reloads it).
  void setAsAt(const Date& date);
  Date asAt() const;
  // Reads the list again from the register (keeps filter, sort and selection).
  void reload();
  // Selects a record's row; one not read yet is selected when its page is.
  void selectRecord(const std::string& key);
  // True while the list's later pages are still being read (MainFrameList.cpp).
  bool readingList() const;
  // Reads the rest of the list now (what needs every row: printing, saving).
  void readWholeList();
  // Tests: the rows of the first page and of each later one.
  void setListPages(std::size_t firstPageRows, std::size_t pageRows) {
    firstPageRows_ = firstPageRows;
    pageRows_ = pageRows;
  }

  // The record actions (what the menus and keys do).
  void newRecord();
  void editSelected();
  void deleteSelected();
  void undo();
  void redo();
  void importFrom(const std::string& folder);
  void exportTo(const std::string& folder);
  void backupTo(const std::string& file);
  // The list as shown (filtered, sorted): previewed for printing, or written
  // to a file whose extension says the format (.pdf, .xlsx, .csv, .html).
  void printList();
  void saveListAs(const std::string& path);

  // How record forms are shown: ShowModal unless a test installs a runner
  // (which shows the form, drives it and returns its return code).
  using DialogRunner = std::function<int(RecordDialog&)>;
  void setDialogRunner(DialogRunner runner) { dialogRunner_ = std::move(runner); }

  // The employer decision for a post (empty: the post selected in the posts
  // list, else the first), and the recharge schedule of a year (none: the
  // year holding the "as at" date).
  void openDecisionWizard(const std::string& postRef = std::string());
  void openRecharges(const std::optional<FinancialYear>& year = std::nullopt);
  // The payroll import assistant (dialogs/PayrollImportDialog.h).
  void openPayrollImport();
  // Admin > Roles and personal data (dialogs/AdminDialog).
  void openAdmin();
  // How the decision wizard and the recharge view are shown: ShowModal unless
  // a test installs a runner.
  // Previews a report of the catalogue (reports/Catalogue.h) as HTML, ready
  // to print; "decision" reports on the post selected in the posts list.
  void openReport(const std::string& name);
  void openForumPack();  // Reports > Forum pack... (dialogs/ForumPackDialog.h)
  // What a double-click (Enter) on a row of an activity view does: a
  // decision's record, a meeting's forum pack, the version an audit log's
  // change made, the record a warning is about.
  void openSelectedActivity();
  // Help: the user guide (F1) at one of its pages, and the About box.
  void openUserGuide(const std::string& page = "index.html");
  void openAbout();
  using WindowRunner = std::function<int(wxDialog&)>;
  void setWindowRunner(WindowRunner runner) { windowRunner_ = std::move(runner); }

  // How many warnings "Needs attention" lists as at the list's date (shown in
  // the status bar; counted again whenever the list is reloaded).
  std::size_t attentionCount() const { return attentionCount_; }

  RecordListView* list() const { return list_; }
  wxTextCtrl* filterBox() const { return filter_; }
  DateField* asAtPicker() const { return asAtPicker_; }
  wxListBox* navigator() const { return navigator_; }
  const EditHistory& history() const { return history_; }

 private:
  // The status bar's fields.
  enum StatusField { STATUS_REGISTER, STATUS_USER, STATUS_AS_AT, STATUS_COUNT, STATUS_ATTENTION };
  static constexpr int kStatusFields = STATUS_ATTENTION + 1;

  // The menu bar (MainFrameMenus.cpp).
  void buildMenus();
  wxMenu* fileMenu();
  void bindFileCommands();
  void bindRecordCommands();
  void bindMenuUpdates(wxMenuBar& bar);
  void buildLayout();
  void restorePlacement();
  void savePlacement();
  void saveColumnWidths();
  void updateStatus();
  // Counts the warnings again and shows the count (MainFrameAttention.cpp).
  void refreshAttention();
  void updateTitle();
  bool requireRegister();
  bool requireEditableList();
  bool readOnlyList() const;
  // Fills the list with an entity's rows as at the "as at" date: the first
  // page now, the others when idle (MainFrameList.cpp).
  void startReading(const EntityDef& def);
  // An activity view's rows (with a progress dialog when reading takes long).
  std::vector<TextRow> readActivityView(const EntityDef& def);
  void readNextPage();
  void finishedReading();
  void onIdle(wxIdleEvent& event);
  void previewReport(const std::string& name, const reports::ReportParams& params);
  // The stored value of a field of the selected row ("" when none).
  std::string selectedCell(const std::string& field) const;
  int runDialog(RecordDialog& dialog);
  // The version the selected audit row's change made (VersionView).
  void openAuditChange();

  void onNavigate(wxCommandEvent& event);
  void onFilter(wxCommandEvent& event);
  void onAsAtChanged(wxDateEvent& event);
  void onActivate(wxListEvent& event);
  void onListKey(wxListEvent& event);
  void onClose(wxCloseEvent& event);
  // The window-wide shortcuts (whatever control has the focus).
  struct Shortcut {
    int modifiers;
    int keyCode;
    int command;
  };
  static const std::vector<Shortcut>& shortcuts();
  void onCharHook(wxKeyEvent& event);
  // Says that a record must be selected first; false when one is.
  bool requireSelection(const std::string& key);
  void onNewRegister(wxCommandEvent& event);
  void onOpen(wxCommandEvent& event);
  void onConnect(wxCommandEvent& event);
  void onRecent(wxCommandEvent& event);
  void onImport(wxCommandEvent& event);
  void onExport(wxCommandEvent& event);
  void onBackup(wxCommandEvent& event);
  void onSaveList(wxCommandEvent& event);
  reports::ReportDocument currentListDocument() const;
  void onUpdateUndoRedo(wxUpdateUIEvent& event);
  void onUpdateNeedsRegister(wxUpdateUIEvent& event);
  void onUpdateNeedsEditableList(wxUpdateUIEvent& event);
  // Export, Backup and the recharge schedule (salaries): disabled for a role
  // that may not read them, the menu item's help (shown in the status bar) saying why.
  void onUpdateNeedsRole(wxUpdateUIEvent& event);
  void onAbout(wxCommandEvent& event);

  std::unique_ptr<Register> register_;
  std::unique_ptr<ListPages> pages_;  // the list's rows still to read; null when all are
  std::size_t firstPageRows_ = 500;   // a screenful or two: the first screen shows at once
  std::size_t pageRows_ = 5000;       // each idle read: tens of milliseconds at 250,000 posts
  std::string selectWhenRead_;        // a record to select once its page is read
  const EntityDef* entity_ = nullptr;
  std::size_t shownOf_ = 0;
  std::size_t attentionCount_ = 0;  // a view cut at its limit: how many rows it has in all
  std::map<int, wxString> menuHelp_;  // the help of the items onUpdateNeedsRole may replace by a reason
  EditHistory history_;
  wxFileHistory recent_;
  DialogRunner dialogRunner_;
  WindowRunner windowRunner_;

  wxSplitterWindow* splitter_ = nullptr;
  wxListBox* navigator_ = nullptr;
  wxTextCtrl* filter_ = nullptr;
  DateField* asAtPicker_ = nullptr;
  wxStaticText* count_ = nullptr;
  RecordListView* list_ = nullptr;
};

// "Posts", "People", "Partnership agreements": an entity's plural label.
std::string pluralLabel(const EntityDef& def);
// The navigator's name of a list ("Placements & secondments").
std::string navigatorLabel(const EntityDef& def);
// The navigator's lists: every entity, then the activity views.
const std::vector<const EntityDef*>& navigatorEntries();

}  // namespace s113::ui
