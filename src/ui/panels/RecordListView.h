// The register list: a virtual wxListCtrl (no per-row widgets; the control
// asks for the text of the rows it paints) over a RecordTableModel. Clicking a
// column header sorts by it (again: the other way). Columns open as wide as
// their content (a sample of the rows) unless the user set their widths;
// the header follows a horizontal scroll.
#pragma once
#include <wx/listctrl.h>

#include <string>
#include <vector>

#include "ui/models/RecordTableModel.h"

namespace s113::ui {

class RecordListView : public wxListCtrl {
 public:
  explicit RecordListView(wxWindow* parent, wxWindowID id = wxID_ANY);

  RecordTableModel& model() { return model_; }
  const RecordTableModel& model() const { return model_; }

  // Rebuilds the columns for the model's entity (widths as given, else
  // fitted to the header and the content).
  void resetColumns(const std::vector<int>& widths);
  std::vector<int> columnWidths() const;
  // The width that shows column `column`'s header and the text of a sample
  // of its rows (the first and the longest few hundred), within limits.
  int fittedWidth(std::size_t column) const;
  // Whether a column was resized since resetColumns (only then are the
  // widths worth remembering).
  bool widthsChanged() const;
  // Tells the control the model's rows changed (count, order or content).
  void refreshRows();
  // Sorts by a column as a header click does.
  void sortByColumn(int column);

  // The key of the selected (focused) row; "" when none.
  std::string selectedKey() const;
  void selectKey(const std::string& key);

 protected:
  wxString OnGetItemText(long item, long column) const override;

 private:
  void onColumnClick(wxListEvent& event);
  void followHorizontalScroll();
  RecordTableModel model_;
  std::vector<int> openedWidths_;  // as resetColumns made them
  int shownScrollX_ = 0;           // the horizontal scroll position the header was drawn at
};

}  // namespace s113::ui
