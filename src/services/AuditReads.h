// The audit log as the UI and the CLI read it: entries by date or record,
// and the newest changes a screen can hold. The store reads the redacted
// view for a user who may not read salaries, so these show what the user
// may see and nothing more.
#pragma once
#include <boost/optional.hpp>
#include <cstddef>
#include <string>
#include <vector>

#include "storage/AuditStore.h"
#include "storage/Register.h"

namespace s113 {

// Entries at or after `since` (an ISO date or timestamp), of one entity and
// record when given, oldest first.
std::vector<AuditEntry> auditEntries(Register& reg, const boost::optional<std::string>& since = boost::none,
                                     const boost::optional<std::string>& entity = boost::none,
                                     const boost::optional<std::string>& key = boost::none);
// The entries of the newest `limit` changes recorded at or before `until`
// (an ISO timestamp), newest first.
std::vector<AuditEntry> newestAuditEntries(Register& reg, const std::string& until, std::size_t limit);
// How many changes were recorded at or before `until`.
std::size_t auditChangeCount(Register& reg, const std::string& until);

}  // namespace s113
