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
// convert between the typed struct and its typed values (FieldValues.h), as
// storage, edits and the audit hold them. storage/RowReader.h reads one
// straight from the database.
#pragma once
#include <boost/optional.hpp>
#include <string>
#include <utility>
#include <vector>

#include "domain/Dates.h"
#include "domain/Enums.h"
#include "domain/Errors.h"
#include "domain/Money.h"
#include "domain/FieldValues.h"
#include "domain/EntityDef.h"
#include "domain/Split.h"

namespace s113 {

enum class Required { No, Yes };

using OptionalPence = boost::optional<Pence>;
using OptionalBasisPoints = boost::optional<BasisPoints>;
using OptionalInteger = boost::optional<long long>;
using OptionalFte = boost::optional<FteUnits>;
using OptionalFlag = boost::optional<bool>;

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

// Fills an entity, or a view of it (a struct describing some of its fields
// by the same names and types), from its typed values (domain/FieldValues.h).
// With the EntityDef, each field is found by name; without it, the values
// must hold exactly the entity's own fields in the order it describes them.
// A required value that is blank, or a value of the wrong type, throws
// ValidationError naming the record and the field (never read as a default).
class ValuesReader {
 public:
  ValuesReader(std::string key, const FieldValues& values, std::string recordName, const EntityDef* def = nullptr)
      : key_(std::move(key)), values_(values), recordName_(std::move(recordName)), def_(def) {}
  void key(const char*, std::string& member) { member = key_; }
  void text(const char* name, const char*, std::string& member, Required) {
    auto value = optional<std::string>(name);
    member = value ? std::move(*value) : std::string();
  }
  template <typename E>
  void choice(const char* name, const char* label, E& member) {
    boost::optional<E> value;
    choice(name, label, value);
    if (!value) throw ValidationError(recordName_, name, "is required");
    member = *value;
  }
  template <typename E>
  void choice(const char* name, const char*, boost::optional<E>& member) {
    auto value = optional<Choice>(name);
    if (value && value->index >= spellings<E>().size())
      throw ValidationError(recordName_, name, "is not one of: " + allowedValues<E>());
    member = value ? boost::optional<E>(spellings<E>()[value->index].value) : boost::none;
  }
  void ref(const char* name, const char*, const char*, RecordKey& member, Required) {
    auto value = optional<RecordKey>(name);
    member = value ? std::move(*value) : RecordKey{};
  }
  void money(const char* name, const char*, Pence& member) { member = required<Pence>(name); }
  void money(const char* name, const char*, OptionalPence& member) { member = optional<Pence>(name); }
  void percent(const char* name, const char*, BasisPoints& member) { member = required<BasisPoints>(name); }
  void percent(const char* name, const char*, OptionalBasisPoints& member) { member = optional<BasisPoints>(name); }
  void fte(const char* name, const char*, FteUnits& member) { member = required<FteUnits>(name); }
  void fte(const char* name, const char*, OptionalFte& member) { member = optional<FteUnits>(name); }
  void date(const char* name, const char*, Date& member) { member = required<Date>(name); }
  void date(const char* name, const char*, OptionalDate& member) { member = optional<Date>(name); }
  void integer(const char* name, const char*, long long& member) { member = required<long long>(name); }
  void integer(const char* name, const char*, OptionalInteger& member) { member = optional<long long>(name); }
  void flag(const char* name, const char*, bool& member) { member = required<bool>(name); }
  void flag(const char* name, const char*, OptionalFlag& member) { member = optional<bool>(name); }
  void split(const char* name, const char*, FunctionalSplit& member, Required required) {
    auto value = optional<FunctionalSplit>(name);
    if (!value && required == Required::Yes) throw ValidationError(recordName_, name, "is required");
    member = value ? std::move(*value) : FunctionalSplit{};
  }

 private:
  template <typename T>
  boost::optional<T> optional(const char* name) {
    const std::size_t index = def_ ? positionOf(name) : next_++;
    if (values_.empty()) return boost::none;  // a record with no values: every field blank
    if (index >= values_.size()) throw ValidationError(recordName_, name, "is missing from the record's values");
    const FieldValue& value = values_[index];
    if (isBlank(value)) return boost::none;
    if (const T* typed = std::get_if<T>(&value)) return *typed;
    throw ValidationError(recordName_, name, "holds a value of the wrong type");
  }
  template <typename T>
  T required(const char* name) {
    auto value = optional<T>(name);
    if (!value) throw ValidationError(recordName_, name, "is required");
    return *value;
  }
  // Fields come in the def's order, so the search starts after the last one.
  std::size_t positionOf(const char* name) {
    const auto& fields = def_->fields;
    for (std::size_t tried = 0; tried < fields.size(); ++tried) {
      const std::size_t i = (next_ + tried) % fields.size();
      if (fields[i].name == name) {
        next_ = i + 1;
        return i;
      }
    }
    throw std::logic_error("a " + def_->name + " has no field '" + name + "'");
  }

 public:
  // Without a def: whether every value was read (a view's would not be).
  bool readAll() const { return values_.empty() || next_ == values_.size(); }

 private:
  std::string key_;
  const FieldValues& values_;
  std::string recordName_;
  const EntityDef* def_;
  std::size_t next_ = 0;
};

// Writes an entity's fields to typed values, in the order it describes
// them: empty text, an empty key, an empty split and none are blank.
class ValuesWriter {
 public:
  explicit ValuesWriter(std::vector<FieldValue>& cells) : cells_(cells) {}
  void key(const char*, std::string&) {}  // the key travels beside the values
  void text(const char*, const char*, std::string& member, Required) {
    put(member.empty() ? FieldValue() : FieldValue(member));
  }
  template <typename E>
  void choice(const char*, const char*, E& member) {
    put(choiceOf(member));
  }
  template <typename E>
  void choice(const char*, const char*, boost::optional<E>& member) {
    put(member ? FieldValue(choiceOf(*member)) : FieldValue());
  }
  void ref(const char*, const char*, const char*, RecordKey& member, Required) {
    put(member.empty() ? FieldValue() : FieldValue(member));
  }
  template <typename T>
  void money(const char*, const char*, T& member) { putValue(member); }
  template <typename T>
  void percent(const char*, const char*, T& member) { putValue(member); }
  template <typename T>
  void fte(const char*, const char*, T& member) { putValue(member); }
  template <typename T>
  void date(const char*, const char*, T& member) { putValue(member); }
  template <typename T>
  void integer(const char*, const char*, T& member) { putValue(member); }
  template <typename T>
  void flag(const char*, const char*, T& member) { putValue(member); }
  void split(const char*, const char*, FunctionalSplit& member, Required) {
    put(member.empty() ? FieldValue() : FieldValue(member));
  }

 private:
  template <typename E>
  static Choice choiceOf(E value) {
    const auto& all = spellings<E>();
    for (std::size_t i = 0; i < all.size(); ++i)
      if (all[i].value == value) return Choice{static_cast<std::uint16_t>(i)};
    throw std::logic_error("a value with no spelling");
  }
  template <typename T>
  void putValue(const T& member) { put(FieldValue(member)); }
  template <typename T>
  void putValue(const boost::optional<T>& member) { put(member ? FieldValue(*member) : FieldValue()); }
  void put(FieldValue value) { cells_.push_back(std::move(value)); }
  std::vector<FieldValue>& cells_;
};

// `recordName` names the record in messages ("partner BNES"). Entity is the
// entity's own type: its values, every field in its order.
template <typename Entity>
Entity fromValues(const std::string& key, const FieldValues& values, const std::string& recordName) {
  Entity entity;
  ValuesReader reader(key, values, recordName);
  describe(reader, entity);
  if (!reader.readAll()) throw std::logic_error(recordName + ": the values are not those of the type read");
  return entity;
}

// The same for the entity `def` describes, read as its type or as a view of
// it (fields found by name).
template <typename Entity>
Entity fromValues(const EntityDef& def, const std::string& key, const FieldValues& values,
                  const std::string& recordName) {
  Entity entity;
  ValuesReader reader(key, values, recordName, &def);
  describe(reader, entity);
  return entity;
}

template <typename Entity>
FieldValues toValues(Entity entity) {
  std::vector<FieldValue> cells;
  ValuesWriter writer(cells);
  describe(writer, entity);
  return FieldValues(std::move(cells));
}

}  // namespace s113
