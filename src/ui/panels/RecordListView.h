// The register list: a virtual wxListCtrl (no per-row widgets; the control
// asks for the text of the rows it paints) over a RecordTableModel. Clicking a
// column header sorts by it (again: the other way).
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

  // Rebuilds the columns for the model's entity (widths as given, else a
  // width per field type).
  void resetColumns(const std::vector<int>& widths);
  std::vector<int> columnWidths() const;
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
  RecordTableModel model_;
};

}  // namespace s113::ui
