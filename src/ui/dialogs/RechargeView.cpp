#include "ui/dialogs/RechargeView.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>

#include <algorithm>

#include "reports/Catalogue.h"
#include "reports/Writers.h"
#include "services/ClosedPeriods.h"
#include "services/RechargeService.h"
#include "ui/ErrorDisplay.h"
#include "ui/Resources.h"
#include "ui/WxText.h"

namespace s113::ui {
namespace {

wxString heading(const std::string& column) {
  std::string text = column;
  for (char& c : text)
    if (c == '_') c = ' ';
  if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return toWx(text);
}

}  // namespace

std::string screenText(const TableCell& cell) {
  switch (cell.kind) {
    case TableCell::Kind::Money:
      return formatMoneyDisplay(cell.value);
    case TableCell::Kind::Date:
      return cell.text.empty() ? cell.text : formatUk(parseIsoDate(cell.text));
    default:
      return cell.text;
  }
}

void fillList(wxListCtrl* list, const Table& table) {
  list->Freeze();
  list->ClearAll();
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    bool money = !table.rows.empty() && c < table.rows.front().size() &&
                 table.rows.front()[c].kind == TableCell::Kind::Money;
    list->AppendColumn(heading(table.columns[c]), money ? wxLIST_FORMAT_RIGHT : wxLIST_FORMAT_LEFT);
  }
  long index = 0;
  for (const auto& row : table.rows) {
    for (std::size_t c = 0; c < row.size() && c < table.columns.size(); ++c) {
      if (c == 0)
        list->InsertItem(index, toWx(screenText(row[c])));
      else
        list->SetItem(index, static_cast<int>(c), toWx(screenText(row[c])));
    }
    ++index;
  }
  // Wide enough for the header and for every cell.
  for (int c = 0; c < static_cast<int>(table.columns.size()); ++c) {
    list->SetColumnWidth(c, wxLIST_AUTOSIZE_USEHEADER);
    const int header = list->GetColumnWidth(c);
    int cells = 0;
    if (!table.rows.empty()) {
      list->SetColumnWidth(c, wxLIST_AUTOSIZE);
      cells = list->GetColumnWidth(c);
    }
    list->SetColumnWidth(c, std::max({header, cells, 70}));
  }
  list->Thaw();
}

RechargeView::RechargeView(wxWindow* parent, Register& reg, const FinancialYear& year) : reg_(reg) {
  loadDialog(this, parent, "recharge_view");
  year_ = requireControl<wxChoice>(this, "year");
  summary_ = requireControl<wxStaticText>(this, "summary");
  lines_ = requireControl<wxListCtrl>(this, "lines");
  pairs_ = requireControl<wxListCtrl>(this, "pairs");
  net_ = requireControl<wxListCtrl>(this, "net");
  export_ = requireControl<wxButton>(this, "export");
  requireControl<wxButton>(this, "wxID_CLOSE");
  SetEscapeId(wxID_CLOSE);
  for (int y = kFirstYear; y <= kLastYear; ++y) year_->Append(toWx(FinancialYear(y).label()));

  year_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { showYear(this->year()); });
  export_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onExport(); });
  closeOnCloseButton(this);
  showYear(year);
  Layout();
  Fit();
  CentreOnParent();
}

FinancialYear RechargeView::year() const {
  const int index = year_->GetSelection();
  return FinancialYear(kFirstYear + (index < 0 ? 0 : index));
}

bool RechargeView::showYear(const FinancialYear& year) {
  const int index = year.startYear() - kFirstYear;
  if (index >= 0 && index < static_cast<int>(year_->GetCount())) year_->SetSelection(index);
  lines_->ClearAll();
  pairs_->ClearAll();
  net_->ClearAll();
  summary_->SetLabel(wxString());
  return runAction(this, _("Show the recharges"), [this, year] {
    const Schedule schedule = invoicedSchedule(reg_, year);  // closed periods as invoiced
    const Table lines = scheduleLinesTable(schedule);
    const std::size_t adjustments = adjustmentsOf(schedule).size();
    fillList(lines_, lines);
    fillList(pairs_, schedulePairsTable(schedule));
    fillList(net_, scheduleNetTable(schedule));
    const OptionalDate closed = closedThrough(reg_, year);
    wxString summary = wxString::Format(_("%s: %zu schedule lines"), toWx(year.label()), lines.rows.size());
    if (closed)
      summary += wxString::Format(_("; closed through %s, %zu adjustments"), toWx(formatUk(*closed)),
                                  adjustments);
    summary_->SetLabel(summary);
  });
}

wxString RechargeView::summaryText() const { return summary_->GetLabel(); }

bool RechargeView::exportTo(const std::string& path) {
  return runAction(this, _("Export the recharges"), [this, path] {
    reports::ReportParams params;
    params.year = year();
    reports::writeReport(reports::rechargeReport(reg_, params), path);
  });
}

void RechargeView::onExport() {
  // "recharges-2013-14.xlsx"; the file gets the extension of the format chosen.
  wxFileDialog dialog(this, _("Export the recharges"), wxString(),
                      toWx(reports::rechargeFileName(year(), "xlsx")),
                      _("Excel workbook (*.xlsx)|*.xlsx|CSV file (*.csv)|*.csv"),
                      wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (dialog.ShowModal() != wxID_OK) return;
  const std::string path =
      reports::withExtension(fromWx(dialog.GetPath()), dialog.GetFilterIndex() == 1 ? "csv" : "xlsx");
  if (exportTo(path))
    showInfo(this, _("Export"), wxString::Format(_("The recharges were written to %s."), toWx(path)));
}

}  // namespace s113::ui
