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
  struct Target {
    const EntityDef* def = nullptr;  // null: no entity has the name
    std::unordered_set<std::string> keys;
  };
  explicit LiveKeys(Register& reg) : reg_(reg) {}
  // Null when no entity has that name.
  const Target* of(const std::string& entity) {
    auto found = targets_.find(entity);
    if (found == targets_.end()) {
      Target target{findEntity(entity), {}};
      if (target.def) target.keys = VersionStore(reg_, *target.def).liveKeys();
      found = targets_.emplace(entity, std::move(target)).first;
    }
    return found->second.def ? &found->second : nullptr;
  }

 private:
  Register& reg_;
  std::unordered_map<std::string, Target> targets_;
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
          if (target && !target->keys.count(ref.key))
            report.errors.push_back(recordLabel(*def, version.key) + ": " + field->name + ": refers to " +
                                    target->def->name + " '" + ref.key + "', which is deleted");
        }
    });
  }
  arrangementWarnings(reg, report);
  return report;
}

}  // namespace s113
