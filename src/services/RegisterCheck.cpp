#include "services/RegisterCheck.h"

#include <filesystem>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "domain/References.h"
#include "domain/Validation.h"
#include "services/Hooks.h"
#include "services/TamperCheck.h"
#include "services/Roles.h"
#include "storage/SqliteChecks.h"
#include "storage/VersionStore.h"

namespace s113 {
namespace {

// The live keys of each entity that references point at, read once per
// entity (one query) rather than once per reference, and found by the
// entity's name with one hash lookup (a register has millions of references).
class LiveKeys {
 public:
  explicit LiveKeys(Register& reg) : reg_(reg) {}
  // Null when no entity has that name.
  const std::pair<const EntityDef*, std::unordered_set<std::string>>* of(const std::string& entity) {
    auto found = keys_.find(entity);
    if (found != keys_.end()) return found->second.first ? &found->second : nullptr;
    const EntityDef* def = findEntity(entity);
    auto& entry = keys_[entity];
    entry.first = def;
    if (def) entry.second = VersionStore(reg_, *def).liveKeys();
    return def ? &entry : nullptr;
  }

 private:
  Register& reg_;
  std::unordered_map<std::string, std::pair<const EntityDef*, std::unordered_set<std::string>>> keys_;
};

// The fields of `def` whose values can name other records; the rest are
// not looked up in each row.
std::vector<const FieldDef*> referringFields(const EntityDef& def) {
  std::vector<const FieldDef*> out;
  for (const auto& field : def.fields)
    if (canNameRecords(field)) out.push_back(&field);
  return out;
}

}  // namespace

CheckReport checkRegister(Register& reg, const CheckOptions& options) {
  require(reg, Action::ReadSalaries);  // every record is validated, salaries too
  CheckReport report;
  if (reg.backend() == Backend::SQLite) {
    if (options.integrity) {
      const std::string result = sqliteIntegrity(reg);
      if (result != "ok") report.errors.push_back("database integrity: " + result);
    }
    for (const auto& table : tablesWithDanglingForeignKeys(reg))
      report.errors.push_back("database: a foreign key in " + table + " points nowhere");
  }
  tamperChecks(reg, report);
  LiveKeys live(reg);
  for (const EntityDef* def : allEntities()) {
    const auto referring = referringFields(*def);
    VersionStore(reg, *def).forEachLatestLive([&](const StoredVersion& version) {
      ++report.recordsChecked;
      for (const auto& error : validateRecord(*def, version.key, version.fields)) report.errors.push_back(error.what());
      for (const FieldDef* field : referring)
        for (const auto& ref : referencesIn(*field, valueOf(version.fields, field->name))) {
          const auto* target = live.of(ref.entity);
          if (target && !target->second.count(ref.key))
            report.errors.push_back(recordLabel(*def, version.key) + ": " + field->name + ": refers to " +
                                    target->first->name + " '" + ref.key + "', which is deleted");
        }
    });
  }
  arrangementWarnings(reg, report);
  return report;
}

}  // namespace s113
