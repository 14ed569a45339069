// What an import's checks of a run of rows will read, read ahead in bulk
// (storage/ReadAhead.h). Saving a record checks it against the records it
// names (their newest versions and, for a contract's FTE over time, their
// histories), against the other records naming the same ones (the other
// placements of a contract), and re-checks the records naming it (an
// edited contract's placements). Which of those the checks of an entity
// read is learnt from its earlier rows (ReadAhead::asked), so this file
// need not repeat the checks' rules: each question they asked is read
// ahead for the run's own keys and the keys it names of the entity asked
// about. One query each is one round trip each on PostgreSQL; read ahead,
// they are a few statements per run of rows.
#pragma once
#include <map>
#include <set>
#include <string>

#include "domain/EntityDef.h"
#include "storage/ReadAhead.h"
#include "storage/Register.h"

namespace s113 {

// A run of rows of one entity, as the read-ahead needs them.
struct RowsAhead {
  const EntityDef* def = nullptr;
  std::set<std::string> keys;                                // the rows' own keys
  std::map<std::string, std::set<std::string>> named;        // by entity, the keys any field names
};

// Replaces what `ahead` holds with what the checks of `rows` will read.
void readAheadFor(Register& reg, ReadAhead& ahead, const RowsAhead& rows);

}  // namespace s113
