// Reading and setting a record's fields by name, for tests and benchmarks
// that build or inspect FieldValues by hand. The program itself reads
// fields through the entity structs or by position (domain/FieldValues.h);
// a name is looked up with fieldIndex, which refuses a mistyped one.
#pragma once
#include <stdexcept>
#include <string>
#include <variant>

#include "domain/FieldValues.h"

namespace s113 {

// The value of `field`; blank when `values` holds no fields.
inline const FieldValue& valueIn(const EntityDef& def, const FieldValues& values, const std::string& field) {
  static const FieldValue blank;
  const std::size_t index = fieldIndex(def, field);
  return values.empty() ? blank : values[index];
}

inline void requireText(const EntityDef& def, const std::string& field) {
  const FieldType type = def.fields[fieldIndex(def, field)].type;
  if (type != FieldType::Text && type != FieldType::Ref)
    throw std::logic_error("the " + def.name + " field '" + field + "' holds no text");
}

// The free text or key of a Text or Ref field ("" when blank).
inline const std::string& textIn(const EntityDef& def, const FieldValues& values, const std::string& field) {
  requireText(def, field);
  return textOf(valueIn(def, values, field));
}

// Sets a Text or Ref field ("" blanks it), as textIn reads it.
inline void setText(const EntityDef& def, FieldValues& values, const std::string& field, const std::string& text) {
  requireText(def, field);
  const std::size_t index = fieldIndex(def, field);
  if (values.empty()) values = FieldValues(def);
  if (text.empty())
    values[index] = std::monostate{};
  else if (def.fields[index].type == FieldType::Ref)
    values[index] = RecordKey{text};
  else
    values[index] = text;
}

// The spelling of an Enum field's choice ("" when blank).
inline const std::string& choiceIn(const EntityDef& def, const FieldValues& values, const std::string& field) {
  static const std::string none;
  const FieldDef& fieldDef = def.fields[fieldIndex(def, field)];
  if (fieldDef.type != FieldType::Enum)
    throw std::logic_error("the " + def.name + " field '" + field + "' is not a closed list");
  const auto* choice = std::get_if<Choice>(&valueIn(def, values, field));
  return choice ? fieldDef.allowed.at(choice->index) : none;
}

}  // namespace s113
