#include "ui/panels/RecordListView.h"

#include <wx/intl.h>

#include <algorithm>

#include "ui/WxText.h"

namespace s113::ui {

RecordListView::RecordListView(wxWindow* parent, wxWindowID id)
    : wxListCtrl(parent, id, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL | wxLC_HRULES | wxLC_VRULES) {
  Bind(wxEVT_LIST_COL_CLICK, &RecordListView::onColumnClick, this);
  // wxGTK's list (the generic one) repaints its header on scroll-bar events
  // only: a scroll by code, the wheel or the keyboard left the header over
  // the wrong columns. Whatever moved the rows, repaint the header too.
  Bind(wxEVT_IDLE, [this](wxIdleEvent& event) {
    followHorizontalScroll();
    event.Skip();
  });
}

void RecordListView::followHorizontalScroll() {
  const int x = GetScrollPos(wxHORIZONTAL);
  if (x == shownScrollX_) return;
  shownScrollX_ = x;
  for (wxWindow* child : GetChildren()) child->Refresh();
}

namespace {

// Fitted widths stay within these (pixels); the padding leaves room for the
// cell margins and the header's sort arrow.
constexpr int kMinWidth = 50;
constexpr int kMaxWidth = 400;
constexpr int kPadding = 16;
constexpr int kHeaderPadding = 28;
// How many rows a fitted width looks at (the list may hold 250,000).
constexpr std::size_t kSampleRows = 300;

}  // namespace

int RecordListView::fittedWidth(std::size_t column) const {
  int width = GetTextExtent(wxGetTranslation(toWx(model_.columnLabel(column)))).x + kHeaderPadding;
  const std::size_t rows = std::min(model_.visibleCount(), kSampleRows);
  for (std::size_t row = 0; row < rows && width < kMaxWidth; ++row)
    width = std::max(width, GetTextExtent(toWx(model_.cellText(row, column))).x + kPadding);
  return std::clamp(width, kMinWidth, kMaxWidth);
}

void RecordListView::resetColumns(const std::vector<int>& widths) {
  SetItemCount(0);
  DeleteAllColumns();
  for (std::size_t c = 0; c < model_.columnCount(); ++c) {
    const FieldDef* field = model_.columnField(c);
    int format = field && (field->type == FieldType::Money || field->type == FieldType::Fte ||
                           field->type == FieldType::Percent || field->type == FieldType::Integer)
                     ? wxLIST_FORMAT_RIGHT
                     : wxLIST_FORMAT_LEFT;
    const int width = c < widths.size() && widths[c] > 0 ? widths[c] : fittedWidth(c);
    InsertColumn(static_cast<long>(c), wxGetTranslation(toWx(model_.columnLabel(c))), format,
                 width);
  }
  openedWidths_ = columnWidths();
  refreshRows();
}

bool RecordListView::widthsChanged() const {
  return GetColumnCount() > 0 && columnWidths() != openedWidths_;
}

std::vector<int> RecordListView::columnWidths() const {
  std::vector<int> widths;
  for (int c = 0; c < GetColumnCount(); ++c) widths.push_back(GetColumnWidth(c));
  return widths;
}

void RecordListView::refreshRows() {
  SetItemCount(static_cast<long>(model_.visibleCount()));
  if (model_.sortColumn() >= 0 && model_.sortColumn() < GetColumnCount())
    ShowSortIndicator(model_.sortColumn(), model_.sortAscending());
  else
    RemoveSortIndicator();
  Refresh();
}

wxString RecordListView::OnGetItemText(long item, long column) const {
  if (item < 0 || column < 0) return wxString();
  return toWx(model_.cellText(static_cast<std::size_t>(item), static_cast<std::size_t>(column)));
}

void RecordListView::sortByColumn(int column) {
  const std::string selected = selectedKey();
  bool ascending = !(model_.sortColumn() == column && model_.sortAscending());
  model_.sortBy(static_cast<std::size_t>(column), ascending);
  refreshRows();
  if (!selected.empty()) selectKey(selected);
}

void RecordListView::onColumnClick(wxListEvent& event) {
  if (event.GetColumn() >= 0) sortByColumn(event.GetColumn());
}

std::string RecordListView::selectedKey() const {
  long item = GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
  if (item < 0 || static_cast<std::size_t>(item) >= model_.visibleCount()) return {};
  return model_.visibleRow(static_cast<std::size_t>(item)).key;
}

void RecordListView::selectKey(const std::string& key) {
  long old = GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
  if (old >= 0) SetItemState(old, 0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
  long position = model_.positionOfKey(key);
  if (position < 0) return;
  SetItemState(position, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
               wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
  EnsureVisible(position);
}

}  // namespace s113::ui
