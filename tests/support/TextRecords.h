// Tests write records as a file would spell them ({"fte", "0.6"}) and read
// them back the same way: these parse and format at that edge
// (domain/ExchangeForm.h), as an import and an export do.
#pragma once
#include <string>

#include "support/FieldsByName.h"
#include "domain/Dates.h"
#include "domain/ExchangeForm.h"
#include "domain/Validation.h"
#include "services/RecordService.h"

namespace s113::test {

// A record's values from their spelling; throws ValidationErrors for a field
// the entity lacks or a value that does not parse. Rules are the save's.
inline FieldValues values(const EntityDef& def, const Record& record) {
  return parseFields(def, record, "test record");
}

// An edit of a record written as text. A value that does not parse is
// refused naming the record as the save would ("post JC-002").
inline Edit textEdit(const EntityDef& def, const std::string& key, const Record& record, int baseVersion,
                     const Date& validFrom) {
  return Edit{&def, key, parseFields(def, record, recordLabel(def, key)), baseVersion, validFrom};
}

// Values as text: every field of def, blank ones as "".
inline Record text(const EntityDef& def, const FieldValues& values) { return exchangeForm(def, values); }
// One field's value as text ("" when blank).
inline std::string text(const EntityDef& def, const FieldValues& values, const std::string& field) {
  return exchangeText(def.fields[fieldIndex(def, field)], valueIn(def, values, field));
}

}  // namespace s113::test
