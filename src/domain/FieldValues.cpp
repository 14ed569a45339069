#include "domain/FieldValues.h"

#include <stdexcept>

namespace s113 {
namespace {
const std::string kNoText;
}  // namespace

std::size_t fieldIndex(const EntityDef& def, const std::string& field) {
  for (std::size_t i = 0; i < def.fields.size(); ++i)
    if (def.fields[i].name == field) return i;
  throw std::logic_error("a " + def.name + " has no field '" + field + "'");
}

const std::string& textOf(const FieldValue& value) {
  if (const auto* text = std::get_if<std::string>(&value)) return *text;
  if (const auto* key = std::get_if<RecordKey>(&value)) return key->value;
  return kNoText;
}

const std::string& textAt(const FieldValues& values, std::size_t index) {
  return values.empty() ? kNoText : textOf(values[index]);
}

}  // namespace s113
