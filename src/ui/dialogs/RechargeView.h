// The recharge schedule of a financial year (forms/recharge_view.xrc): the
// year's lines, the totals per payer/payee pair and the net settlement as the
// recharge service computes them (services/RechargeService.h,
// RechargeTables.h); Export writes the recharge report as CSV or XLSX.
#pragma once
#include <wx/dialog.h>

#include <string>
#include <vector>

#include "domain/Dates.h"
#include "services/RechargeTables.h"
#include "storage/Register.h"

class wxButton;
class wxChoice;
class wxListCtrl;
class wxStaticText;

namespace s113::ui {

class RechargeView : public wxDialog {
 public:
  static constexpr int kFirstYear = 2009;
  static constexpr int kLastYear = 2027;

  RechargeView(wxWindow* parent, Register& reg, const FinancialYear& year);

  // Shows the schedule of `year` (returns false and shows why when it cannot be computed).
  bool showYear(const FinancialYear& year);
  FinancialYear year() const;
  // Writes the year's recharge report; the format from the extension (.csv, .xlsx).
  bool exportTo(const std::string& path);

  wxChoice* yearChoice() const { return year_; }
  wxListCtrl* linesList() const { return lines_; }
  wxListCtrl* pairsList() const { return pairs_; }
  wxListCtrl* netList() const { return net_; }
  wxButton* exportButton() const { return export_; }
  wxString summaryText() const;

 private:
  void onExport();

  Register& reg_;
  wxChoice* year_ = nullptr;
  wxStaticText* summary_ = nullptr;
  wxListCtrl* lines_ = nullptr;
  wxListCtrl* pairs_ = nullptr;
  wxListCtrl* net_ = nullptr;
  wxButton* export_ = nullptr;
};

// Fills a report-view list with a table: its columns as headers ("period_start"
// reads "Period start"), every cell's plain text, money right-aligned.
void fillList(wxListCtrl* list, const Table& table);

// How a cell reads on screen: money "£1,234.56", dates "30/04/2013", the
// rest as in files.
std::string screenText(const TableCell& cell);

}  // namespace s113::ui
