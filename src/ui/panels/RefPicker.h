// A searchable picker of a referenced record: a combo box listing "KEY — name"
// for every record. Type any part of a key or a name ("Farrant"): the list,
// when opened, shows the records that match, and leaving the field (or
// Enter) picks the one record that matches. A key typed in full is kept as it
// is (the services check it exists).
#pragma once
#include <wx/combobox.h>

#include <functional>
#include <string>
#include <vector>

#include "ui/models/RefNames.h"

namespace s113::ui {

class RefPicker : public wxComboBox {
 public:
  RefPicker(wxWindow* parent, wxWindowID id, std::vector<RefItem> items);

  // The key picked or typed ("" when empty).
  std::string key() const;
  // Shows the record `key` (its name when it is listed).
  void setKey(const std::string& key);
  // Picks the record the typed text stands for: the one whose key equals it,
  // else the only one whose key or name contains it (case aside). Returns
  // whether the text now shows a listed record.
  bool resolve();
  // Called after the user picks a record (from the list, or by resolve).
  void onPicked(std::function<void()> callback) { onPicked_ = std::move(callback); }
  // The listed records matching `typed` (all when it is empty).
  std::vector<const RefItem*> matches(const std::string& typed) const;

 private:
  void showMatches();
  void picked();

  std::vector<RefItem> items_;
  std::function<void()> onPicked_;
  std::string lastPicked_;
};

}  // namespace s113::ui
