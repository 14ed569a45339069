// A split between partners (a post's functional split, a joint post's cost
// share) edited two ways that stay in step: typed in one line, as stored
// ("BNES:60;BCCG:40") or as the lists show it ("BNES 60%, BCCG 40%"), or row
// by row in a small grid (partner, percent) under it, with the running total.
// The line is the field's control (named after the field); the grid is
// "grid_<field>", the total "total_<field>".
#pragma once
#include <wx/panel.h>

#include <string>
#include <vector>

class wxGrid;
class wxGridEvent;
class wxStaticText;
class wxTextCtrl;

namespace s113::ui {

class SplitEditor : public wxPanel {
 public:
  SplitEditor(wxWindow* parent, const std::string& field, const std::vector<std::string>& partners);

  wxTextCtrl* line() const { return line_; }
  wxGrid* grid() const { return grid_; }
  // Shows the line's split in the grid (after the line was set without an event).
  void showLine() { lineToGrid(); }
  // "Total: 100%" (what the total shows).
  wxString totalText() const;

 private:
  void lineToGrid();
  void gridToLine();
  void showTotal();
  void onCellChanged(wxGridEvent& event);

  wxTextCtrl* line_ = nullptr;
  wxGrid* grid_ = nullptr;
  wxStaticText* total_ = nullptr;
};

}  // namespace s113::ui
