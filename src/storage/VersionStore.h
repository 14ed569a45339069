// Generic storage of an entity's versions (see schema/0001_initial.sql and
// domain/EntityDef.h): every entity is read and written through one of these,
// built from its EntityDef, as typed values (domain/FieldValues.h).
#pragma once
#include <boost/optional.hpp>
#include <functional>
#include <string>
#include <unordered_set>
#include <vector>

#include "domain/Dates.h"
#include "domain/Errors.h"
#include "domain/FieldValues.h"
#include "storage/Register.h"

namespace soci {
class row;
}

namespace s113 {

struct StoredVersion {
  std::string key;
  int version = 0;
  Date validFrom;
  std::string recordedAt;
  std::string recordedBy;
  bool deleted = false;
  // One value per field of the EntityDef. Fields a store reading only some
  // columns leaves out, and those a user may not read (salaries, personal
  // notes), are blank; a tombstone keeps the values it deleted.
  FieldValues fields;
};

// Which view of the register to read.
struct AsAt {
  Date effective;                          // the effective date
  boost::optional<std::string> recordedUntil; // only versions recorded at or before this ISO timestamp
};

class VersionStore {
 public:
  VersionStore(Register& reg, const EntityDef& def);
  // Reads only these fields of each version (the others are blank in
  // StoredVersion::fields): a bulk read that needs a few columns of many
  // rows then neither fetches nor converts the rest.
  VersionStore(Register& reg, const EntityDef& def, const std::vector<std::string>& onlyFields);

  // The newest version written (the baseline of an edit), deleted or not.
  boost::optional<StoredVersion> latest(const std::string& key);
  // Every version of a record, oldest first.
  std::vector<StoredVersion> history(const std::string& key);
  // Records in force as at a date (deleted ones left out), ordered by key.
  std::vector<StoredVersion> asAt(const AsAt& when);
  boost::optional<StoredVersion> asAt(const AsAt& when, const std::string& key);
  // At most `limit` of the same records, those with keys after `afterKey`
  // ("": from the first), ordered by key: a list read a page at a time.
  std::vector<StoredVersion> asAtPage(const AsAt& when, const std::string& afterKey, std::size_t limit);
  // True when the key exists and its newest version is not deleted.
  // The newest version of every record that is not deleted, ordered by key.
  std::vector<StoredVersion> allLatestLive();
  // The same, one record at a time, without holding them all (checks,
  // exports and runs over a whole register).
  void forEachLatestLive(const std::function<void(const StoredVersion&)>& visit);
  // The same for `check`: a value the database holds that is not one of its
  // field's type is left blank and handed over as a problem, instead of
  // stopping the read (which the others do, throwing ValidationError).
  using CheckedVisitor = std::function<void(const StoredVersion&, std::vector<ValidationError>&& unreadable)>;
  void forEachLatestLiveChecked(const CheckedVisitor& visit);
  // Every version of every record, by key then version (a bulk history).
  void forEachVersion(const std::function<void(const StoredVersion&)>& visit);
  // Every version of the records whose keys `keysQuery` selects (a fixed SQL
  // SELECT of one column, no parameters), by key then version.
  void forEachVersionOf(const std::string& keysQuery, const std::function<void(const StoredVersion&)>& visit);

  // The same reads one row at a time for a reader that converts the field
  // columns itself (storage/TypedStore.h): `version` holds the row's key,
  // version, dates, author and deletion but no fields (the visitor may move
  // from it); the field columns are row's from `firstField` on, in the order
  // of the fields read (the EntityDef's, or onlyFields').
  using RowVisitor = std::function<void(StoredVersion& version, const soci::row& row, std::size_t firstField)>;
  void forEachLatestLiveRow(const RowVisitor& visit);
  void forEachRowAsAt(const AsAt& when, const RowVisitor& visit);
  void forEachVersionRowOf(const std::string& keysQuery, const RowVisitor& visit);

  // The keys of every live record: one query, for checking many references.
  std::unordered_set<std::string> liveKeys();
  bool isLive(const std::string& key);
  std::size_t countLive();
  // True when no record of the entity was ever written (a first import need
  // not look each key up).
  bool neverWritten();

  // Writes a version. version == 1 also creates the identity row. Throws
  // Conflict when that version already exists (another writer got there
  // first). Call inside a WriteTransaction.
  void insert(const StoredVersion& version, bool createIdentity = true);
  // Creates only the identity row (imports create every key first, so that
  // records may refer to each other in any order).
  void createIdentity(const std::string& key);
  // The same for many keys, many rows to a statement. Throws as
  // createIdentity for the first key that cannot be created.
  void createIdentities(const std::vector<std::string>& keys);
  // Writes versions now, many rows to a statement (a WriteBatch's flush):
  // the identity rows exist. Throws as insert for the first row refused.
  void insertMany(const std::vector<const StoredVersion*>& versions);
  // Keys of live records whose newest version has `field` = value.
  std::vector<std::string> liveKeysWhere(const std::string& field, const std::string& value);

  // Bulk reads for a read-ahead (storage/ReadAhead.h), a statement per few
  // dozen keys or values: the newest version of each of `keys` that has
  // one; the newest versions of the live records whose field number
  // `position` is one of `values`; every version of each of `keys`.
  std::vector<StoredVersion> latestOf(const std::vector<std::string>& keys);
  std::vector<StoredVersion> latestLiveWhereIn(std::size_t position, const std::vector<std::string>& values);
  std::vector<StoredVersion> historiesOf(const std::vector<std::string>& keys);

 private:
  std::string selectColumns() const;
  std::vector<StoredVersion> query(const std::string& where, const std::vector<std::string>& params);
  void scan(const std::string& where, const std::vector<std::string>& params,
            const std::function<void(StoredVersion&&)>& visit);
  void scanRows(const std::string& where, const std::vector<std::string>& params, const RowVisitor& visit);
  void readFields(StoredVersion& v, const soci::row& row, std::size_t firstField,
                  std::vector<ValidationError>* unreadable = nullptr) const;
  std::string newestVersion(const char* comparison = "=") const;
  std::string latestLiveCondition() const;
  boost::optional<std::string> pageEnd(const boost::optional<std::string>& after, std::size_t size);
  std::string latestLiveByKey() const;     // latestLiveCondition, ordered by key
  std::string historyOfKey() const;        // one key's versions, oldest first
  std::vector<StoredVersion> queryIn(const std::string& column, const std::string& condition,
                                     const std::vector<std::string>& values);
  StoredVersion asRead(const StoredVersion& held) const;
  std::vector<std::string> withVersions(const std::vector<std::string>& keys);
  std::string versionsOf(const std::string& keysQuery) const;
  void insertNow(const StoredVersion& version);
  std::string insertSql(std::size_t rows) const;
  bool noVersionYet(const std::string& key);
  void beforeRead();
  Register& reg_;
  const EntityDef& def_;
  std::vector<const FieldDef*> fields_;  // the fields read, in column order
  std::vector<std::size_t> indices_;     // their positions among the EntityDef's fields
};

}  // namespace s113
