#include "storage/WriteBatch.h"

#include "domain/Catalog.h"
#include "domain/Errors.h"

namespace s113 {
namespace {
// Versions held at most: enough that a statement's round trip is small
// beside its rows, few enough that checking what a read may need stays cheap.
const std::size_t kHeldAtMost = 512;
}  // namespace

WriteBatch::WriteBatch(Register& reg) : reg_(reg) {
  if (reg_.writeBatch()) throw StorageError("A write batch is already open on this register.");
  reg_.setWriteBatch(this);
}

WriteBatch::~WriteBatch() { reg_.setWriteBatch(nullptr); }

void WriteBatch::addVersion(const EntityDef& def, const StoredVersion& version) {
  Table& table = tables_[def.versionsTable()];
  const bool newRecord = table.noVersionYet.erase(version.key) > 0;
  if (!newRecord) table.holdsChanges = true;
  table.heldKeys.insert(version.key);
  versions_.push_back({&def, version, newRecord});
  readAhead_.written(def, version);
  if (versions_.size() >= kHeldAtMost) flush();
}

void WriteBatch::addAudit(AuditChange&& change) { audit_.push_back(std::move(change)); }

void WriteBatch::identitiesCreated(const EntityDef& def, const std::vector<std::string>& keys) {
  Table& table = tables_[def.versionsTable()];
  table.noVersionYet.insert(keys.begin(), keys.end());
}

const StoredVersion* WriteBatch::heldVersion(const EntityDef& def, const std::string& key) const {
  auto table = tables_.find(def.versionsTable());
  if (table == tables_.end() || !table->second.heldKeys.count(key)) return nullptr;
  for (auto held = versions_.rbegin(); held != versions_.rend(); ++held)
    if (held->def == &def && held->version.key == key) return &held->version;
  return nullptr;
}

bool WriteBatch::knownToHaveNoVersion(const EntityDef& def, const std::string& key) {
  auto table = tables_.find(def.versionsTable());
  if (table == tables_.end()) return false;
  if (table->second.noVersionYet.count(key)) return true;
  if (table->second.heldKeys.count(key)) flush();
  return false;
}

void WriteBatch::beforeReadWhere(const EntityDef& def, std::size_t position, const std::string& value) {
  auto table = tables_.find(def.versionsTable());
  if (table == tables_.end() || table->second.heldKeys.empty()) return;
  if (table->second.holdsChanges) return flush();
  for (const Held& held : versions_)
    if (held.def->name == def.name && !held.version.fields.empty() && textAt(held.version.fields, position) == value)
      return flush();
}

void WriteBatch::beforeRead(const EntityDef& def) {
  auto table = tables_.find(def.versionsTable());
  if (table != tables_.end() && !table->second.heldKeys.empty()) flush();
}

void WriteBatch::beforeReadAnything() {
  if (!versions_.empty() || !audit_.empty()) flush();
}

void WriteBatch::flush() {
  // Versions table by table, each in the order written (their foreign keys
  // point at identity rows, which exist already), then the audit rows in the
  // order the changes were made: the chain hashes them in that order.
  std::map<const EntityDef*, std::vector<const StoredVersion*>> byEntity;
  for (const Held& held : versions_) byEntity[held.def].push_back(&held.version);
  for (const auto& [def, versions] : byEntity) VersionStore(reg_, *def).insertMany(versions);
  if (!audit_.empty()) AuditStore(reg_).appendChanges(audit_);
  versions_.clear();
  audit_.clear();
  for (auto& [name, table] : tables_) {
    table.heldKeys.clear();
    table.holdsChanges = false;
  }
}

}  // namespace s113
