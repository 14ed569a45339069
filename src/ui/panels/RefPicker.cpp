#include "ui/panels/RefPicker.h"

#include <wx/arrstr.h>

#include <algorithm>

#include "ui/WxText.h"
#include "ui/models/FieldText.h"

namespace s113::ui {
namespace {

wxArrayString texts(const std::vector<const RefItem*>& items) {
  wxArrayString out;
  for (const RefItem* item : items) out.Add(toWx(item->text));
  return out;
}

}  // namespace

RefPicker::RefPicker(wxWindow* parent, wxWindowID id, std::vector<RefItem> items)
    : wxComboBox(parent, id, wxString(), wxDefaultPosition, wxSize(300, -1), 0, nullptr,
                 wxCB_DROPDOWN),
      items_(std::move(items)) {
  Set(texts(matches("")));
  // Wide enough for a partner's full name; longer names show in the tooltip.
  int widest = 0;
  for (const auto& item : items_) widest = std::max(widest, GetTextExtent(toWx(item.text)).x);
  SetMinSize(wxSize(std::clamp(widest + 50, 300, 360), -1));
  Bind(wxEVT_TEXT, [this](wxCommandEvent& e) {
    SetToolTip(GetValue());
    e.Skip();
  });
  Bind(wxEVT_COMBOBOX_DROPDOWN, [this](wxCommandEvent& e) {
    showMatches();
    e.Skip();
  });
  Bind(wxEVT_COMBOBOX, [this](wxCommandEvent& e) {
    picked();
    e.Skip();
  });
  Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& e) {
    resolve();
    e.Skip();
  });
  Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent& e) {
    resolve();
    e.Skip();
  });
}

std::vector<const RefItem*> RefPicker::matches(const std::string& typed) const {
  const wxString wanted = toWx(trim(typed)).Lower();
  std::vector<const RefItem*> out;
  for (const auto& item : items_)
    if (wanted.empty() || toWx(item.text).Lower().Contains(wanted)) out.push_back(&item);
  return out;
}

std::string RefPicker::key() const { return refKeyOf(fromWx(GetValue())); }

void RefPicker::setKey(const std::string& key) {
  wxString shown = toWx(key);
  for (const auto& item : items_)
    if (item.key == key && !key.empty()) shown = toWx(item.text);
  ChangeValue(shown);
  SetToolTip(shown);
  lastPicked_ = key;
}

bool RefPicker::resolve() {
  const std::string typed = trim(fromWx(GetValue()));
  if (typed.empty()) {
    if (!lastPicked_.empty()) picked();
    return false;
  }
  const std::string asKey = refKeyOf(typed);
  for (const auto& item : items_)
    if (item.key == asKey || item.text == typed) {
      if (fromWx(GetValue()) != item.text) ChangeValue(toWx(item.text));
      if (lastPicked_ != item.key) picked();
      return true;
    }
  auto found = matches(typed);
  if (found.size() != 1) return false;
  ChangeValue(toWx(found.front()->text));
  SetToolTip(GetValue());
  picked();
  return true;
}

void RefPicker::showMatches() {
  const wxString typed = GetValue();
  auto found = matches(fromWx(typed));
  bool exact = false;
  for (const RefItem* item : found) exact = exact || toWx(item->text) == typed;
  Set(texts(exact || found.empty() ? matches("") : found));
  ChangeValue(typed);
}

void RefPicker::picked() {
  lastPicked_ = key();
  if (onPicked_) onPicked_();
}

}  // namespace s113::ui
