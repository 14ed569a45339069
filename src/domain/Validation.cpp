#include "domain/Validation.h"

#include <stdexcept>

#include "domain/Dates.h"
#include "domain/Money.h"
#include "domain/Split.h"
#include "domain/Text.h"

namespace s113 {
namespace {

using Errors = std::vector<ValidationError>;

// Whole numbers are held in 32 bits by the register; a number of months is
// at most 100 years, so a date computed from it stays in the calendar.
constexpr long long kMaxWholeNumber = 2147483647, kMinWholeNumber = -2147483647 - 1;
constexpr long long kMaxMonths = 1200;

bool isMonths(const FieldDef& field) {
  const std::string suffix = "_months";
  return field.name.size() >= suffix.size() &&
         field.name.compare(field.name.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string wholeNumberProblem(const FieldDef& field, const std::string& value) {
  const std::string notWhole = "'" + value + "' is not a whole number";
  std::size_t digitsFrom = value[0] == '-' || value[0] == '+' ? 1 : 0;
  if (digitsFrom == value.size() || value.find_first_not_of("0123456789", digitsFrom) != std::string::npos)
    return notWhole;
  long long n = 0;
  try {
    n = std::stoll(value);
  } catch (const std::out_of_range&) {
    n = value[0] == '-' ? kMinWholeNumber - 1 : kMaxWholeNumber + 1;
  }
  if (n > kMaxWholeNumber || n < kMinWholeNumber)
    return "'" + value + "' is out of range: a whole number here is between " + std::to_string(kMinWholeNumber) +
           " and " + std::to_string(kMaxWholeNumber);
  if (isMonths(field) && n > kMaxMonths)
    return "'" + value + "' months is more than " + std::to_string(kMaxMonths) + " (100 years)";
  return "";
}

// Checks one value against its field type; returns the reason or "".
std::string typeProblem(const FieldDef& field, const std::string& value) {
  try {
    switch (field.type) {
      case FieldType::Text:
      case FieldType::Ref:
        if (value.size() > 2000) return "is longer than 2000 characters";
        return textProblem(value, field.type == FieldType::Text);
      case FieldType::Integer:
        return wholeNumberProblem(field, value);
      case FieldType::Money:
        parseMoney(value);
        return "";
      case FieldType::Percent:
        parsePercent(value);
        return "";
      case FieldType::Fte:
        parseFte(value);
        return "";
      case FieldType::Date:
        parseIsoDate(value);
        return "";
      case FieldType::Bool:
        return value == "true" || value == "false" ? "" : "'" + value + "' is not true or false";
      case FieldType::Enum:
        for (const auto& a : field.allowed)
          if (a == value) return "";
        {
          std::string list;
          for (const auto& a : field.allowed) list += (list.empty() ? "" : ", ") + a;
          return "'" + value + "' is not one of: " + list;
        }
      case FieldType::Split:
        parseSplit(value);
        return "";
    }
  } catch (const std::exception& e) {
    return e.what();
  }
  return "";
}

}  // namespace

void RecordChecker::fail(const std::string& field, const std::string& message) const {
  errors_.emplace_back(name_, field, message);
}

OptionalDate RecordChecker::dateOf(const std::string& field) const {
  try {
    return parseOptionalIsoDate(get(field));
  } catch (const std::invalid_argument&) {  // the field's type check reports it
    return boost::none;
  }
}

boost::optional<long long> RecordChecker::integerOf(const std::string& field) const {
  try {
    std::size_t used = 0;
    std::string v = get(field);
    long long n = std::stoll(v, &used);
    if (used == v.size()) return n;
  } catch (const std::invalid_argument&) {
  } catch (const std::out_of_range&) {
  }
  return boost::none;
}

boost::optional<Pence> RecordChecker::moneyOf(const std::string& field) const {
  if (get(field).empty()) return boost::none;  // blank: nothing to parse (and no exception thrown per blank)
  try {
    return parseMoney(get(field));
  } catch (const std::invalid_argument&) {  // the field's type check reports it
    return boost::none;
  }
}

boost::optional<BasisPoints> RecordChecker::percentOf(const std::string& field) const {
  if (get(field).empty()) return boost::none;  // blank: nothing to parse (and no exception thrown per blank)
  try {
    return parsePercent(get(field));
  } catch (const std::invalid_argument&) {  // the field's type check reports it
    return boost::none;
  }
}

boost::optional<FteUnits> RecordChecker::fteOf(const std::string& field) const {
  if (get(field).empty()) return boost::none;  // blank: nothing to parse (and no exception thrown per blank)
  try {
    return parseFte(get(field));
  } catch (const std::invalid_argument&) {  // the field's type check reports it
    return boost::none;
  }
}

void RecordChecker::endNotBeforeStart(const std::string& startField, const std::string& endField) const {
  auto start = dateOf(startField), end = dateOf(endField);
  if (start && end && *end < *start)
    fail(endField, "ends " + formatIso(*end) + ", before it starts " + formatIso(*start));
}

void RecordChecker::fteInRange(const std::string& field) const {
  if (auto fte = fteOf(field); fte && (*fte <= FteUnits(0) || *fte > kFullTime)) fail(field, "FTE must be over 0 and at most 1");
}

void RecordChecker::differ(const std::string& a, const std::string& b, const std::string& message) const {
  if (!get(a).empty() && get(a) == get(b)) fail(b, message);
}

void RecordChecker::notNegativeMoney(const std::string& field) const {
  if (auto pence = moneyOf(field); pence && *pence < Pence(0)) fail(field, "cannot be negative");
}

void RecordChecker::percentInRange(const std::string& field) const {
  if (auto bp = percentOf(field); bp && (*bp <= BasisPoints(0) || *bp > kWholeShare)) fail(field, "must be over 0% and at most 100%");
}

std::string recordLabel(const EntityDef& def, const std::string& key) {
  return def.name + " " + (key.empty() ? "(no key)" : key);
}

std::vector<ValidationError> validateRecord(const EntityDef& def, const std::string& key,
                                            const Record& record, const std::string& recordName) {
  const std::string name = recordName.empty() ? recordLabel(def, key) : recordName;
  Errors errors;
  if (key.empty())
    errors.emplace_back(name, def.keyField, "a " + def.label + " needs a " + def.keyField);
  else if (std::string problem = textProblem(key, false); !problem.empty())
    errors.emplace_back(name, def.keyField, problem);
  else if (key.size() > 40 || key.front() == ' ' || key.back() == ' ' ||
           key.find_first_of(";\t\r\n") != std::string::npos)
    errors.emplace_back(name, def.keyField,
                        "'" + key + "' must be at most 40 characters, without ';' or surrounding spaces");
  for (const auto& [fieldName, value] : record)
    if (!def.field(fieldName))
      errors.emplace_back(name, fieldName, "is not a field of a " + def.label);
  for (const auto& field : def.fields) {
    std::string value = valueOf(record, field.name);
    if (value.empty()) {
      if (field.required) errors.emplace_back(name, field.name, "is required");
      continue;
    }
    std::string problem = typeProblem(field, value);
    if (!problem.empty()) errors.emplace_back(name, field.name, problem);
  }
  if (def.check) def.check(RecordChecker(record, name, errors), key);
  return errors;
}

void requireValid(const EntityDef& def, const std::string& key, const Record& record) {
  auto errors = validateRecord(def, key, record);
  if (!errors.empty()) throw ValidationErrors(std::move(errors));
}

Record canonicalRecord(const EntityDef& def, const Record& record) {
  Record out;
  for (const auto& field : def.fields) {
    std::string value = valueOf(record, field.name);
    if (!value.empty()) {
      switch (field.type) {
        case FieldType::Money: value = formatMoney(parseMoney(value)); break;
        case FieldType::Percent: value = formatPercent(parsePercent(value)); break;
        case FieldType::Fte: value = formatFte(parseFte(value)); break;
        case FieldType::Split: value = formatSplit(parseSplit(value)); break;
        case FieldType::Integer: value = std::to_string(std::stoll(value)); break;
        default: break;
      }
    }
    out[field.name] = value;
  }
  return out;
}

}  // namespace s113
