// The reads the tamper checks make (services/TamperCheck.h): which versions
// and decisions exist, to be matched against the audit log.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "domain/EntityDef.h"
#include "storage/Register.h"

namespace s113 {

// The key and version of every version of an entity that a user wrote, by key
// then version. Seed rows (the NI rates), written by a migration as
// "schema", are left out: they have no audit rows.
void forEachUserVersion(Register& reg, const EntityDef& def,
                        const std::function<void(const std::string& key, long long version)>& visit);
// The key of every recorded decision, in order.
void forEachDecisionKey(Register& reg, const std::function<void(const std::string& key)>& visit);
// The append-only triggers that are missing (storage/AppendOnly.h).
std::vector<std::string> missingAppendOnlyTriggers(Register& reg);

}  // namespace s113
