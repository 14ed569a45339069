#include "domain/Validation.h"

#include <stdexcept>

#include "domain/Dates.h"
#include "domain/ExchangeForm.h"
#include "domain/Money.h"
#include "domain/Split.h"
#include "domain/Text.h"
#include "domain/WholeNumbers.h"

namespace s113 {
namespace {

using Errors = std::vector<ValidationError>;

// Whole numbers are held in 32 bits by the register (domain/WholeNumbers.h);
// a number of months is at most 100 years, so a date computed from it stays
// in the calendar.
constexpr long long kMaxMonths = 1200;

bool isMonths(const FieldDef& field) {
  const std::string suffix = "_months";
  return field.name.size() >= suffix.size() &&
         field.name.compare(field.name.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string wholeNumberProblem(const FieldDef& field, long long n) {
  if (n > kMaxWholeNumber || n < kMinWholeNumber)
    return "'" + std::to_string(n) + "' is out of range: a whole number here is between " +
           std::to_string(kMinWholeNumber) + " and " + std::to_string(kMaxWholeNumber);
  if (isMonths(field) && n > kMaxMonths)
    return "'" + std::to_string(n) + "' months is more than " + std::to_string(kMaxMonths) + " (100 years)";
  return "";
}

// Whether a value is of the alternative its field's type holds.
bool holdsTypeOf(const FieldDef& field, const FieldValue& value) {
  switch (field.type) {
    case FieldType::Text: return std::holds_alternative<std::string>(value);
    case FieldType::Ref: return std::holds_alternative<RecordKey>(value);
    case FieldType::Enum: {
      const auto* choice = std::get_if<Choice>(&value);
      return choice && choice->index < field.allowed.size();
    }
    case FieldType::Integer: return std::holds_alternative<long long>(value);
    case FieldType::Money: return std::holds_alternative<Pence>(value);
    case FieldType::Percent: return std::holds_alternative<BasisPoints>(value);
    case FieldType::Fte: return std::holds_alternative<FteUnits>(value);
    case FieldType::Date: return std::holds_alternative<Date>(value);
    case FieldType::Bool: return std::holds_alternative<bool>(value);
    case FieldType::Split: return std::holds_alternative<FunctionalSplit>(value);
  }
  return false;
}

// What is wrong with one value, blank or not; "" when nothing.
std::string fieldProblem(const FieldDef& field, const FieldValue& value) {
  if (isBlank(value)) return field.required ? "is required" : "";
  if (!holdsTypeOf(field, value)) return "holds a value of the wrong type";  // a mistake in the program
  if (const auto* n = std::get_if<long long>(&value)) return wholeNumberProblem(field, *n);
  if (const auto* split = std::get_if<FunctionalSplit>(&value); split && split->empty())
    return field.required ? "is required" : "";
  const std::string& text = textOf(value);
  if (text.empty()) return "";
  if (text.size() > 2000) return "is longer than 2000 characters";
  return textProblem(text, field.type == FieldType::Text);
}

void checkKey(const EntityDef& def, const std::string& key, const std::string& name, Errors& errors) {
  if (key.empty())
    errors.emplace_back(name, def.keyField, "a " + def.label + " needs a " + def.keyField);
  else if (std::string problem = textProblem(key, false); !problem.empty())
    errors.emplace_back(name, def.keyField, problem);
  else if (key.size() > 40 || key.front() == ' ' || key.back() == ' ' ||
           key.find_first_of(";\t\r\n") != std::string::npos)
    errors.emplace_back(name, def.keyField,
                        "'" + key + "' must be at most 40 characters, without ';' or surrounding spaces");
}

// The entity's own rules run on every record, with `errors` so far: they
// leave alone the fields already at fault (EntityRules.h).
void checkRules(const EntityDef& def, const std::string& key, const FieldValues& values, const std::string& name,
                Errors& errors) {
  if (def.check) def.check(RecordChecker{values, name, errors}, key);
}

}  // namespace

std::string recordLabel(const EntityDef& def, const std::string& key) {
  return def.name + " " + (key.empty() ? "(no key)" : key);
}

std::vector<ValidationError> validateValues(const EntityDef& def, const std::string& key,
                                            const FieldValues& values, const std::string& recordName) {
  const std::string name = recordName.empty() ? recordLabel(def, key) : recordName;
  Errors errors;
  checkKey(def, key, name, errors);
  const FieldValues blank(def);
  const FieldValues& checked = values.empty() ? blank : values;
  if (checked.size() != def.fields.size())
    throw std::logic_error("values for " + name + " do not match the fields of a " + def.name);
  for (std::size_t i = 0; i < def.fields.size(); ++i)
    if (std::string problem = fieldProblem(def.fields[i], checked[i]); !problem.empty())
      errors.emplace_back(name, def.fields[i].name, problem);
  checkRules(def, key, checked, name, errors);
  return errors;
}

void requireValid(const EntityDef& def, const std::string& key, const FieldValues& values) {
  auto errors = validateValues(def, key, values);
  if (!errors.empty()) throw ValidationErrors(std::move(errors));
}

namespace {

// Parses every field's spelling; with `check`, also checks the key and the
// values as validateValues does.
FieldValues parseInto(const EntityDef& def, const std::string& key, const Record& record,
                      const std::string& recordName, Errors& errors, bool check = true) {
  const std::string name = recordName.empty() ? recordLabel(def, key) : recordName;
  if (check) checkKey(def, key, name, errors);
  for (const auto& [fieldName, value] : record)
    if (!def.field(fieldName)) errors.emplace_back(name, fieldName, "is not a field of a " + def.label);
  FieldValues values(def);
  for (std::size_t i = 0; i < def.fields.size(); ++i) {
    const FieldDef& field = def.fields[i];
    const std::string text = valueOf(record, field.name);
    try {
      values[i] = parseFieldText(field, text);
    } catch (const std::invalid_argument& e) {  // left blank: the rules see only values that parsed
      errors.emplace_back(name, field.name, e.what());
      continue;
    }
    if (!check) continue;
    if (std::string problem = fieldProblem(field, values[i]); !problem.empty())
      errors.emplace_back(name, field.name, problem);
  }
  if (check) checkRules(def, key, values, name, errors);
  return values;
}

}  // namespace

std::vector<ValidationError> validateRecord(const EntityDef& def, const std::string& key,
                                            const Record& record, const std::string& recordName) {
  Errors errors;
  parseInto(def, key, record, recordName, errors);
  return errors;
}

FieldValues parseRecord(const EntityDef& def, const std::string& key, const Record& record,
                        const std::string& recordName) {
  Errors errors;
  FieldValues values = parseInto(def, key, record, recordName, errors);
  if (!errors.empty()) throw ValidationErrors(std::move(errors));
  return values;
}

FieldValues parseFields(const EntityDef& def, const Record& record, const std::string& recordName) {
  Errors errors;
  FieldValues values = parseInto(def, "", record, recordName, errors, false);
  if (!errors.empty()) throw ValidationErrors(std::move(errors));
  return values;
}

}  // namespace s113
