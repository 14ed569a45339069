// Records as data: every entity of the register is described once by an
// EntityDef (its key, its fields and their types). Storage builds its SQL,
// the CSV exchange its columns, the audit log its field-by-field diffs and the
// UI its lists from these descriptions, so a field is added in one place.
// A record's values are held typed (FieldValues.h); files and forms hold
// them as text (ExchangeForm.h).
#pragma once
#include <functional>
#include <string>
#include <vector>

namespace s113 {

enum class FieldType {
  Text,     // free text
  Integer,  // whole number
  Money,    // pence in the database, "1234.56" in files
  Percent,  // basis points in the database, "33.33" in files
  Fte,      // ten-thousandths in the database, "0.6" in files
  Date,     // ISO text
  Bool,     // 0/1 in the database, "true"/"false" in files
  Enum,     // one of FieldDef::allowed
  Ref,      // key of another entity (FieldDef::refEntity)
  Split     // functional split "CODE:60;CODE:40": shares by partner summing to 100%
};

struct FieldDef {
  std::string name;   // column name in the database and in CSV files
  FieldType type;
  bool required;
  std::string label;  // shown on screen
  std::vector<std::string> allowed;  // Enum spellings
  std::string refEntity;             // Ref target entity name
};

class RecordChecker;

struct EntityDef {
  std::string name;     // "post": used in messages, audit and as table stem
  std::string label;    // "Post"
  std::string table;    // identity table "posts"; versions live in "<table>_versions"
  std::string keyField; // "ref" or "code"
  std::string csvFile;  // "posts.csv"
  std::vector<FieldDef> fields;
  // The entity's own cross-field rules (an end before a start, ...), run by
  // validateRecord after every field has been checked on its own.
  std::function<void(const RecordChecker&, const std::string& key)> check;

  const FieldDef* field(const std::string& fieldName) const;
  std::string versionsTable() const { return table + "_versions"; }
};

}  // namespace s113
