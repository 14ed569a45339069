// The use case every edit goes through: validate -> check references ->
// check the version the edit started from -> save -> audit, in one
// transaction. The UI and the CLI call only this layer.
#pragma once
#include <string>

#include "domain/Dates.h"
#include "domain/EntityDef.h"
#include "domain/FieldValues.h"
#include "storage/Register.h"
#include "storage/VersionStore.h"

namespace s113 {

struct Edit {
  const EntityDef* def = nullptr;
  std::string key;
  FieldValues fields;  // every field of def (none: every field blank)
  // The version the user started from; 0 creates a new record. A write based
  // on anything but the newest version is refused with Conflict.
  int baseVersion = 0;
  Date validFrom;  // when the change takes effect
  // Brings a deleted record back (undo of a deletion): the base version must
  // be its tombstone. Without it, writing over a deleted record is refused.
  bool restoreDeleted = false;
};

class RecordService {
 public:
  explicit RecordService(Register& reg) : reg_(reg) {}

  // Creates or updates a record in its own transaction; returns the version
  // written (the newest version, unchanged, when the edit changes nothing).
  // Throws ValidationErrors, Conflict, NotFound.
  int save(const Edit& edit);
  // Marks a record deleted (a tombstone version). Refused while live records
  // still refer to it.
  int remove(const EntityDef& def, const std::string& key, int baseVersion, const Date& validFrom);

  // The same, inside a transaction the caller holds (imports).
  struct Options {
    bool identityCreated = false;     // the caller already created the key's identity row
    bool referencesChecked = false;   // the caller already checked every reference
    // A new record takes this version number instead of 1: an import keeps
    // the number the record had in the register it was exported from, so a
    // second export gives the same file.
    int firstVersion = 1;
  };
  int saveInTransaction(const Edit& edit, Options options);
  int saveInTransaction(const Edit& edit) { return saveInTransaction(edit, Options()); }

  Register& reg() { return reg_; }

  // Whether writing `fields` effective from `validFrom` over `latest` would
  // change nothing: the same values, taking effect no earlier than the
  // newest version (an earlier date would rewrite what the register showed
  // between the two dates). Such an edit writes no version and no audit row.
  static bool changesNothing(const StoredVersion& latest, const FieldValues& fields, const Date& validFrom);

 private:
  void checkReferences(const Edit& edit);
  void audit(const EntityDef& def, const StoredVersion& before, const StoredVersion& after);
  Register& reg_;
};

}  // namespace s113
