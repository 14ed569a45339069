#include "services/RecordService.h"

#include <algorithm>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "domain/ExchangeForm.h"
#include "domain/References.h"
#include "domain/Validation.h"
#include "services/Hooks.h"
#include "services/LineManagerCycle.h"
#include "services/Roles.h"
#include "storage/AuditStore.h"
#include "storage/WriteBatch.h"

namespace s113 {

void RecordService::checkReferences(const Edit& edit) {
  std::vector<ValidationError> errors;
  if (edit.fields.empty()) return;
  for (std::size_t i = 0; i < edit.def->fields.size(); ++i)
    for (const auto& ref : referencesIn(edit.def->fields[i], edit.fields[i])) {
      if (ref.entity == edit.def->name && ref.key == edit.key) continue;
      const EntityDef* target = findEntity(ref.entity);
      if (!target || !VersionStore(reg_, *target).isLive(ref.key))
        errors.emplace_back(recordLabel(*edit.def, edit.key), edit.def->fields[i].name,
                            "there is no " + (target ? target->label : ref.entity) + " '" + ref.key + "'");
    }
  if (!errors.empty()) throw ValidationErrors(std::move(errors));
}

void RecordService::audit(const EntityDef& def, const StoredVersion& before, const StoredVersion& after) {
  AuditFieldsJson fields;  // one row for the version: one statement, not one per field
  if (before.version == 0 || before.validFrom != after.validFrom)
    fields.add("valid_from", before.version == 0 ? "" : formatIso(before.validFrom), formatIso(after.validFrom));
  if (before.deleted != after.deleted) fields.add("deleted", before.deleted ? "true" : "false", after.deleted ? "true" : "false");
  const FieldValue blank;
  for (std::size_t i = 0; i < def.fields.size(); ++i) {
    const FieldValue& oldValue = before.fields.empty() ? blank : before.fields[i];
    const FieldValue& newValue = after.fields.empty() ? blank : after.fields[i];
    if (oldValue != newValue)  // the log holds each value as the files spell it
      fields.add(def.fields[i].name, exchangeText(def.fields[i], oldValue), exchangeText(def.fields[i], newValue));
  }
  if (fields.empty()) return;
  AuditChange change{0, after.recordedAt, after.recordedBy, def.name, after.key, after.version, fields.take()};
  if (WriteBatch* batch = reg_.writeBatch())
    batch->addAudit(std::move(change));  // written with the batch's versions, in this order
  else
    AuditStore(reg_).appendChanges({change});
}

int RecordService::saveInTransaction(const Edit& edit, Options options) {
  const EntityDef& def = *edit.def;
  const bool identityCreated = options.identityCreated;
  require(reg_, writeActionFor(def.name));
  requireValid(def, edit.key, edit.fields);
  if (!options.referencesChecked) checkReferences(edit);
  refuseLineManagerCycle(reg_, edit);
  arrangementCrossChecks(reg_, edit);
  rechargeCrossChecks(reg_, edit);
  forumCrossChecks(reg_, edit);
  payrollCrossChecks(reg_, edit);
  VersionStore store(reg_, def);
  // A new record whose identity the caller has just created has no version yet.
  auto latest = identityCreated && edit.baseVersion == 0 ? boost::none : store.latest(edit.key);
  if (edit.baseVersion == 0 && latest && !identityCreated)
    throw Conflict(recordLabel(def, edit.key) + " already exists.");
  if (edit.baseVersion > 0) {
    if (!latest) throw NotFound(recordLabel(def, edit.key) + " does not exist.");
    if (latest->version != edit.baseVersion)
      throw Conflict(recordLabel(def, edit.key) + " was changed by " + latest->recordedBy + " at " +
                     latest->recordedAt + " after you opened it (you started from version " +
                     std::to_string(edit.baseVersion) + ", it is now at version " +
                     std::to_string(latest->version) + "). Your change was not saved: reload and edit again.");
    if (latest->deleted && !edit.restoreDeleted)
      throw NotFound(recordLabel(def, edit.key) + " has been deleted.");
    if (!latest->deleted && edit.restoreDeleted)
      throw Conflict(recordLabel(def, edit.key) + " is not deleted: there is nothing to restore.");
  } else if (edit.restoreDeleted) {
    throw NotFound(recordLabel(def, edit.key) + " was never deleted: there is nothing to restore.");
  }
  const FieldValues written = edit.fields.empty() ? FieldValues(def) : edit.fields;
  if (latest && !latest->deleted && changesNothing(*latest, written, edit.validFrom)) return latest->version;
  StoredVersion before;
  if (latest) before = *latest;
  StoredVersion after;
  after.key = edit.key;
  after.version = edit.baseVersion > 0 ? edit.baseVersion + 1 : std::max(1, options.firstVersion);
  after.validFrom = edit.validFrom;
  after.recordedAt = formatTimestamp(reg_.recordingTime());
  after.recordedBy = reg_.recordingUser();
  after.fields = written;
  store.insert(after, !identityCreated);
  audit(def, before, after);
  return after.version;
}

bool RecordService::changesNothing(const StoredVersion& latest, const FieldValues& fields, const Date& validFrom) {
  return latest.fields == fields && validFrom >= latest.validFrom;
}

int RecordService::save(const Edit& edit) {
  try {
    WriteTransaction tx(reg_);
    int version = saveInTransaction(edit);
    tx.commit();
    return version;
  } catch (const soci::soci_error& e) {
    throw StorageError(std::string("The register could not be written: ") + e.what());
  }
}

int RecordService::remove(const EntityDef& def, const std::string& key, int baseVersion, const Date& validFrom) {
  require(reg_, writeActionFor(def.name));
  WriteTransaction tx(reg_);
  VersionStore store(reg_, def);
  auto latest = store.latest(key);
  if (!latest || latest->deleted) throw NotFound(recordLabel(def, key) + " does not exist.");
  if (latest->version != baseVersion)
    throw Conflict(recordLabel(def, key) + " was changed by " + latest->recordedBy + " at " + latest->recordedAt +
                   " after you opened it. It was not deleted: reload and try again.");
  std::vector<std::string> users;
  for (const EntityDef* other : allEntities())
    for (const auto& field : other->fields)
      if (field.type == FieldType::Ref && field.refEntity == def.name)
        for (const auto& k : VersionStore(reg_, *other).liveKeysWhere(field.name, key))
          if (!(other == &def && k == key)) users.push_back(recordLabel(*other, k));
  for (const auto& label : rechargesCovering(reg_, def, key)) users.push_back(label);
  if (!users.empty()) {
    std::string list;
    for (const auto& u : users) list += (list.empty() ? "" : ", ") + u;
    throw ValidationError(recordLabel(def, key), def.keyField, "is still used by " + list);
  }
  StoredVersion after = *latest;
  after.version = baseVersion + 1;
  after.validFrom = validFrom;
  after.recordedAt = formatTimestamp(reg_.recordingTime());
  after.recordedBy = reg_.recordingUser();
  after.deleted = true;
  store.insert(after);
  audit(def, *latest, after);
  tx.commit();
  return after.version;
}

}  // namespace s113
