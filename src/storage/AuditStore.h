// The append-only audit log: every change to every record. Stored as one row
// per change of a record (audit_changes: entity, key, version, when, who and
// the fields it changed, schema/0016_audit_changes.*.sql), read field by field
// (the views audit_log and audit_log_redacted) as AuditEntry.
#pragma once
#include <boost/optional.hpp>
#include <functional>
#include <string>
#include <vector>

#include "storage/Register.h"

namespace s113 {

// One changed field of one change. Entries of one change share its seq.
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

// One stored row: a change with its fields as the JSON text stored
// (auditChangesJson).
struct AuditChange {
  long long seq = 0;
  std::string at;
  std::string actor;
  std::string entity;
  std::string key;
  int version = 0;
  std::string changes;
};

// The `changes` text of the entries of one change: a JSON array of
// [field, old value, new value] arrays, in the order given.
std::string auditChangesJson(const std::vector<AuditEntry>& fields);

// The same text built one field at a time, as a save finds what it changed:
// one change written without an entry per field.
class AuditFieldsJson {
 public:
  void add(const std::string& field, const std::string& oldValue, const std::string& newValue);
  bool empty() const { return text_.size() <= 1; }
  std::string take() { return std::move(text_ += ']'); }

 private:
  std::string text_ = "[";
};

class AuditStore {
 public:
  explicit AuditStore(Register& reg) : reg_(reg) {}
  // One change of one field, as one row (inside the write's transaction).
  void append(const AuditEntry& entry);
  // Entries in the order given; consecutive entries of the same record
  // version (at, actor, entity, key and version alike) are one change, one
  // row. Written with one multi-row INSERT per 50 changes.
  void appendAll(const std::vector<AuditEntry>& entries);
  // Changes already grouped, one row each, in the order given.
  void appendChanges(const std::vector<AuditChange>& changes);
  // Entries at or after `since` (an ISO date or timestamp), oldest first.
  std::vector<AuditEntry> list(const boost::optional<std::string>& since = boost::none,
                               const boost::optional<std::string>& entity = boost::none,
                               const boost::optional<std::string>& key = boost::none);
  // Every entry, oldest first, one at a time (a whole log need not fit in memory).
  void forEach(const std::function<void(const AuditEntry&)>& visit);
  // The entries of the newest `limit` changes recorded at or before `until`
  // (an ISO timestamp), newest first: what a screen can hold of a long log.
  std::vector<AuditEntry> newest(const std::string& until, std::size_t limit);
  // How many changes were recorded at or before `until`.
  std::size_t countUntil(const std::string& until);

 private:
  Register& reg_;
};

}  // namespace s113
