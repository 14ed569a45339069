#include "ui/panels/SplitEditor.h"

#include <wx/grid.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>

#include "domain/Money.h"
#include "ui/WxText.h"
#include "ui/models/SplitText.h"

namespace s113::ui {
namespace {

constexpr int kMinRows = 3;

}  // namespace

SplitEditor::SplitEditor(wxWindow* parent, const std::string& field,
                         const std::vector<std::string>& partners)
    : wxPanel(parent, wxID_ANY) {
  SetName("split_" + toWx(field));
  line_ = new wxTextCtrl(this, wxXmlResource::GetXRCID(toWx(field)), wxString(), wxDefaultPosition,
                         wxSize(300, -1));
  line_->SetName(toWx(field));
  line_->SetHint(_("BNES 60%, BCCG 40%"));
  grid_ = new wxGrid(this, wxXmlResource::GetXRCID(toWx("grid_" + field)));
  grid_->SetName(toWx("grid_" + field));
  grid_->CreateGrid(kMinRows, 2);
  grid_->SetColLabelValue(0, _("Partner"));
  grid_->SetColLabelValue(1, _("Percent"));
  grid_->HideRowLabels();
  grid_->SetColLabelSize(22);
  grid_->SetDefaultRowSize(22);
  grid_->SetColSize(0, 150);
  grid_->SetColSize(1, 90);
  if (!partners.empty()) {
    wxArrayString codes;
    for (const auto& p : partners) codes.Add(toWx(p));
    auto* attr = new wxGridCellAttr;
    attr->SetEditor(new wxGridCellChoiceEditor(codes, true));
    grid_->SetColAttr(0, attr);
  }
  total_ = new wxStaticText(this, wxXmlResource::GetXRCID(toWx("total_" + field)), wxString());
  total_->SetName(toWx("total_" + field));

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(line_, 0, wxEXPAND);
  sizer->Add(grid_, 0, wxTOP, 4);
  sizer->Add(total_, 0, wxTOP, 2);
  SetSizer(sizer);
  line_->Bind(wxEVT_TEXT, [this](wxCommandEvent& e) {
    lineToGrid();
    e.Skip();
  });
  grid_->Bind(wxEVT_GRID_CELL_CHANGED, &SplitEditor::onCellChanged, this);
  showTotal();
}

void SplitEditor::lineToGrid() {
  std::vector<SplitRow> rows;
  if (!splitRows(fromWx(line_->GetValue()), rows)) {
    total_->SetLabel(_("Type each part as CODE 60% or CODE:60"));
    return;
  }
  const int wanted = std::max<int>(kMinRows, static_cast<int>(rows.size()) + 1);
  if (grid_->GetNumberRows() < wanted) grid_->AppendRows(wanted - grid_->GetNumberRows());
  if (grid_->GetNumberRows() > wanted) grid_->DeleteRows(wanted, grid_->GetNumberRows() - wanted);
  for (int r = 0; r < grid_->GetNumberRows(); ++r) {
    const bool has = r < static_cast<int>(rows.size());
    grid_->SetCellValue(r, 0, has ? toWx(rows[r].partner) : wxString());
    grid_->SetCellValue(r, 1, has ? toWx(rows[r].percent) : wxString());
  }
  showTotal();
}

void SplitEditor::gridToLine() {
  std::vector<SplitRow> rows;
  for (int r = 0; r < grid_->GetNumberRows(); ++r)
    rows.push_back({fromWx(grid_->GetCellValue(r, 0)), fromWx(grid_->GetCellValue(r, 1))});
  line_->ChangeValue(toWx(storedSplit(rows)));
  int used = 0;
  for (int r = 0; r < grid_->GetNumberRows(); ++r)
    if (!grid_->GetCellValue(r, 0).empty() || !grid_->GetCellValue(r, 1).empty()) used = r + 1;
  if (used == grid_->GetNumberRows()) grid_->AppendRows(1);
  showTotal();
}

void SplitEditor::onCellChanged(wxGridEvent& event) {
  gridToLine();
  event.Skip();
}

void SplitEditor::showTotal() {
  std::vector<SplitRow> rows;
  for (int r = 0; r < grid_->GetNumberRows(); ++r)
    rows.push_back({fromWx(grid_->GetCellValue(r, 0)), fromWx(grid_->GetCellValue(r, 1))});
  BasisPoints total(0);
  if (!splitTotal(rows, total)) {
    total_->SetLabel(_("Total: a percentage is not a number"));
    total_->SetForegroundColour(wxColour(0xC0, 0x00, 0x00));
    return;
  }
  total_->SetLabel(wxString::Format(_("Total: %s%%"),
                                    toWx(formatPercent(total))));
  const bool whole = total == kWholeShare || total == BasisPoints(0);
  total_->SetForegroundColour(whole ? GetForegroundColour() : wxColour(0xC0, 0x00, 0x00));
}

wxString SplitEditor::totalText() const { return total_->GetLabel(); }

}  // namespace s113::ui
