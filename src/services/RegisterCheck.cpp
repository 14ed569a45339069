#include "services/RegisterCheck.h"

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "domain/Validation.h"
#include "services/Hooks.h"
#include "storage/VersionStore.h"

namespace s113 {

CheckReport checkRegister(Register& reg) {
  CheckReport report;
  if (reg.backend() == Backend::SQLite) {
    std::string result;
    reg.sql() << "PRAGMA integrity_check", soci::into(result);
    if (result != "ok") report.errors.push_back("database integrity: " + result);
    soci::rowset<soci::row> violations = reg.sql().prepare << "PRAGMA foreign_key_check";
    for (auto it = violations.begin(); it != violations.end(); ++it)
      report.errors.push_back("database: a foreign key in " + it->get<std::string>(0) + " points nowhere");
  }
  for (const EntityDef* def : allEntities()) {
    for (const auto& version : VersionStore(reg, *def).allLatestLive()) {
      ++report.recordsChecked;
      for (const auto& error : validateRecord(*def, version.key, version.fields)) report.errors.push_back(error.what());
      for (const auto& field : def->fields) {
        std::string value = valueOf(version.fields, field.name);
        if (field.type != FieldType::Ref || value.empty()) continue;
        const EntityDef* target = findEntity(field.refEntity);
        if (target && !VersionStore(reg, *target).isLive(value))
          report.errors.push_back(recordLabel(*def, version.key) + ": " + field.name + ": refers to " +
                                  target->name + " '" + value + "', which is deleted");
      }
    }
  }
  arrangementWarnings(reg, report);
  return report;
}

}  // namespace s113
