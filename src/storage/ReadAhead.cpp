#include "storage/ReadAhead.h"

#include <algorithm>

#include "domain/FieldValues.h"

namespace s113 {

void ReadAhead::readLatest(Register& reg, const EntityDef& def, const std::set<std::string>& keys) {
  if (keys.empty()) return;
  Table& table = tables_[def.name];
  for (const auto& key : keys) table.latest[key] = boost::none;
  for (auto& version : VersionStore(reg, def).latestOf({keys.begin(), keys.end()}))
    table.latest[version.key] = std::move(version);
}

void ReadAhead::readLiveWhere(Register& reg, const EntityDef& def, std::size_t position,
                              const std::set<std::string>& values) {
  if (values.empty()) return;
  Table& table = tables_[def.name];
  auto& byValue = table.where[position];
  for (const auto& value : values) byValue[value];
  for (auto& version : VersionStore(reg, def).latestLiveWhereIn(position, {values.begin(), values.end()})) {
    byValue[textAt(version.fields, position)].insert(version.key);
    table.latest[version.key] = std::move(version);
  }
}

void ReadAhead::readHistories(Register& reg, const EntityDef& def, const std::set<std::string>& keys) {
  if (keys.empty()) return;
  Table& table = tables_[def.name];
  for (const auto& key : keys) table.histories[key].clear();
  for (auto& version : VersionStore(reg, def).historiesOf({keys.begin(), keys.end()}))
    table.histories[version.key].push_back(std::move(version));
  for (const auto& key : keys) {
    auto& history = table.histories[key];
    std::sort(history.begin(), history.end(),
              [](const StoredVersion& a, const StoredVersion& b) { return a.version < b.version; });
  }
}

void ReadAhead::startRun(const EntityDef& def) {
  tables_.clear();
  current_ = def.name;
}

// The record leaves the set of its old value (looked for in every set when
// its newest version is not held) and joins that of its new one.
void ReadAhead::written(const EntityDef& def, const StoredVersion& version) {
  auto found = tables_.find(def.name);
  if (found == tables_.end()) return;
  Table& table = found->second;
  removeFromWhere(table, version.key);
  if (!version.deleted)
    for (auto& [position, byValue] : table.where) {
      auto set = byValue.find(textAt(version.fields, position));
      if (set != byValue.end()) set->second.insert(version.key);
    }
  table.latest[version.key] = version;
  if (auto history = table.histories.find(version.key); history != table.histories.end())
    history->second.push_back(version);
}

void ReadAhead::removeFromWhere(Table& table, const std::string& key) {
  auto before = table.latest.find(key);
  const bool known = before != table.latest.end();
  if (known && !before->second) return;  // it had no version: it was in no set
  for (auto& [position, byValue] : table.where) {
    if (!known) {
      for (auto& [value, keys] : byValue) keys.erase(key);
      continue;
    }
    if (before->second->deleted) continue;
    auto set = byValue.find(textAt(before->second->fields, position));
    if (set != byValue.end()) set->second.erase(key);
  }
}

const boost::optional<StoredVersion>* ReadAhead::latest(const EntityDef& def, const std::string& key) const {
  auto table = tables_.find(def.name);
  if (table == tables_.end()) return nullptr;
  auto found = table->second.latest.find(key);
  return found == table->second.latest.end() ? nullptr : &found->second;
}

const std::set<std::string>* ReadAhead::liveKeysWhere(const EntityDef& def, std::size_t position,
                                                      const std::string& value) const {
  auto table = tables_.find(def.name);
  if (table == tables_.end()) return nullptr;
  auto byValue = table->second.where.find(position);
  if (byValue == table->second.where.end()) return nullptr;
  auto found = byValue->second.find(value);
  return found == byValue->second.end() ? nullptr : &found->second;
}

const std::vector<StoredVersion>* ReadAhead::history(const EntityDef& def, const std::string& key) const {
  auto table = tables_.find(def.name);
  if (table == tables_.end()) return nullptr;
  auto found = table->second.histories.find(key);
  return found == table->second.histories.end() ? nullptr : &found->second;
}

}  // namespace s113
