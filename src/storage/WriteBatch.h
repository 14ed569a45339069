// Writes gathered and sent many rows to a statement. An import writes a
// version and its audit rows for every record; one statement each is one
// network round trip each on PostgreSQL, which is most of an import's time
// there. While a WriteBatch lives on a register (inside its write
// transaction), VersionStore::insert and the services' audit rows are held
// here and written by flush(): versions in multi-row INSERTs per table, then
// the audit rows in the order they were made (AuditStore::appendAll).
//
// Reads must still see every write made before them, so VersionStore asks
// the batch before each read: a read of one record the batch holds a
// version of, and any read of a whole table the batch holds versions for,
// flushes first. A record whose identity this transaction created and that
// has no version yet is known to have none without asking the database (the
// import's checks read the record they are about to create).
//
// WriteTransaction::commit flushes what is left; a batch destroyed without a
// flush drops its rows, as the transaction's rollback drops the rest.
#pragma once
#include <map>
#include <string>
#include <unordered_set>
#include <vector>

#include "domain/FieldValues.h"
#include "storage/AuditStore.h"
#include "storage/ReadAhead.h"
#include "storage/Register.h"
#include "storage/VersionStore.h"

namespace s113 {

class WriteBatch {
 public:
  explicit WriteBatch(Register& reg);  // inside a WriteTransaction
  ~WriteBatch();
  WriteBatch(const WriteBatch&) = delete;
  WriteBatch& operator=(const WriteBatch&) = delete;

  void addVersion(const EntityDef& def, const StoredVersion& version);
  void addAudit(AuditChange&& change);
  // These keys' identity rows were just created: they have no version yet.
  void identitiesCreated(const EntityDef& def, const std::vector<std::string>& keys);

  // The newest version of `key` the batch holds, if any: this transaction's
  // own write, which no other connection can see or change, so a read of the
  // record's newest version is answered from it without a flush or a query.
  const StoredVersion* heldVersion(const EntityDef& def, const std::string& key) const;
  // Before reading one record: true when it is known to have no version
  // (no query needed); flushes first when the batch holds a version of it.
  bool knownToHaveNoVersion(const EntityDef& def, const std::string& key);
  // Before reading the live records of `def` whose field number `position`
  // (a Text or Ref field) = value: flushes unless no held version could
  // change the answer (every one a first version of a new record, none with
  // that value).
  void beforeReadWhere(const EntityDef& def, std::size_t position, const std::string& value);
  // Before any other read of `def`'s versions: flushes when it holds some.
  void beforeRead(const EntityDef& def);
  // Before a read that may join any table: flushes everything held.
  void beforeReadAnything();

  void flush();

  // What the transaction's checks are about to read, read ahead; every
  // version added reaches it (storage/ReadAhead.h).
  ReadAhead& readAhead() { return readAhead_; }

 private:
  struct Held {
    const EntityDef* def;
    StoredVersion version;
    bool newRecord;  // the first version of a record this transaction created
  };
  struct Table {
    std::unordered_set<std::string> heldKeys, noVersionYet;
    bool holdsChanges = false;  // a held version of a record that had one before
  };
  Register& reg_;
  std::vector<Held> versions_;
  std::vector<AuditChange> audit_;
  std::map<std::string, Table> tables_;  // by versions table
  ReadAhead readAhead_;
};

}  // namespace s113
