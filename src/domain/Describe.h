// How a typed entity declares its fields once. Each entity struct E has
//   template <class Visitor> void describe(Visitor& v, E& e);
// which first names its key, v.key(name, std::string& member), then calls,
// member by member, one of
//   v.text(name, label, std::string& member, Required)
//   v.choice(name, label, Enum& or boost::optional<Enum>& member)  a closed list (Enums.h spellings)
//   v.ref(name, label, entity, RecordKey& member, Required)  another record's key
//   v.money(name, label, Pence& or OptionalPence& member)
//   v.percent(name, label, BasisPoints& or OptionalBasisPoints& member)
//   v.fte(name, label, FteUnits& or OptionalFte& member)   full-time equivalent
//   v.date(name, label, Date& or OptionalDate& member)
//   v.integer(name, label, long long& or OptionalInteger& member)
//   v.flag(name, label, bool& or OptionalFlag& member)
//   v.split(name, label, FunctionalSplit& member, Required)  shares by partner
// For money, percentages, FTE, dates, whole numbers and flags the member's
// type says whether the field is required: a plain value is, an optional one
// is not (none: blank, which is not zero or false). An empty split is a
// blank one.
// The visitors below build the entity's field list for its EntityDef and
// convert between the typed struct and the exchange form (Record.h) at the
// edges: CSV and forms. storage/RowReader.h reads one straight from the
// database.
#pragma once
#include <boost/optional.hpp>
#include <string>
#include <utility>
#include <vector>

#include "domain/Dates.h"
#include "domain/Enums.h"
#include "domain/Errors.h"
#include "domain/Money.h"
#include "domain/Record.h"
#include "domain/Split.h"

namespace s113 {

enum class Required { No, Yes };

using OptionalPence = boost::optional<Pence>;
using OptionalBasisPoints = boost::optional<BasisPoints>;
using OptionalInteger = boost::optional<long long>;
using OptionalFte = boost::optional<FteUnits>;
using OptionalFlag = boost::optional<bool>;

// The key of another record ("BNES", "JC-001"); empty for none.
struct RecordKey {
  std::string value;
  bool empty() const { return value.empty(); }
  bool operator==(const RecordKey& other) const { return value == other.value; }
  bool operator!=(const RecordKey& other) const { return value != other.value; }
};

// The fields an entity describes, in order, as FieldDefs.
class FieldCollector {
 public:
  void key(const char*, std::string&) {}  // the EntityDef's keyField, not one of its fields
  void text(const char* name, const char* label, std::string&, Required required) {
    add(name, FieldType::Text, required == Required::Yes, label);
  }
  template <typename E>
  void choice(const char* name, const char* label, E&) {
    std::vector<std::string> allowed;
    for (const auto& s : spellings<E>()) allowed.push_back(s.text);
    fields_.push_back({name, FieldType::Enum, true, label, std::move(allowed), ""});
  }
  template <typename E>
  void choice(const char* name, const char* label, boost::optional<E>&) {
    E any{};
    choice(name, label, any);
    fields_.back().required = false;
  }
  void ref(const char* name, const char* label, const char* entity, RecordKey&, Required required) {
    fields_.push_back({name, FieldType::Ref, required == Required::Yes, label, {}, entity});
  }
  void money(const char* name, const char* label, Pence&) { add(name, FieldType::Money, true, label); }
  void money(const char* name, const char* label, OptionalPence&) { add(name, FieldType::Money, false, label); }
  void percent(const char* name, const char* label, BasisPoints&) { add(name, FieldType::Percent, true, label); }
  void percent(const char* name, const char* label, OptionalBasisPoints&) {
    add(name, FieldType::Percent, false, label);
  }
  void fte(const char* name, const char* label, FteUnits&) { add(name, FieldType::Fte, true, label); }
  void fte(const char* name, const char* label, OptionalFte&) { add(name, FieldType::Fte, false, label); }
  void date(const char* name, const char* label, Date&) { add(name, FieldType::Date, true, label); }
  void date(const char* name, const char* label, OptionalDate&) { add(name, FieldType::Date, false, label); }
  void integer(const char* name, const char* label, long long&) { add(name, FieldType::Integer, true, label); }
  void integer(const char* name, const char* label, OptionalInteger&) {
    add(name, FieldType::Integer, false, label);
  }
  void flag(const char* name, const char* label, bool&) { add(name, FieldType::Bool, true, label); }
  void flag(const char* name, const char* label, OptionalFlag&) { add(name, FieldType::Bool, false, label); }
  void split(const char* name, const char* label, FunctionalSplit&, Required required) {
    add(name, FieldType::Split, required == Required::Yes, label);
  }
  std::vector<FieldDef> take() { return std::move(fields_); }

 private:
  void add(const char* name, FieldType type, bool required, const char* label) {
    fields_.push_back({name, type, required, label, {}, ""});
  }
  std::vector<FieldDef> fields_;
};

template <typename Entity>
std::vector<FieldDef> fieldsOf() {
  Entity blank;
  FieldCollector collector;
  describe(collector, blank);
  return collector.take();
}

// The exchange form of a whole number and a flag (money, percentages and
// dates have theirs in Money.h and Dates.h). Throw std::invalid_argument.
long long parseWholeNumber(const std::string& text);
bool parseFlag(const std::string& text);  // "true" or "false"
inline std::string formatFlag(bool value) { return value ? "true" : "false"; }

// Fills an entity from a record in exchange form that has passed validation;
// a value that still does not parse, or a required one that is blank, throws
// ValidationError naming the record and the field (never read as a default).
class RecordReader {
 public:
  RecordReader(std::string key, const Record& record, std::string recordName)
      : key_(std::move(key)), record_(record), recordName_(std::move(recordName)) {}
  void key(const char*, std::string& member) { member = key_; }
  void text(const char* name, const char*, std::string& member, Required) { member = valueOf(record_, name); }
  template <typename E>
  void choice(const char* name, const char*, E& member) {
    member = requiredValue<E>(name, [](const std::string& t) { return parseEnum<E>(t); });
  }
  template <typename E>
  void choice(const char* name, const char*, boost::optional<E>& member) {
    member = blankOr<E>(name, [](const std::string& t) { return parseEnum<E>(t); });
  }
  void ref(const char* name, const char*, const char*, RecordKey& member, Required) {
    member.value = valueOf(record_, name);
  }
  void money(const char* name, const char*, Pence& member) { member = requiredValue<Pence>(name, parseMoney); }
  void money(const char* name, const char*, OptionalPence& member) { member = blankOr<Pence>(name, parseMoney); }
  void percent(const char* name, const char*, BasisPoints& member) {
    member = requiredValue<BasisPoints>(name, parsePercent);
  }
  void percent(const char* name, const char*, OptionalBasisPoints& member) {
    member = blankOr<BasisPoints>(name, parsePercent);
  }
  void fte(const char* name, const char*, FteUnits& member) { member = requiredValue<FteUnits>(name, parseFte); }
  void fte(const char* name, const char*, OptionalFte& member) { member = blankOr<FteUnits>(name, parseFte); }
  void date(const char* name, const char*, Date& member) { member = requiredValue<Date>(name, parseIsoDate); }
  void date(const char* name, const char*, OptionalDate& member) { member = blankOr<Date>(name, parseIsoDate); }
  void integer(const char* name, const char*, long long& member) {
    member = requiredValue<long long>(name, parseWholeNumber);
  }
  void integer(const char* name, const char*, OptionalInteger& member) {
    member = blankOr<long long>(name, parseWholeNumber);
  }
  void flag(const char* name, const char*, bool& member) { member = requiredValue<bool>(name, parseFlag); }
  void flag(const char* name, const char*, OptionalFlag& member) { member = blankOr<bool>(name, parseFlag); }
  void split(const char* name, const char*, FunctionalSplit& member, Required required) {
    auto value = blankOr<FunctionalSplit>(name, parseSplit);
    if (!value && required == Required::Yes) throw ValidationError(recordName_, name, "is required");
    member = value ? std::move(*value) : FunctionalSplit{};
  }

 private:
  template <typename T, typename Parse>
  boost::optional<T> blankOr(const char* name, Parse parse) const {
    const std::string text = valueOf(record_, name);
    if (text.empty()) return boost::none;
    try {
      return T(parse(text));
    } catch (const std::exception& e) {
      throw ValidationError(recordName_, name, e.what());
    }
  }
  template <typename T, typename Parse>
  T requiredValue(const char* name, Parse parse) const {
    auto value = blankOr<T>(name, parse);
    if (!value) throw ValidationError(recordName_, name, "is required");
    return *value;
  }
  std::string key_;
  const Record& record_;
  std::string recordName_;
};

// Writes an entity's fields to a record in exchange form, each in its one
// canonical spelling (what canonicalRecord gives).
class RecordWriter {
 public:
  explicit RecordWriter(Record& record) : record_(record) {}
  void key(const char*, std::string&) {}  // a Record holds the fields; its key travels beside it
  void text(const char* name, const char*, std::string& member, Required) { record_[name] = member; }
  template <typename E>
  void choice(const char* name, const char*, E& member) {
    record_[name] = toString(member);
  }
  template <typename E>
  void choice(const char* name, const char*, boost::optional<E>& member) {
    record_[name] = member ? toString(*member) : "";
  }
  void ref(const char* name, const char*, const char*, RecordKey& member, Required) { record_[name] = member.value; }
  void money(const char* name, const char*, Pence& member) { record_[name] = formatMoney(member); }
  void money(const char* name, const char*, OptionalPence& member) {
    record_[name] = member ? formatMoney(*member) : "";
  }
  void percent(const char* name, const char*, BasisPoints& member) { record_[name] = formatPercent(member); }
  void percent(const char* name, const char*, OptionalBasisPoints& member) {
    record_[name] = member ? formatPercent(*member) : "";
  }
  void fte(const char* name, const char*, FteUnits& member) { record_[name] = formatFte(member); }
  void fte(const char* name, const char*, OptionalFte& member) { record_[name] = member ? formatFte(*member) : ""; }
  void date(const char* name, const char*, Date& member) { record_[name] = formatIso(member); }
  void date(const char* name, const char*, OptionalDate& member) { record_[name] = formatIso(member); }
  void integer(const char* name, const char*, long long& member) { record_[name] = std::to_string(member); }
  void integer(const char* name, const char*, OptionalInteger& member) {
    record_[name] = member ? std::to_string(*member) : "";
  }
  void flag(const char* name, const char*, bool& member) { record_[name] = formatFlag(member); }
  void flag(const char* name, const char*, OptionalFlag& member) { record_[name] = member ? formatFlag(*member) : ""; }
  void split(const char* name, const char*, FunctionalSplit& member, Required) { record_[name] = formatSplit(member); }

 private:
  Record& record_;
};

// `recordName` names the record in messages ("partner BNES").
template <typename Entity>
Entity fromRecord(const std::string& key, const Record& record, const std::string& recordName) {
  Entity entity;
  RecordReader reader(key, record, recordName);
  describe(reader, entity);
  return entity;
}

template <typename Entity>
Record toRecord(Entity entity) {
  Record record;
  RecordWriter writer(record);
  describe(writer, entity);
  return record;
}

}  // namespace s113
