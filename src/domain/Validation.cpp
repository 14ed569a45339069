#include "domain/Validation.h"

#include <functional>
#include <map>

#include "domain/Dates.h"
#include "domain/Money.h"
#include "domain/Split.h"

namespace s113 {
namespace {

using Errors = std::vector<ValidationError>;

// Checks one value against its field type; returns the reason or "".
std::string typeProblem(const FieldDef& field, const std::string& value) {
  try {
    switch (field.type) {
      case FieldType::Text:
      case FieldType::Ref:
        if (value.size() > 2000) return "is longer than 2000 characters";
        for (unsigned char c : value)
          if (c < 0x20 && c != '\t' && c != '\n') return "contains a control character";
        return "";
      case FieldType::Integer: {
        std::size_t used = 0;
        long long v = std::stoll(value, &used);
        (void)v;
        return used == value.size() ? "" : "'" + value + "' is not a whole number";
      }
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

struct Checker {
  const Record& record;
  const std::string& name;
  Errors& errors;
  std::string get(const char* field) const { return valueOf(record, field); }
  void fail(const char* field, const std::string& message) const {
    errors.emplace_back(name, field, message);
  }
  // Only compare values that parsed: type errors are already reported.
  OptionalDate dateOf(const char* field) const {
    try {
      return parseOptionalIsoDate(get(field));
    } catch (...) {
      return boost::none;
    }
  }
  void endNotBeforeStart(const char* startField, const char* endField) const {
    auto start = dateOf(startField), end = dateOf(endField);
    if (start && end && *end < *start)
      fail(endField, "ends " + formatIso(*end) + ", before it starts " + formatIso(*start));
  }
  void fteInRange(const char* field) const {
    try {
      FteUnits fte = parseFte(get(field));
      if (fte <= 0 || fte > kFullTime) fail(field, "FTE must be over 0 and at most 1");
    } catch (...) {
    }
  }
  void differ(const char* a, const char* b, const std::string& message) const {
    if (!get(a).empty() && get(a) == get(b)) fail(b, message);
  }
};

using EntityRule = std::function<void(const Checker&, const std::string& key)>;

const std::map<std::string, EntityRule>& entityRules() {
  static const std::map<std::string, EntityRule> rules = {
      {"partner",
       [](const Checker& c, const std::string& key) {
         if (c.get("successor") == key) c.fail("successor", "a partner cannot succeed itself");
       }},
      {"agreement",
       [](const Checker& c, const std::string&) {
         c.differ("party_a", "party_b", "the two parties must be different partners");
         c.endNotBeforeStart("in_force_from", "in_force_to");
         try {
           if (std::stoi(c.get("notice_months")) < 0)
             c.fail("notice_months", "the notice period cannot be negative");
         } catch (...) {
         }
         for (const char* party : {"party_a", "party_b"}) {
           std::string by = std::string(party) + "_approved_by", on = std::string(party) + "_approved_on";
           if (c.get(by.c_str()).empty() != c.get(on.c_str()).empty())
             c.fail(on.c_str(), "an approval needs both the approving body and the date");
         }
       }},
      {"post",
       [](const Checker& c, const std::string& key) {
         c.fteInRange("fte");
         if (c.get("line_manager") == key) c.fail("line_manager", "a post cannot manage itself");
       }},
      {"contract",
       [](const Checker& c, const std::string&) {
         c.fteInRange("fte");
         c.endNotBeforeStart("start_date", "end_date");
         try {
           if (parseMoney(c.get("annual_salary")) < 0)
             c.fail("annual_salary", "pay cannot be negative");
         } catch (...) {
         }
       }},
  };
  return rules;
}

}  // namespace

std::string recordLabel(const EntityDef& def, const std::string& key) {
  return def.name + " " + (key.empty() ? "(no key)" : key);
}

std::vector<ValidationError> validateRecord(const EntityDef& def, const std::string& key,
                                            const Record& record, const std::string& recordName) {
  const std::string name = recordName.empty() ? recordLabel(def, key) : recordName;
  Errors errors;
  if (key.empty())
    errors.emplace_back(name, def.keyField, "a " + def.label + " needs a " + def.keyField);
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
  auto rule = entityRules().find(def.name);
  if (rule != entityRules().end()) rule->second(Checker{record, name, errors}, key);
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
