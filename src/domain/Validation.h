// Validation of a record before anything is written: field types, required
// fields, ranges and each entity's cross-field rules. References to other
// records are checked by the services layer, which can see the register.
#pragma once
#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/optional.hpp>
#include <string>
#include <vector>

#include "domain/Enums.h"
#include "domain/Errors.h"
#include "domain/Money.h"
#include "domain/FieldValues.h"
#include "domain/EntityDef.h"

namespace s113 {

// What an EntityDef::check rule sees: the record's typed values and a way to
// report a problem with a field. A value that failed to parse at the edge is
// blank here, so rules only compare values that parsed.
class RecordChecker {
 public:
  RecordChecker(const EntityDef& def, const FieldValues& values, std::string name,
                std::vector<ValidationError>& errors)
      : def_(def), values_(values), name_(std::move(name)), errors_(errors) {}
  bool blank(const std::string& field) const { return isBlank(valueIn(def_, values_, field)); }
  // The free text or key of a Text or Ref field, the spelling of an Enum
  // field's choice; "" when blank.
  std::string get(const std::string& field) const;
  void fail(const std::string& field, const std::string& message) const;
  boost::optional<boost::gregorian::date> dateOf(const std::string& field) const;
  boost::optional<long long> integerOf(const std::string& field) const;
  boost::optional<Pence> moneyOf(const std::string& field) const;
  boost::optional<BasisPoints> percentOf(const std::string& field) const;
  boost::optional<FteUnits> fteOf(const std::string& field) const;
  FunctionalSplit splitOf(const std::string& field) const;  // empty when blank
  // An Enum field's value as its enum E (the field's spellings are E's).
  template <typename E>
  boost::optional<E> choiceOf(const std::string& field) const {
    auto choice = typed<Choice>(field);
    if (!choice || choice->index >= spellings<E>().size()) return boost::none;
    return spellings<E>()[choice->index].value;
  }
  // Common rules.
  void endNotBeforeStart(const std::string& startField, const std::string& endField) const;
  void fteInRange(const std::string& field) const;  // (0, 1]
  void differ(const std::string& a, const std::string& b, const std::string& message) const;
  void notNegativeMoney(const std::string& field) const;
  void percentInRange(const std::string& field) const;  // (0, 100]

 private:
  template <typename T>
  boost::optional<T> typed(const std::string& field) const {
    if (const T* value = std::get_if<T>(&valueIn(def_, values_, field))) return *value;
    return boost::none;
  }
  const EntityDef& def_;
  const FieldValues& values_;
  std::string name_;
  std::vector<ValidationError>& errors_;
};

// "post JC-001": how messages name a record.
std::string recordLabel(const EntityDef& def, const std::string& key);

// Every problem with a record's values, each naming the record and the
// field: its key, required fields left blank, text that may not be stored,
// numbers out of range and the entity's cross-field rules. Empty when the
// record is valid. `recordName` overrides recordLabel (imports say
// "posts.csv row 4").
std::vector<ValidationError> validateValues(const EntityDef& def, const std::string& key,
                                            const FieldValues& values, const std::string& recordName = "");
// Throws ValidationErrors when validateValues finds anything.
void requireValid(const EntityDef& def, const std::string& key, const FieldValues& values);

}  // namespace s113
