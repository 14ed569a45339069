// The append-only audit log: every change to every record, field by field.
#pragma once
#include <boost/optional.hpp>
#include <functional>
#include <string>
#include <vector>

#include "storage/Register.h"

namespace s113 {

struct AuditEntry {
  long long seq = 0;
  std::string at;  // ISO UTC timestamp
  std::string actor;
  std::string entity;
  std::string key;
  int version = 0;
  std::string field;
  std::string oldValue;
  std::string newValue;
};

class AuditStore {
 public:
  explicit AuditStore(Register& reg) : reg_(reg) {}
  void append(const AuditEntry& entry);  // inside the write's transaction
  // Every entry of one change (a record's changed fields) in as few
  // statements as the backend allows: one multi-row INSERT per 50 entries.
  // Each entry is still its own row, so the log stays queryable per field.
  void appendAll(const std::vector<AuditEntry>& entries);
  // Entries at or after `since` (an ISO date or timestamp), oldest first.
  std::vector<AuditEntry> list(const boost::optional<std::string>& since = boost::none,
                               const boost::optional<std::string>& entity = boost::none,
                               const boost::optional<std::string>& key = boost::none);
  // Every entry, oldest first, one at a time (a whole log need not fit in memory).
  void forEach(const std::function<void(const AuditEntry&)>& visit);
  // The newest `limit` entries recorded at or before `until` (an ISO
  // timestamp), newest first: what a screen can hold of a long log.
  std::vector<AuditEntry> newest(const std::string& until, std::size_t limit);
  // How many entries were recorded at or before `until`.
  std::size_t countUntil(const std::string& until);

 private:
  Register& reg_;
};

}  // namespace s113
