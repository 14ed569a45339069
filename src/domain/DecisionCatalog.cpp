#include "domain/Catalog.h"

namespace s113 {

// The decision entities: none. Recorded employer decisions are append-only
// rows of their own table (schema/0006_decisions.sql, storage/DecisionStore.h),
// not versioned records: their inputs and trace (JSON, several kilobytes) do
// not fit the 2000-character text fields of the generic store, and a decision
// is never edited.
std::vector<const EntityDef*> decisionEntities() { return {}; }

}  // namespace s113
