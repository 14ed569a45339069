// What a form's pickers show for a referenced record: its key and a name a
// person recognises ("C-0038 — Jo Farrant, Commissioning Officer"). A
// contract is named by its person and post, a placement or single-manager
// contract by its contract, a joint post by its post, anything else by its
// first text field (a partner's name, an agreement's title). Each entity is
// read once per RefNames. No wx here.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "domain/EntityDef.h"
#include "domain/FieldValues.h"
#include "storage/Register.h"

namespace s113::ui {

struct RefItem {
  std::string key;
  std::string text;  // "C-0038 — Jo Farrant, Commissioning Officer" ("C-0038" without a name)
};

// Between the key and the name.
extern const char* const kRefSeparator;

class RefNames {
 public:
  explicit RefNames(Register& reg) : reg_(reg) {}
  // Every live record of `entity`; empty when there are more than
  // `limit` (the picker then takes the key as typed).
  const std::vector<RefItem>& items(const std::string& entity, std::size_t limit = 2000);
  // The name of one record ("" when it has none or does not exist).
  std::string nameOf(const std::string& entity, const std::string& key);
  // The newest live values of one record (none when it does not exist).
  FieldValues fieldsOf(const std::string& entity, const std::string& key);

 private:
  const std::map<std::string, FieldValues>& records(const std::string& entity);
  Register& reg_;
  std::map<std::string, std::map<std::string, FieldValues>> records_;
  std::map<std::string, std::vector<RefItem>> items_;
};

// The key of a picker's text: "C-0038 — Jo Farrant" -> "C-0038".
std::string refKeyOf(const std::string& text);

}  // namespace s113::ui
