// The main window's list: which entity it shows, and reading its rows. An
// entity's records arrive a page at a time (services/ListPages.h): the first
// page at once, the rest while the window is idle, so a national register's
// first screen shows without waiting for all 250,000 posts. What needs every
// row (printing or saving the list) reads the rest first.
#include <wx/intl.h>
#include <wx/utils.h>
#include <wx/listbox.h>
#include <wx/textctrl.h>

#include "services/ListPages.h"
#include "ui/ErrorDisplay.h"
#include "ui/MainFrame.h"
#include "ui/ProgressRunner.h"
#include "ui/Settings.h"
#include "ui/WxText.h"
#include "ui/models/ActivityViews.h"
#include "ui/panels/DateField.h"
#include "ui/panels/RecordListView.h"

namespace s113::ui {

void MainFrame::showEntity(const EntityDef& def) {
  saveColumnWidths();
  entity_ = &def;
  const auto& all = navigatorEntries();
  for (std::size_t i = 0; i < all.size(); ++i)
    if (all[i] == &def && navigator_->GetSelection() != static_cast<int>(i))
      navigator_->SetSelection(static_cast<int>(i));
  list_->model().clear();
  list_->model().setFilter(fromWx(filter_->GetValue()));
  startReading(def);
  list_->resetColumns(Settings::columnWidths(def.name));
  if (list_->model().visibleCount() > 0) list_->selectKey(list_->model().visibleRow(0).key);
  updateStatus();
}

void MainFrame::startReading(const EntityDef& def) {
  pages_.reset();
  selectWhenRead_.clear();
  shownOf_ = 0;
  RecordTableModel& model = list_->model();
  if (!register_) {
    model.setRows(def, std::vector<StoredVersion>());
  } else if (isActivityView(def)) {
    model.setRows(def, readActivityView(def));
  } else {
    model.startRows(def);
    pages_ = std::make_unique<ListPages>(*register_, def, AsAt{asAt(), boost::none});
    model.appendRows(pages_->next(firstPageRows_));
    if (pages_->done()) finishedReading();
  }
}

std::vector<TextRow> MainFrame::readActivityView(const EntityDef& def) {
  std::vector<TextRow> rows;
  const Date date = asAt();
  Register& reg = *register_;
  runWithProgress(
      this, _("Reading the register"),
      [&](Progress& progress) {
        progress.step(0, 0, "Reading " + navigatorLabel(def) + " as at " + formatUk(date));
        ActivityRows view = activityRows(reg, def, date);
        rows = std::move(view.rows);
        shownOf_ = view.total;
      },
      false);
  return rows;
}

void MainFrame::readNextPage() {
  const std::string selected = list_->selectedKey();
  list_->model().appendRows(pages_->next(pageRows_));
  // The rows shown keep their places until the last page, which sorts them.
  const bool reordered = pages_->done() && list_->model().sortColumn() >= 0;
  if (pages_->done()) finishedReading();
  list_->refreshRows();
  if (!selectWhenRead_.empty()) {
    if (list_->model().positionOfKey(selectWhenRead_) >= 0) {
      list_->selectKey(selectWhenRead_);
      selectWhenRead_.clear();
    }
  } else if (reordered && !selected.empty()) {
    list_->selectKey(selected);
  }
  updateStatus();
}

void MainFrame::finishedReading() {
  list_->model().finishRows();
  pages_.reset();
}

void MainFrame::onIdle(wxIdleEvent& event) {
  // Not while long work has the register (its progress dialog lets some
  // events through, on some platforms idle ones): the events after it ask again.
  if (!pages_ || workInProgress()) return;
  if (!runAction(this, _("Read the list"), [this] { readNextPage(); })) pages_.reset();
  if (pages_) event.RequestMore();
}

// On this thread, not runWithProgress's worker: each page goes into the
// list's model, which the window paints from.
void MainFrame::readWholeList() {
  if (!pages_) return;
  wxBusyCursor busy;
  while (pages_) readNextPage();
}

void MainFrame::selectRecord(const std::string& key) {
  list_->selectKey(key);
  if (pages_ && list_->selectedKey() != key) selectWhenRead_ = key;
}

bool MainFrame::readingList() const { return pages_ != nullptr; }

void MainFrame::reload() {
  if (!entity_) return;
  const std::string selected = list_->selectedKey();
  startReading(*entity_);
  list_->refreshRows();
  if (!selected.empty()) selectRecord(selected);
  refreshAttention();
  updateStatus();
}

}  // namespace s113::ui
