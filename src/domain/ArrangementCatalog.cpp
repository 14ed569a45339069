#include "domain/Catalog.h"

namespace s113 {

// The arrangement entities: none yet.
std::vector<const EntityDef*> arrangementEntities() { return {}; }

}  // namespace s113
