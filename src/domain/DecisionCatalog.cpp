#include "domain/Catalog.h"

namespace s113 {

// The decision entities: none yet.
std::vector<const EntityDef*> decisionEntities() { return {}; }

}  // namespace s113
