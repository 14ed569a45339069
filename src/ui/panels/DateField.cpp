#include "ui/panels/DateField.h"

#include <wx/calctrl.h>
#include <wx/dateevt.h>
#include <wx/intl.h>
#include <wx/textctrl.h>

#include "ui/WxText.h"
#include "ui/models/FieldText.h"

namespace s113::ui {
namespace {

wxDateTime toWxDate(const Date& date) {
  return wxDateTime(static_cast<wxDateTime::wxDateTime_t>(date.day().as_number()),
                    static_cast<wxDateTime::Month>(date.month().as_number() - 1),
                    static_cast<int>(date.year()));
}

Date fromWxDate(const wxDateTime& value) {
  return Date(value.GetYear(), static_cast<int>(value.GetMonth()) + 1, value.GetDay());
}

}  // namespace

// The drop-down: a month calendar. A double-click (or Enter) on a day picks
// it; closing the drop-down any other way keeps the date picked last.
class CalendarPopup : public wxCalendarCtrl, public wxComboPopup {
 public:
  explicit CalendarPopup(DateField& field) : field_(field) {}

  bool Create(wxWindow* parent) override {
    if (!wxCalendarCtrl::Create(parent, wxID_ANY, toWxDate(field_.date()), wxDefaultPosition,
                                wxDefaultSize, wxCAL_MONDAY_FIRST | wxCAL_SHOW_SURROUNDING_WEEKS))
      return false;
    SetName("calendar");
    Bind(wxEVT_CALENDAR_DOUBLECLICKED, [this](wxCalendarEvent&) { Dismiss(); });
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
      if (event.GetKeyCode() == WXK_RETURN || event.GetKeyCode() == WXK_NUMPAD_ENTER)
        Dismiss();
      else
        event.Skip();
    });
    return true;
  }
  wxWindow* GetControl() override { return this; }
  void SetStringValue(const wxString&) override {}
  wxString GetStringValue() const override { return toWx(formatUk(field_.date())); }
  void OnPopup() override { SetDate(toWxDate(field_.date())); }
  void OnDismiss() override {
    const wxDateTime picked = GetDate();
    if (picked.IsValid()) field_.CallAfter([this, picked] { field_.choose(fromWxDate(picked)); });
  }
  wxSize GetAdjustedSize(int minWidth, int, int) override {
    const wxSize best = GetBestSize();
    return wxSize(std::max(minWidth, best.x), best.y);
  }

 private:
  DateField& field_;
};

DateField::DateField(wxWindow* parent, wxWindowID id, const Date& value)
    : wxComboCtrl(parent, id, toWx(formatUk(value)), wxDefaultPosition, wxSize(130, -1),
                  wxTE_PROCESS_ENTER),
      date_(value) {
  SetPopupControl(new CalendarPopup(*this));
  SetHint(_("dd/mm/yyyy"));
  Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { commitText(); });
  GetTextCtrl()->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& event) {
    commitText();
    event.Skip();
  });
}

void DateField::setDate(const Date& value) {
  date_ = value;
  ChangeValue(toWx(formatUk(value)));
}

bool DateField::commitText() {
  const std::string typed = trim(fromWx(GetValue()));
  std::string iso;
  if (typed == formatUk(date_)) return true;
  Date value;
  bool ok = ukDateToIso(typed, iso);
  if (ok) {
    try {
      value = parseIsoDate(iso);
    } catch (const std::exception&) {
      ok = false;
    }
  }
  if (!ok) {
    ChangeValue(toWx(formatUk(date_)));
    if (onError_) onError_("'" + typed + "' is not a date: write it as dd/mm/yyyy, e.g. 01/04/2013.");
    return false;
  }
  choose(value);
  return true;
}

void DateField::choose(const Date& value) {
  const bool changed = value != date_;
  setDate(value);
  if (!changed) return;
  wxDateEvent event(this, toWxDate(value), wxEVT_DATE_CHANGED);
  ProcessWindowEvent(event);
}

}  // namespace s113::ui
