// Validation of a record before anything is written: field types, required
// fields, ranges and each entity's cross-field rules. References to other
// records are checked by the services layer, which can see the register.
#pragma once
#include <string>
#include <vector>

#include "domain/EntityDef.h"
#include "domain/Errors.h"
#include "domain/FieldValues.h"

namespace s113 {

// What an entity's rules (EntityDef::check, built by rulesOf in
// EntityRules.h) are given besides the key: the record's values, the name
// messages give it, and where each problem found goes.
struct RecordChecker {
  const FieldValues& values;
  std::string recordName;
  std::vector<ValidationError>& errors;
};

// "post JC-001": how messages name a record.
std::string recordLabel(const EntityDef& def, const std::string& key);

// Every problem with a record's values, each naming the record and the
// field: its key, required fields left blank, text that may not be stored,
// numbers out of range and the entity's cross-field rules (EntityDef::check),
// which leave alone the fields already at fault. Empty when the record is
// valid. `recordName` overrides recordLabel (imports say
// "posts.csv row 4").
std::vector<ValidationError> validateValues(const EntityDef& def, const std::string& key,
                                            const FieldValues& values, const std::string& recordName = "");
// Throws ValidationErrors when validateValues finds anything.
void requireValid(const EntityDef& def, const std::string& key, const FieldValues& values);

}  // namespace s113
