#include "domain/Catalog.h"

namespace s113 {

// The recharge entities: none yet.
std::vector<const EntityDef*> rechargeEntities() { return {}; }

}  // namespace s113
