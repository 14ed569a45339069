// The audit log as one row per change of a record: the field-by-field
// entries one save wrote (same record, version, time and user) read as one
// "Post BN-007 v3: Grade / band, FTE changed". The log itself, and its hash
// chain, stay as stored: this only reads AuditStore. No wx here.
#pragma once
#include <string>
#include <vector>

#include "services/AuditReads.h"

namespace s113::ui {

struct AuditChange {
  long long firstSeq = 0;  // the first entry of the change
  std::string at, actor, entity, key;
  int version = 0;
  std::vector<AuditEntry> entries;  // valid_from and deleted included
  // "created", "deleted", "restored" or "Grade / band, FTE changed".
  std::string what() const;
  // "Post BN-007 v3: Grade / band, FTE changed"
  std::string sentence() const;
  // "Title: Head of Commissioning → Head of Commissioning (audited); ...;
  // valid from 01/12/2026", values as the screen shows them (dates
  // dd/mm/yyyy, money in pounds).
  std::string details() const;
};

// Groups entries (in the order given) into changes, keeping that order.
std::vector<AuditChange> groupChanges(const std::vector<AuditEntry>& entries);

// A stored value as the screen shows it (RecordTableModel.h: displayCell).
std::string auditValue(const std::string& entity, const std::string& field, const std::string& value);

// A field's label in its entity ("grade" of a post: "Grade / band").
std::string auditFieldLabel(const std::string& entity, const std::string& field);

}  // namespace s113::ui
