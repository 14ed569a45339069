// The entities of the register, each described once (domain/Describe.h).
#pragma once
#include <string>
#include <vector>

#include "domain/EntityDef.h"

namespace s113 {

const EntityDef& partnerDef();
const EntityDef& agreementDef();
const EntityDef& postDef();
const EntityDef& personDef();
const EntityDef& contractDef();
const EntityDef& meetingDef();      // ForumCatalog.cpp
const EntityDef& meetingItemDef();
const EntityDef& payrollProfileDef();  // PayrollCatalog.cpp
const EntityDef& payrollPayDef();

// The groups of entities, each defined in its own file (Catalog.cpp,
// ArrangementCatalog.cpp, RechargeCatalog.cpp, DecisionCatalog.cpp,
// ForumCatalog.cpp, PayrollCatalog.cpp).
std::vector<const EntityDef*> coreEntities();
std::vector<const EntityDef*> arrangementEntities();
std::vector<const EntityDef*> rechargeEntities();
std::vector<const EntityDef*> decisionEntities();
std::vector<const EntityDef*> forumEntities();
std::vector<const EntityDef*> payrollEntities();  // PayrollCatalog.cpp

// Every entity, in dependency order: an entity only refers to entities
// before it (imports load in this order, exports write in it).
const std::vector<const EntityDef*>& allEntities();

// nullptr when there is no such entity.
const EntityDef* findEntity(const std::string& name);

}  // namespace s113
