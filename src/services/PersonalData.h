// Personal data (UK GDPR): what the register holds about one person, and
// their anonymisation once the retention period has passed. Both are admin
// only (services/AdminOnly.h) and audited.
//
// A person is named by their person record (people.csv), the records that
// refer to it (contracts, declarations of interest) and the records that
// refer to those contracts (placements, imported pay, ...). Their
// identifying fields are the person's name and notes, a contract's payroll
// number, and the name and staff number imported pay carries
// (identifyingFields below). Nothing else is changed by anonymisation:
// salaries, FTE, dates, employers, recharges, decisions and their totals stay
// exactly as they were.
//
// The audit log's chain survives anonymisation this way: the audit rows that
// held an identifying value get the anonymised value, every row from the
// first one changed to the end is hashed again (storage/AuditChain.h), and
// the anonymisation itself is then audited, naming the chain head before
// (so the old chain can be matched against a backup), where the re-chaining
// began and how many rows it covered. `check` verifies the chain afterwards
// as before.
#pragma once
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "domain/Dates.h"
#include "storage/Register.h"

namespace s113 {

struct IdentifyingField {
  std::string entity;  // EntityDef::name
  std::string field;
  bool required;  // anonymised to a placeholder rather than emptied
};
const std::vector<IdentifyingField>& identifyingFields();

// Months after a person's last contract ends (or, with no contract, after
// their record's newest version takes effect) that their data is kept; 72
// unless set. Setting it is admin only and audited.
int retentionMonths(Register& reg);
void setRetentionMonths(Register& reg, int months);

// Everything held about `personRef`, as one JSON document:
//   {"person": REF, "produced_at", "produced_by",
//    "records": [{"entity", "key", "versions": [{"version", "valid_from",
//                 "recorded_at", "recorded_by", "deleted", "fields": {...}}]}],
//    "decisions": [decision rows whose inputs name one of their contracts],
//    "forum_items": [forum records whose text names them, same shape as records],
//    "audit": [{"seq", "at", "actor", "entity", "key", "version", "field",
//               "old_value", "new_value"}]}
// Audited (one row: who asked, when). NotFound for an unknown person.
nlohmann::json subjectAccess(Register& reg, const std::string& personRef);
// The same written to `file` (created readable by its owner only).
void writeSubjectAccess(Register& reg, const std::string& personRef, const std::filesystem::path& file);

struct AnonymisationResult {
  std::size_t valuesReplaced = 0;    // identifying values replaced in versions rows (field by row)
  std::size_t auditRowsChanged = 0;  // audit rows that held an identifying value
  std::size_t auditRowsRechained = 0;
};
// Replaces the person's identifying fields in every version and audit row,
// in one transaction. Refused (ValidationError, nothing written) while a
// contract of theirs has no end date, before the retention period has passed
// since `on`, or when they are anonymised already.
AnonymisationResult anonymisePerson(Register& reg, const std::string& personRef, const Date& on);

// The placeholder an anonymised required field holds: "anonymised PE-1".
std::string anonymisedName(const std::string& personRef);

}  // namespace s113
