#include "storage/TamperQueries.h"

#include "storage/AppendOnly.h"
#include "storage/Session.h"

namespace s113 {

void forEachUserVersion(Register& reg, const EntityDef& def,
                        const std::function<void(const std::string& key, long long version)>& visit) {
  std::string key;
  long long version = 0;
  soci::statement st = (sessionOf(reg).prepare << "SELECT " + def.keyField + ", version FROM " + def.versionsTable() +
                                                 " WHERE recorded_by <> 'schema' ORDER BY " + def.keyField + ", version",
                        soci::into(key), soci::into(version));
  st.execute();
  while (st.fetch()) visit(key, version);
}

void forEachDecisionKey(Register& reg, const std::function<void(const std::string& key)>& visit) {
  std::string key;
  soci::statement st = (sessionOf(reg).prepare << "SELECT decision_key FROM decisions ORDER BY decision_key", soci::into(key));
  st.execute();
  while (st.fetch()) visit(key);
}

std::vector<std::string> missingAppendOnlyTriggers(Register& reg) {
  return missingAppendOnlyTriggers(sessionOf(reg), reg.backend());
}

}  // namespace s113
