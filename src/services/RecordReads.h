// The versions of one entity's records as the UI, the CLI and the reports
// read them: the newest version, a record's history, the live records and
// how many there are. They go through the versioned store, which blanks
// salaries and personal notes for a user who may not read them, so the
// callers above the services need not know the store exists.
#pragma once
#include <boost/optional.hpp>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "domain/EntityDef.h"
#include "storage/Register.h"
#include "storage/VersionStore.h"

namespace s113 {

// The newest version written of `key`, deleted or not (the baseline of an
// edit); none when no such record was ever written.
boost::optional<StoredVersion> latestVersion(Register& reg, const EntityDef& def, const std::string& key);
// Every version of `key`, oldest first.
std::vector<StoredVersion> versionHistory(Register& reg, const EntityDef& def, const std::string& key);
// The records in force as at `when` (deleted ones left out), in key order.
std::vector<StoredVersion> versionsAsAt(Register& reg, const EntityDef& def, const AsAt& when);
// The newest version of every live record, in key order.
std::vector<StoredVersion> liveVersions(Register& reg, const EntityDef& def);
// The same, one at a time, for a run over a whole register.
void forEachLiveVersion(Register& reg, const EntityDef& def,
                        const std::function<void(const StoredVersion&)>& visit);
// How many records are live (one query: a caller deciding whether a list is
// short enough to show need not read it).
std::size_t liveCount(Register& reg, const EntityDef& def);

}  // namespace s113
