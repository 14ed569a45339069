// Validation of a record before anything is written: field types, required
// fields, ranges and each entity's cross-field rules. References to other
// records are checked by the services layer, which can see the register.
#pragma once
#include <string>
#include <vector>

#include "domain/Errors.h"
#include "domain/Record.h"

namespace s113 {

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
