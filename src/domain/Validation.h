// Validation of a record before anything is written: field types, required
// fields, ranges and each entity's cross-field rules. References to other
// records are checked by the services layer, which can see the register.
#pragma once
#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/optional.hpp>
#include <string>
#include <vector>

#include "domain/Errors.h"
#include "domain/Money.h"
#include "domain/Record.h"

namespace s113 {

// What an EntityDef::check rule sees: the record's values and a way to
// report a problem with a field. Values that failed their type check read as
// absent here, so rules only compare values that parsed.
class RecordChecker {
 public:
  RecordChecker(const Record& record, std::string name, std::vector<ValidationError>& errors)
      : record_(record), name_(std::move(name)), errors_(errors) {}
  std::string get(const std::string& field) const { return valueOf(record_, field); }
  void fail(const std::string& field, const std::string& message) const;
  boost::optional<boost::gregorian::date> dateOf(const std::string& field) const;
  boost::optional<long long> integerOf(const std::string& field) const;
  boost::optional<Pence> moneyOf(const std::string& field) const;
  boost::optional<BasisPoints> percentOf(const std::string& field) const;
  boost::optional<FteUnits> fteOf(const std::string& field) const;
  // Common rules.
  void endNotBeforeStart(const std::string& startField, const std::string& endField) const;
  void fteInRange(const std::string& field) const;  // (0, 1]
  void differ(const std::string& a, const std::string& b, const std::string& message) const;
  void notNegativeMoney(const std::string& field) const;
  void percentInRange(const std::string& field) const;  // (0, 100]

 private:
  const Record& record_;
  std::string name_;
  std::vector<ValidationError>& errors_;
};

// "post JC-001": how messages name a record.
std::string recordLabel(const EntityDef& def, const std::string& key);

// Every problem with the record, each naming the record and the field; empty
// when the record is valid. `recordName` overrides recordLabel (imports say
// "posts.csv row 4").
std::vector<ValidationError> validateRecord(const EntityDef& def, const std::string& key,
                                            const Record& record, const std::string& recordName = "");

// Throws ValidationErrors when validateRecord finds anything.
void requireValid(const EntityDef& def, const std::string& key, const Record& record);

// Brings a valid value to its one canonical spelling ("60.0" -> "60",
// "1.50" -> "1.5"), so that export after import gives identical files.
Record canonicalRecord(const EntityDef& def, const Record& record);

}  // namespace s113
