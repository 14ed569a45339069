#include "ui/models/AuditChanges.h"

#include <map>
#include <tuple>

#include "domain/Catalog.h"
#include "ui/models/RecordTableModel.h"

namespace s113::ui {
namespace {

const char* const kArrow = " \xE2\x86\x92 ";  // " → "

std::string entityLabel(const std::string& entity) {
  const EntityDef* def = findEntity(entity);
  return def ? def->label : entity;
}

const AuditEntry* entryFor(const std::vector<AuditEntry>& entries, const std::string& field) {
  for (const auto& e : entries)
    if (e.field == field) return &e;
  return nullptr;
}

}  // namespace

std::string auditValue(const std::string& entity, const std::string& field, const std::string& value) {
  if (field == "valid_from") return displayCell(FieldDef{field, FieldType::Date, false, "", {}, ""}, value);
  if (field == "deleted") return value == "true" ? "Yes" : "No";
  const EntityDef* def = findEntity(entity);
  const FieldDef* f = def ? def->field(field) : nullptr;
  return f ? displayCell(*f, value) : value;
}

std::string auditFieldLabel(const std::string& entity, const std::string& field) {
  if (field == "valid_from") return "Valid from";
  if (field == "deleted") return "Deleted";
  const EntityDef* def = findEntity(entity);
  const FieldDef* f = def ? def->field(field) : nullptr;
  return f ? f->label : field;
}

std::string AuditChange::what() const {
  if (const AuditEntry* d = entryFor(entries, "deleted"))
    return d->newValue == "true" ? "deleted" : "restored";
  const AuditEntry* from = entryFor(entries, "valid_from");
  if (version == 1 || (from && from->oldValue.empty())) return "created";
  // The date a version takes effect from is not one of the record's fields.
  std::string fields;
  for (const auto& e : entries)
    if (e.field != "valid_from") fields += (fields.empty() ? "" : ", ") + auditFieldLabel(entity, e.field);
  return fields.empty() ? "saved" : fields + " changed";
}

std::string AuditChange::sentence() const {
  return entityLabel(entity) + " " + key + " v" + std::to_string(version) + ": " + what();
}

std::string AuditChange::details() const {
  std::string text;
  for (const auto& e : entries) {
    if (e.field == "deleted" || e.field == "valid_from") continue;
    text += (text.empty() ? "" : "; ") + auditFieldLabel(entity, e.field) + ": " +
            (e.oldValue.empty() ? "" : auditValue(entity, e.field, e.oldValue) + kArrow) +
            auditValue(entity, e.field, e.newValue);
  }
  // Last, the day the version takes effect (not "before -> after": the
  // previous version keeps its own).
  if (const AuditEntry* from = entryFor(entries, "valid_from"))
    text += (text.empty() ? "" : "; ") + std::string("valid from ") +
            auditValue(entity, "valid_from", from->newValue);
  return text;
}

std::vector<AuditChange> groupChanges(const std::vector<AuditEntry>& entries) {
  std::vector<AuditChange> out;
  std::map<std::tuple<std::string, std::string, int, std::string>, std::size_t> index;
  for (const auto& e : entries) {
    auto id = std::make_tuple(e.entity, e.key, e.version, e.at);
    auto found = index.find(id);
    if (found == index.end()) {
      found = index.emplace(id, out.size()).first;
      AuditChange change;
      change.firstSeq = e.seq;
      change.at = e.at;
      change.actor = e.actor;
      change.entity = e.entity;
      change.key = e.key;
      change.version = e.version;
      out.push_back(change);
    }
    AuditChange& change = out[found->second];
    if (e.seq < change.firstSeq) change.firstSeq = e.seq;
    change.entries.push_back(e);
  }
  return out;
}

}  // namespace s113::ui
