// Typed entities (domain/Describe.h) read through the versioned store: its
// typed values (domain/FieldValues.h) become the entity's struct, or a view
// of it, here, so callers compare enums and dates, not values by position.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/Describe.h"
#include "domain/Validation.h"
#include "services/RecordService.h"
#include "storage/TypedStore.h"
#include "storage/VersionStore.h"

namespace s113 {

// The newest version of `key` as an Entity; none when there is no such
// record or it is deleted.
template <typename Entity>
std::optional<Entity> latestLive(Register& reg, const EntityDef& def, const std::string& key) {
  auto stored = VersionStore(reg, def).latest(key);
  if (!stored || stored->deleted) return std::nullopt;
  return fromValues<Entity>(def, key, stored->fields, recordLabel(def, key));
}

// Every record in force as at `when`, as Entities, in key order.
template <typename Entity>
std::vector<Entity> allAsAt(Register& reg, const EntityDef& def, const AsAt& when) {
  std::vector<Entity> out;
  for (const auto& stored : VersionStore(reg, def).asAt(when))
    out.push_back(fromValues<Entity>(def, stored.key, stored.fields, recordLabel(def, stored.key)));
  return out;
}

// The same records read from their columns straight into Entity, or a view
// of it naming only the fields a report needs (storage/TypedStore.h): the
// read for reports over a whole register, with no exchange form between.
template <typename Entity>
std::vector<Entity> viewsAsAt(Register& reg, const EntityDef& def, const AsAt& when) {
  return entitiesAsAt<Entity>(reg, def, when);
}

// The newest version of every live record or, with `asAt`, the version in
// force on that effective date, read the same way; in key order.
template <typename Entity>
std::vector<Entity> liveViews(Register& reg, const EntityDef& def, const OptionalDate& asAt = boost::none) {
  return liveEntities<Entity>(reg, def, asAt);
}

// The record an edit writes, as an Entity or a view of it. Call it once the
// edit has passed field validation (RecordService runs its cross-checks
// after requireValid, and the form warns only about a valid record): a
// value that still does not parse throws ValidationError naming it.
template <typename Entity>
Entity editedAs(const Edit& edit) {
  return fromValues<Entity>(*edit.def, edit.key, edit.fields, recordLabel(*edit.def, edit.key));
}

// The newest version of each live record of `def` whose `field` is `value`,
// in key order.
template <typename Entity>
std::vector<Entity> liveWhere(Register& reg, const EntityDef& def, const char* field, const std::string& value) {
  std::vector<Entity> out;
  for (const auto& key : VersionStore(reg, def).liveKeysWhere(field, value))
    if (auto e = latestLive<Entity>(reg, def, key)) out.push_back(std::move(*e));
  return out;
}

}  // namespace s113
