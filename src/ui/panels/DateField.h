// A date entry that always reads and writes dd/mm/yyyy, whatever the
// machine's locale (wxDatePickerCtrl follows the locale, so under the C
// locale it shows mm/dd/yyyy): a text field with a calendar drop-down. The
// typed date takes effect on Enter or when the field loses focus; a picked
// day when the calendar closes. Either way a wxEVT_DATE_CHANGED is sent when
// the date changed. A text that is not a date is refused: the field shows
// the date it had and the error callback (if set) hears why.
#pragma once
#include <wx/combo.h>

#include <functional>
#include <string>

#include "domain/Dates.h"

namespace s113::ui {

class DateField : public wxComboCtrl {
 public:
  DateField(wxWindow* parent, wxWindowID id, const Date& value);

  Date date() const { return date_; }
  // Shows `value` without sending an event.
  void setDate(const Date& value);
  // Takes the typed text (as Enter does); returns false when it is not a date.
  bool commitText();
  void setErrorHandler(std::function<void(const std::string&)> handler) {
    onError_ = std::move(handler);
  }

 private:
  friend class CalendarPopup;
  void choose(const Date& value);  // a day picked or typed: show it, tell when changed
  Date date_;
  std::function<void(const std::string&)> onError_;
};

}  // namespace s113::ui
