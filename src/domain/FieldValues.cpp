#include "domain/FieldValues.h"

#include <stdexcept>

namespace s113 {
namespace {
const FieldValue kBlank;
const std::string kNoText;
}  // namespace

std::size_t fieldIndex(const EntityDef& def, const std::string& field) {
  for (std::size_t i = 0; i < def.fields.size(); ++i)
    if (def.fields[i].name == field) return i;
  throw std::logic_error("a " + def.name + " has no field '" + field + "'");
}

const FieldValue& valueIn(const EntityDef& def, const FieldValues& values, const std::string& field) {
  const std::size_t index = fieldIndex(def, field);
  return values.empty() ? kBlank : values[index];
}

const std::string& textIn(const EntityDef& def, const FieldValues& values, const std::string& field) {
  const FieldType type = def.fields[fieldIndex(def, field)].type;
  if (type != FieldType::Text && type != FieldType::Ref)
    throw std::logic_error("the " + def.name + " field '" + field + "' holds no text");
  return textOf(valueIn(def, values, field));
}

void setText(const EntityDef& def, FieldValues& values, const std::string& field, const std::string& text) {
  const std::size_t index = fieldIndex(def, field);
  const FieldType type = def.fields[index].type;
  if (type != FieldType::Text && type != FieldType::Ref)
    throw std::logic_error("the " + def.name + " field '" + field + "' holds no text");
  if (values.empty()) values = FieldValues(def);
  if (text.empty())
    values[index] = std::monostate{};
  else if (type == FieldType::Ref)
    values[index] = RecordKey{text};
  else
    values[index] = text;
}

const std::string& choiceIn(const EntityDef& def, const FieldValues& values, const std::string& field) {
  const FieldDef& fieldDef = def.fields[fieldIndex(def, field)];
  if (fieldDef.type != FieldType::Enum)
    throw std::logic_error("the " + def.name + " field '" + field + "' is not a closed list");
  const auto* choice = std::get_if<Choice>(&valueIn(def, values, field));
  return choice ? fieldDef.allowed.at(choice->index) : kNoText;
}

const std::string& textOf(const FieldValue& value) {
  if (const auto* text = std::get_if<std::string>(&value)) return *text;
  if (const auto* key = std::get_if<RecordKey>(&value)) return key->value;
  return kNoText;
}

}  // namespace s113
