// The exchange form of a record: its field values as the text a CSV file or
// a form holds them in (ISO dates, money "1234.56", percentages "60", FTE
// "0.6", flags "true"/"false", enum spellings, keys; "" for blank), by field
// name. Only the edges use it: a value is parsed once as it comes in
// from a file, a form or the command line, and formatted once as it goes out.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "domain/EntityDef.h"
#include "domain/Errors.h"
#include "domain/FieldValues.h"

namespace s113 {

using Record = std::map<std::string, std::string>;

// A field's text: "" when absent.
inline std::string valueOf(const Record& record, const std::string& field) {
  auto it = record.find(field);
  return it == record.end() ? std::string() : it->second;
}

// The one canonical spelling of a value ("" for blank).
std::string exchangeText(const FieldDef& field, const FieldValue& value);
// Parses one value ("" is blank). Throws std::invalid_argument saying why the
// text is not a value of the field's type.
FieldValue parseFieldText(const FieldDef& field, const std::string& text);

// Every field of `values`, formatted; blank fields as "".
Record exchangeForm(const EntityDef& def, const FieldValues& values);

// Implemented with the rest of validation (Validation.cpp):
// At an edge (a file's row, a form, the command line): every problem with a
// record in exchange form, its values' spelling as well as validateValues' (Validation.h).
std::vector<ValidationError> validateRecord(const EntityDef& def, const std::string& key,
                                            const Record& record, const std::string& recordName = "");
// The record's values, parsed once; throws ValidationErrors listing every
// problem validateRecord finds.
FieldValues parseRecord(const EntityDef& def, const std::string& key, const Record& record,
                        const std::string& recordName = "");
// Only the spelling of each value: throws ValidationErrors for a field the
// entity does not have and for each value that does not parse, and leaves
// the rest (required fields, the entity's rules) to the save that follows.
FieldValues parseFields(const EntityDef& def, const Record& record, const std::string& recordName);

}  // namespace s113
