#include "services/RegisterCheck.h"

#include <filesystem>
#include <map>
#include <unordered_set>

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
// entity (one query) rather than once per reference.
class LiveKeys {
 public:
  explicit LiveKeys(Register& reg) : reg_(reg) {}
  const std::unordered_set<std::string>& of(const EntityDef& def) {
    auto found = keys_.find(def.name);
    if (found == keys_.end()) found = keys_.emplace(def.name, VersionStore(reg_, def).liveKeys()).first;
    return found->second;
  }

 private:
  Register& reg_;
  std::map<std::string, std::unordered_set<std::string>> keys_;
};

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
    VersionStore(reg, *def).forEachLatestLive([&](const StoredVersion& version) {
      ++report.recordsChecked;
      for (const auto& error : validateRecord(*def, version.key, version.fields)) report.errors.push_back(error.what());
      for (const auto& field : def->fields)
        for (const auto& ref : referencesIn(field, valueOf(version.fields, field.name))) {
          const EntityDef* target = findEntity(ref.entity);
          if (target && !live.of(*target).count(ref.key))
            report.errors.push_back(recordLabel(*def, version.key) + ": " + field.name + ": refers to " +
                                    target->name + " '" + ref.key + "', which is deleted");
        }
    });
  }
  arrangementWarnings(reg, report);
  return report;
}

}  // namespace s113
