// Typed entities (domain/Describe.h) read from a record as a file spells it
// and written back to that spelling, for the domain's own tests: the text is
// parsed at the edge (domain/ExchangeForm.h), then the values fill the type
// (fromValues), as an import does; the type gives its values (toValues),
// formatted as an export does. Domain only: no storage or services.
#pragma once
#include <string>

#include "domain/Describe.h"
#include "domain/Errors.h"
#include "domain/ExchangeForm.h"

namespace s113::test {

// An entity from its exchange form. A value that does not parse throws
// ValidationErrors (one per value, from the edge); a required value left
// blank throws ValidationError (from fromValues). Both name `recordName`.
template <typename Entity>
Entity entityFromText(const EntityDef& def, const std::string& key, const Record& record,
                      const std::string& recordName) {
  return fromValues<Entity>(key, parseFields(def, record, recordName), recordName);
}

// An entity's exchange form: every field of def, blank ones as "".
template <typename Entity>
Record entityText(const EntityDef& def, const Entity& entity) {
  return exchangeForm(def, toValues(entity));
}

// The one refusal of reading `record` as an Entity, from the edge or from
// fromValues, as "record: field" ("(accepted)" when read, "(n problems)" when
// the edge finds more than one).
template <typename Entity>
std::string refusalOf(const EntityDef& def, const std::string& key, const Record& record,
                      const std::string& recordName) {
  try {
    entityFromText<Entity>(def, key, record, recordName);
  } catch (const ValidationErrors& e) {
    if (e.errors().size() != 1) return "(" + std::to_string(e.errors().size()) + " problems)";
    return e.errors()[0].record() + ": " + e.errors()[0].field();
  } catch (const ValidationError& e) {
    return e.record() + ": " + e.field();
  }
  return "(accepted)";
}

}  // namespace s113::test
