#include "services/RecordReads.h"

namespace s113 {

boost::optional<StoredVersion> latestVersion(Register& reg, const EntityDef& def, const std::string& key) {
  return VersionStore(reg, def).latest(key);
}

std::vector<StoredVersion> versionHistory(Register& reg, const EntityDef& def, const std::string& key) {
  return VersionStore(reg, def).history(key);
}

std::vector<StoredVersion> versionsAsAt(Register& reg, const EntityDef& def, const AsAt& when) {
  return VersionStore(reg, def).asAt(when);
}

std::vector<StoredVersion> liveVersions(Register& reg, const EntityDef& def) {
  return VersionStore(reg, def).allLatestLive();
}

void forEachLiveVersion(Register& reg, const EntityDef& def,
                        const std::function<void(const StoredVersion&)>& visit) {
  VersionStore(reg, def).forEachLatestLive(visit);
}

std::size_t liveCount(Register& reg, const EntityDef& def) { return VersionStore(reg, def).countLive(); }

}  // namespace s113
