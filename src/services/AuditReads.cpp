#include "services/AuditReads.h"

namespace s113 {

std::vector<AuditEntry> auditEntries(Register& reg, const boost::optional<std::string>& since,
                                     const boost::optional<std::string>& entity,
                                     const boost::optional<std::string>& key) {
  return AuditStore(reg).list(since, entity, key);
}

std::vector<AuditEntry> newestAuditEntries(Register& reg, const std::string& until, std::size_t limit) {
  return AuditStore(reg).newest(until, limit);
}

std::size_t auditChangeCount(Register& reg, const std::string& until) {
  return AuditStore(reg).countUntil(until);
}

}  // namespace s113
