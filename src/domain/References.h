// Which other records a field's value names, so that every caller checking
// references (a save, an import) checks the same ones: a reference field
// names one record of its refEntity; a split ("BNES:60;BCCG:40") names the
// partner of each share.
#pragma once
#include <string>
#include <vector>

#include "domain/EntityDef.h"
#include "domain/FieldValues.h"

namespace s113 {

struct RecordReference {
  std::string entity;  // "partner"
  std::string key;     // "BNES"
};

// Whether a field's values can name other records at all (a reference or a
// split): a pass over many rows looks only in these.
bool canNameRecords(const FieldDef& field);
// None for other field types and a blank value.
std::vector<RecordReference> referencesIn(const FieldDef& field, const FieldValue& value);

}  // namespace s113
