#include "services/ImportReadAhead.h"

#include "domain/Catalog.h"

namespace s113 {
namespace {
// The keys of `entity` the rows name, and their own keys when they are its.
std::set<std::string> keysOf(const RowsAhead& rows, const std::string& entity) {
  std::set<std::string> keys;
  if (entity == rows.def->name) keys = rows.keys;
  if (auto named = rows.named.find(entity); named != rows.named.end())
    keys.insert(named->second.begin(), named->second.end());
  return keys;
}
}  // namespace

void readAheadFor(Register& reg, ReadAhead& ahead, const RowsAhead& rows) {
  ahead.startRun(*rows.def);
  const ReadAhead::Asked& asked = ahead.asked(*rows.def);
  for (const auto& entity : asked.latest)
    if (const EntityDef* def = findEntity(entity)) ahead.readLatest(reg, *def, keysOf(rows, entity));
  for (const auto& entity : asked.histories)
    if (const EntityDef* def = findEntity(entity)) ahead.readHistories(reg, *def, keysOf(rows, entity));
  for (const auto& [entity, position] : asked.liveWhere)
    if (const EntityDef* def = findEntity(entity))
      ahead.readLiveWhere(reg, *def, position, keysOf(rows, def->fields.at(position).refEntity));
}

}  // namespace s113
