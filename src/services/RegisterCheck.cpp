#include "services/RegisterCheck.h"

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "domain/References.h"
#include "domain/Validation.h"
#include "services/Hooks.h"
#include "services/ParallelReads.h"
#include "services/TamperCheck.h"
#include "services/Roles.h"
#include "storage/SqliteChecks.h"
#include "storage/VersionStore.h"

namespace s113 {
namespace {

// The live keys of each entity that references point at, read once per
// entity (one query) rather than once per reference, and found by the
// entity's name with one hash lookup (a register has millions of references).
// Shared by the jobs of one check: the first to ask for an entity's keys reads
// them on its own connection while the others wait.
class LiveKeys {
 public:
  struct Target {
    const EntityDef* def = nullptr;  // null: no entity has the name
    std::unordered_set<std::string> keys;
  };
  // Null when no entity has that name. A target, once read, never changes.
  const Target* of(Register& reg, const std::string& entity) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto found = targets_.find(entity);
    if (found == targets_.end()) {
      Target target{findEntity(entity), {}};
      if (target.def) target.keys = VersionStore(reg, *target.def).liveKeys();
      found = targets_.emplace(entity, std::move(target)).first;
    }
    return found->second.def ? &found->second : nullptr;
  }

 private:
  std::mutex mutex_;
  std::unordered_map<std::string, Target> targets_;  // its elements stay put as it grows
};

// The positions of the fields of `def` whose values can name other records;
// the rest are not looked at in each row.
std::vector<std::size_t> referringFields(const EntityDef& def) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < def.fields.size(); ++i)
    if (canNameRecords(def.fields[i])) out.push_back(i);
  return out;
}

// Every live record of `def` validated again, and its references followed.
void checkRecords(Register& reg, const EntityDef& def, LiveKeys& live, CheckReport& part) {
  const auto referring = referringFields(def);
  VersionStore(reg, def).forEachLatestLiveChecked([&](const StoredVersion& version,
                                                      std::vector<ValidationError>&& unreadable) {
    ++part.recordsChecked;
    for (const auto& error : unreadable) part.errors.push_back(error.what());
    for (const auto& error : validateValues(def, version.key, version.fields)) {
      const bool reported = std::any_of(unreadable.begin(), unreadable.end(),
                                        [&](const ValidationError& u) { return u.field() == error.field(); });
      if (!reported) part.errors.push_back(error.what());  // a required value that could not be read
    }
    if (version.fields.empty()) return;  // no values: every field blank, naming nothing
    for (const std::size_t i : referring)
      for (const auto& ref : referencesIn(def.fields[i], version.fields[i])) {
        const auto* target = live.of(reg, ref.entity);
        if (target && !target->keys.count(ref.key))
          part.errors.push_back(recordLabel(def, version.key) + ": " + def.fields[i].name + ": refers to " +
                                target->def->name + " '" + ref.key + "', which is deleted");
      }
  });
}

void checkDatabase(Register& reg, const CheckOptions& options, CheckReport& part) {
  if (reg.backend() != Backend::SQLite) return;
  if (options.integrity) {
    const std::string result = sqliteIntegrity(reg);
    if (result != "ok") part.errors.push_back("database integrity: " + result);
  }
  for (const auto& table : tablesWithDanglingForeignKeys(reg))
    part.errors.push_back("database: a foreign key in " + table + " points nowhere");
}

void append(CheckReport& report, CheckReport&& part) {
  report.recordsChecked += part.recordsChecked;
  for (auto& e : part.errors) report.errors.push_back(std::move(e));
  for (auto& w : part.warnings) report.warnings.push_back(std::move(w));
}

}  // namespace

// The findings in this order: the database's own checks, the tamper
// evidence, each entity's records, the arrangements' warnings; the pieces run
// side by side (services/ParallelReads.h), the longest first.
CheckReport checkRegister(Register& reg, const CheckOptions& options) {
  require(reg, Action::ReadSalaries);  // every record is validated, salaries too
  const auto& entities = allEntities();
  CheckReport database, tamper, arrangements;
  std::vector<CheckReport> records(entities.size());
  LiveKeys live;
  std::vector<ReadJob> jobs{[&](Register& r) { arrangementWarnings(r, arrangements); },
                            [&](Register& r) { tamperChecks(r, tamper); },
                            [&](Register& r) { checkDatabase(r, options, database); }};
  for (std::size_t i = 0; i < entities.size(); ++i)
    jobs.push_back([&, i](Register& r) { checkRecords(r, *entities[i], live, records[i]); });
  runReadJobs(reg, jobs);
  CheckReport report;
  append(report, std::move(database));
  append(report, std::move(tamper));
  for (auto& part : records) append(report, std::move(part));
  append(report, std::move(arrangements));
  return report;
}

}  // namespace s113
