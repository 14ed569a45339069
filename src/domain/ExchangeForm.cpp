#include "domain/ExchangeForm.h"

#include <stdexcept>

#include "domain/Describe.h"

namespace s113 {
namespace {

Choice parseChoice(const FieldDef& field, const std::string& text) {
  for (std::size_t i = 0; i < field.allowed.size(); ++i)
    if (field.allowed[i] == text) return Choice{static_cast<std::uint16_t>(i)};
  std::string list;
  for (const auto& a : field.allowed) list += (list.empty() ? "" : ", ") + a;
  throw std::invalid_argument("'" + text + "' is not one of: " + list);
}

struct Formatter {
  const FieldDef& field;
  std::string operator()(std::monostate) const { return ""; }
  std::string operator()(const std::string& text) const { return text; }
  std::string operator()(const RecordKey& key) const { return key.value; }
  std::string operator()(Choice choice) const { return field.allowed.at(choice.index); }
  std::string operator()(long long n) const { return std::to_string(n); }
  std::string operator()(Pence pence) const { return formatMoney(pence); }
  std::string operator()(BasisPoints bp) const { return formatPercent(bp); }
  std::string operator()(FteUnits fte) const { return formatFte(fte); }
  std::string operator()(const Date& date) const { return formatIso(date); }
  std::string operator()(bool flag) const { return formatFlag(flag); }
  std::string operator()(const FunctionalSplit& split) const { return formatSplit(split); }
};

}  // namespace

std::string exchangeText(const FieldDef& field, const FieldValue& value) {
  return std::visit(Formatter{field}, value);
}

FieldValue parseFieldText(const FieldDef& field, const std::string& text) {
  if (text.empty()) return std::monostate{};
  switch (field.type) {
    case FieldType::Text: return text;
    case FieldType::Ref: return RecordKey{text};
    case FieldType::Enum: return parseChoice(field, text);
    case FieldType::Integer: return parseWholeNumber(text);
    case FieldType::Money: return parseMoney(text);
    case FieldType::Percent: return parsePercent(text);
    case FieldType::Fte: return parseFte(text);
    case FieldType::Date: return parseIsoDate(text);
    case FieldType::Bool: return parseFlag(text);
    case FieldType::Split: return parseSplit(text);
  }
  throw std::logic_error("a field of no known type");
}

Record exchangeForm(const EntityDef& def, const FieldValues& values) {
  Record record;
  for (std::size_t i = 0; i < def.fields.size(); ++i)
    record[def.fields[i].name] = values.empty() ? "" : exchangeText(def.fields[i], values[i]);
  return record;
}

}  // namespace s113
