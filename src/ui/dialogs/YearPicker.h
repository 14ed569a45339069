// "Which financial year?": asked before a report that covers one year (the
// recharge report), so the report shows the year the user picks rather than
// the year of the window's as-at date.
#pragma once
#include <wx/dialog.h>

#include "domain/Dates.h"

class wxChoice;

namespace s113::ui {

class YearPicker : public wxDialog {
 public:
  static constexpr int kFirstYear = 2009;
  static constexpr int kLastYear = 2027;

  YearPicker(wxWindow* parent, const wxString& title, const FinancialYear& initial);
  FinancialYear year() const;
  void setYear(const FinancialYear& year);
  wxChoice* yearChoice() const { return year_; }

 private:
  wxChoice* year_ = nullptr;
};

}  // namespace s113::ui
