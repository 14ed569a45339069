#include "ui/dialogs/YearPicker.h"

#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>

#include "ui/WxText.h"

namespace s113::ui {

YearPicker::YearPicker(wxWindow* parent, const wxString& title, const FinancialYear& initial)
    : wxDialog(parent, wxID_ANY, title) {
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  row->Add(new wxStaticText(this, wxID_ANY, _("&Financial year:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 8);
  year_ = new wxChoice(this, wxID_ANY);
  for (int y = kFirstYear; y <= kLastYear; ++y) year_->Append(toWx(FinancialYear(y).label()));
  row->Add(year_, 1);
  sizer->Add(row, 0, wxEXPAND | wxALL, 12);
  sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
  SetSizerAndFit(sizer);
  setYear(initial);
  year_->SetFocus();
  CentreOnParent();
}

FinancialYear YearPicker::year() const {
  const int index = year_->GetSelection();
  return FinancialYear(kFirstYear + std::max(index, 0));
}

void YearPicker::setYear(const FinancialYear& year) {
  const int index = std::clamp(year.startYear(), kFirstYear, kLastYear) - kFirstYear;
  year_->SetSelection(index);
}

}  // namespace s113::ui
