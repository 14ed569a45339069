#include "ui/panels/RecordListView.h"

#include <wx/intl.h>

#include "ui/WxText.h"

namespace s113::ui {

RecordListView::RecordListView(wxWindow* parent, wxWindowID id)
    : wxListCtrl(parent, id, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL | wxLC_HRULES | wxLC_VRULES) {
  Bind(wxEVT_LIST_COL_CLICK, &RecordListView::onColumnClick, this);
}

namespace {

int defaultWidth(const FieldDef* field) {
  if (!field) return 110;
  switch (field->type) {
    case FieldType::Text:
      return 220;
    case FieldType::Date:
    case FieldType::Money:
      return 100;
    case FieldType::Fte:
    case FieldType::Percent:
    case FieldType::Integer:
    case FieldType::Bool:
      return 70;
    case FieldType::Split:
      return 160;
    default:
      return 120;
  }
}

}  // namespace

void RecordListView::resetColumns(const std::vector<int>& widths) {
  SetItemCount(0);
  DeleteAllColumns();
  for (std::size_t c = 0; c < model_.columnCount(); ++c) {
    const FieldDef* field = model_.columnField(c);
    int format = field && (field->type == FieldType::Money || field->type == FieldType::Fte ||
                           field->type == FieldType::Percent || field->type == FieldType::Integer)
                     ? wxLIST_FORMAT_RIGHT
                     : wxLIST_FORMAT_LEFT;
    int width = c < widths.size() && widths[c] > 0 ? widths[c] : defaultWidth(field);
    InsertColumn(static_cast<long>(c), wxGetTranslation(toWx(model_.columnLabel(c))), format,
                 width);
  }
  refreshRows();
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
