#include "storage/VersionStore.h"

#include "domain/Errors.h"
#include "domain/Money.h"
#include "domain/Roles.h"
#include "domain/Validation.h"
#include "storage/SqlValues.h"
#include "storage/StatementCache.h"
#include "storage/WriteBatch.h"
#include "storage/Session.h"

namespace s113 {

VersionStore::VersionStore(Register& reg, const EntityDef& def) : reg_(reg), def_(def) {
  for (std::size_t i = 0; i < def_.fields.size(); ++i) {
    fields_.push_back(&def_.fields[i]);
    indices_.push_back(i);
  }
}

VersionStore::VersionStore(Register& reg, const EntityDef& def, const std::vector<std::string>& onlyFields)
    : reg_(reg), def_(def) {
  for (std::size_t i = 0; i < def_.fields.size(); ++i)
    for (const auto& name : onlyFields)
      if (def_.fields[i].name == name) {
        fields_.push_back(&def_.fields[i]);
        indices_.push_back(i);
      }
}

std::string VersionStore::selectColumns() const {
  std::string cols = "v." + def_.keyField + ", v.version, v.valid_from, v.recorded_at, v.recorded_by, v.deleted";
  // A user who may not read salaries and personal notes is never sent them
  // (on PostgreSQL the database refuses that user those columns).
  const bool blankPrivate = !readsSalaries(reg_.roles());
  for (const FieldDef* f : fields_)
    cols += blankPrivate && isSalaryOrPersonalNote(def_.name, f->name) ? ", NULL AS " + f->name : ", v." + f->name;
  return cols;
}

void VersionStore::scanRows(const std::string& where, const std::vector<std::string>& params,
                            const RowVisitor& visit) {
  std::string q = "SELECT " + selectColumns() + " FROM " + def_.versionsTable() + " v " + where;
  try {
    CachedStatement st(reg_, q);
    for (const auto& p : params) st.bindText(p);
    st.query();
    while (st.fetch()) {
      const soci::row& row = st.row();
      StoredVersion v;
      v.key = cellText(row, 0);
      v.version = static_cast<int>(cellInteger(row, 1));
      v.validFrom = parseIsoDate(cellText(row, 2));
      v.recordedAt = cellText(row, 3);
      v.recordedBy = cellText(row, 4);
      v.deleted = cellInteger(row, 5) != 0;
      visit(v, row, 6);
    }
  } catch (const soci::soci_error& e) {
    throw StorageError("Reading " + def_.table + " failed: " + std::string(e.what()));
  }
}

// Rows as typed values.
void VersionStore::scan(const std::string& where, const std::vector<std::string>& params,
                        const std::function<void(StoredVersion&&)>& visit) {
  scanRows(where, params, [&](StoredVersion& v, const soci::row& row, std::size_t firstField) {
    readFields(v, row, firstField);
    visit(std::move(v));
  });
}

void VersionStore::readFields(StoredVersion& v, const soci::row& row, std::size_t firstField,
                              std::vector<ValidationError>* unreadable) const {
  v.fields = FieldValues(def_);
  for (std::size_t i = 0; i < fields_.size(); ++i) {
    try {
      v.fields[indices_[i]] = fromDatabase(*fields_[i], row, firstField + i);
    } catch (const std::invalid_argument& e) {
      ValidationError error(recordLabel(def_, v.key), fields_[i]->name, e.what());
      if (!unreadable) throw error;
      unreadable->push_back(std::move(error));
    }
  }
}

std::vector<StoredVersion> VersionStore::query(const std::string& where,
                                               const std::vector<std::string>& params) {
  std::vector<StoredVersion> out;
  scan(where, params, [&](StoredVersion&& v) { out.push_back(std::move(v)); });
  return out;
}

// A record a write batch knows has no version is not looked up; any other
// read first lets the batch write what the read must see.
bool VersionStore::noVersionYet(const std::string& key) {
  WriteBatch* batch = reg_.writeBatch();
  return batch && batch->knownToHaveNoVersion(def_, key);
}

void VersionStore::beforeRead() {
  if (WriteBatch* batch = reg_.writeBatch()) batch->beforeRead(def_);
}

// A version this transaction holds unwritten or read ahead, as a read of
// this store gives it: only the store's fields, private ones blanked for a
// user who may not read them.
StoredVersion VersionStore::asRead(const StoredVersion& held) const {
  StoredVersion out = held;
  out.fields = FieldValues(def_);
  if (held.fields.empty()) return out;
  const bool blankPrivate = !readsSalaries(reg_.roles());
  for (std::size_t i : indices_)
    if (!(blankPrivate && isSalaryOrPersonalNote(def_.name, def_.fields[i].name))) out.fields[i] = held.fields[i];
  return out;
}

boost::optional<StoredVersion> VersionStore::latest(const std::string& key) {
  if (WriteBatch* batch = reg_.writeBatch()) {
    if (const StoredVersion* held = batch->heldVersion(def_, key)) return asRead(*held);
    if (const auto* known = batch->readAhead().latest(def_, key))
      return *known ? boost::make_optional(asRead(**known)) : boost::none;
  }
  if (noVersionYet(key)) return boost::none;
  if (WriteBatch* batch = reg_.writeBatch()) batch->readAhead().missedLatest(def_);
  auto rows = query("WHERE v." + def_.keyField + " = :k ORDER BY v.version DESC LIMIT 1", {key});
  if (rows.empty()) return boost::none;
  return rows.front();
}

std::vector<StoredVersion> VersionStore::history(const std::string& key) {
  if (WriteBatch* batch = reg_.writeBatch())
    if (const auto* known = batch->readAhead().history(def_, key)) {
      std::vector<StoredVersion> out;
      for (const auto& version : *known) out.push_back(asRead(version));
      return out;
    }
  if (noVersionYet(key)) return {};
  if (WriteBatch* batch = reg_.writeBatch()) batch->readAhead().missedHistory(def_);
  return query(historyOfKey(), {key});
}

std::string VersionStore::historyOfKey() const { return "WHERE v." + def_.keyField + " = :k ORDER BY v.version"; }

namespace {
// The version in force on a date is the one with the latest effective date
// on or before it; a correction recorded later for the same effective date
// (a higher version) wins the tie.
// `withAfter`, `withUpTo`: only keys after a given one, up to another (a
// page of a list).
std::string inForceCondition(const EntityDef& def, bool withRecorded, bool withKey, bool withAfter = false,
                             bool withUpTo = false) {
  std::string t = def.versionsTable(), k = def.keyField;
  std::string rec = withRecorded ? " AND w.recorded_at <= :r2" : "";
  std::string cond = "WHERE v.valid_from <= :d1" + std::string(withRecorded ? " AND v.recorded_at <= :r1" : "") +
                     (withKey ? " AND v." + k + " = :k" : "") + (withAfter ? " AND v." + k + " > :after" : "") +
                     (withUpTo ? " AND v." + k + " <= :upto" : "") +
                     " AND NOT EXISTS (SELECT 1 FROM " + t + " w WHERE w." + k + " = v." + k +
                     " AND w.valid_from <= :d2" + rec +
                     " AND (w.valid_from > v.valid_from OR (w.valid_from = v.valid_from AND w.version > "
                     "v.version))) AND v.deleted = 0 ORDER BY v." + k;
  return cond;
}
// In the order inForceCondition names them; `key` stands for the key or the
// key to read after, `upTo` for the last key of a page.
std::vector<std::string> inForceParams(const AsAt& when, const std::string* key, const std::string* upTo = nullptr) {
  std::string d = formatIso(when.effective);
  std::vector<std::string> p{d};
  if (when.recordedUntil) p.push_back(*when.recordedUntil);
  if (key) p.push_back(*key);
  if (upTo) p.push_back(*upTo);
  p.push_back(d);
  if (when.recordedUntil) p.push_back(*when.recordedUntil);
  return p;
}
}  // namespace

std::vector<StoredVersion> VersionStore::asAt(const AsAt& when) {
  beforeRead();
  return query(inForceCondition(def_, when.recordedUntil.has_value(), false), inForceParams(when, nullptr));
}

void VersionStore::forEachRowAsAt(const AsAt& when, const RowVisitor& visit) {
  beforeRead();
  scanRows(inForceCondition(def_, when.recordedUntil.has_value(), false), inForceParams(when, nullptr), visit);
}

boost::optional<StoredVersion> VersionStore::asAt(const AsAt& when, const std::string& key) {
  if (noVersionYet(key)) return boost::none;
  auto rows = query(inForceCondition(def_, when.recordedUntil.has_value(), true), inForceParams(when, &key));
  if (rows.empty()) return boost::none;
  return rows.front();
}

// A range of `limit` keys at a time (pageEnd), until `limit` records are in force or the keys run out.
std::vector<StoredVersion> VersionStore::asAtPage(const AsAt& when, const std::string& afterKey,
                                                  std::size_t limit) {
  beforeRead();
  const bool recorded = when.recordedUntil.has_value();
  std::vector<StoredVersion> out;
  if (limit == 0) return out;
  boost::optional<std::string> after;
  if (!afterKey.empty()) after = afterKey;
  while (out.size() < limit) {
    const boost::optional<std::string> last = pageEnd(after, limit);
    auto range = query(inForceCondition(def_, recorded, false, after.has_value(), last.has_value()),
                       inForceParams(when, after.get_ptr(), last.get_ptr()));
    for (auto& version : range) {
      if (out.size() == limit) break;
      out.push_back(std::move(version));
    }
    if (!last) break;
    after = last;
  }
  return out;
}

// The newest version of each key, when it is not a deletion.
// "v.version = (the record's newest version)", or with another comparison.
std::string VersionStore::newestVersion(const char* comparison) const {
  const std::string t = def_.versionsTable(), k = def_.keyField;
  return "v.version " + std::string(comparison) + " (SELECT MAX(w.version) FROM " + t + " w WHERE w." + k +
         " = v." + k + ")";
}

std::string VersionStore::latestLiveCondition() const { return "WHERE v.deleted = 0 AND " + newestVersion(); }

std::string VersionStore::latestLiveByKey() const { return latestLiveCondition() + " ORDER BY v." + def_.keyField; }

std::vector<StoredVersion> VersionStore::allLatestLive() {
  beforeRead();
  return query(latestLiveByKey(), {});
}

void VersionStore::forEachLatestLive(const std::function<void(const StoredVersion&)>& visit) {
  forEachLatestLiveRow([&](StoredVersion& v, const soci::row& row, std::size_t firstField) {
    readFields(v, row, firstField);
    visit(v);
  });
}

void VersionStore::forEachLatestLiveChecked(const CheckedVisitor& visit) {
  forEachLatestLiveRow([&](StoredVersion& v, const soci::row& row, std::size_t firstField) {
    std::vector<ValidationError> unreadable;
    readFields(v, row, firstField, &unreadable);
    visit(v, std::move(unreadable));
  });
}

// In pages of keys (pageEnd): PostgreSQL hands a client a query's whole
// result at once, which for a national register's posts is hundreds of
// megabytes.
void VersionStore::forEachLatestLiveRow(const RowVisitor& visit) {
  beforeRead();
  const std::size_t kPage = 5000;
  const std::string k = def_.keyField;
  boost::optional<std::string> after;
  for (;;) {
    const boost::optional<std::string> last = pageEnd(after, kPage);
    std::string where = latestLiveCondition();
    std::vector<std::string> params;
    if (after) {
      where += " AND v." + k + " > :after";
      params.push_back(*after);
    }
    if (last) {
      where += " AND v." + k + " <= :last";
      params.push_back(*last);
    }
    scanRows(where + " ORDER BY v." + k, params, visit);
    if (!last) return;
    after = last;
  }
}

// The `size`th key after `after` (from the first key when none), from the
// identity table's own index; none when fewer keys than that are left. A
// page is the range of keys up to it. (Paging by "after this key ... ORDER
// BY key LIMIT n" made PostgreSQL, which guesses that the version
// conditions keep few rows, filter and sort every later row for every page:
// quadratic in the register's size.)
boost::optional<std::string> VersionStore::pageEnd(const boost::optional<std::string>& after, std::size_t size) {
  const std::string k = def_.keyField;
  const std::string q = "SELECT " + k + " FROM " + def_.table + (after ? " WHERE " + k + " > :after" : "") +
                        " ORDER BY " + k + " LIMIT 1 OFFSET " + std::to_string(size - 1);
  try {
    CachedStatement st(reg_, q);
    if (after) st.bindText(*after);
    st.query();
    if (!st.fetch()) return boost::none;
    return cellText(st.row(), 0);
  } catch (const soci::soci_error& e) {
    throw StorageError("Reading " + def_.table + " failed: " + std::string(e.what()));
  }
}

void VersionStore::forEachVersion(const std::function<void(const StoredVersion&)>& visit) {
  beforeRead();
  scan("ORDER BY v." + def_.keyField + ", v.version", {}, [&](StoredVersion&& v) { visit(v); });
}

std::string VersionStore::versionsOf(const std::string& keysQuery) const {
  return "WHERE v." + def_.keyField + " IN (" + keysQuery + ") ORDER BY v." + def_.keyField + ", v.version";
}

void VersionStore::forEachVersionOf(const std::string& keysQuery,
                                    const std::function<void(const StoredVersion&)>& visit) {
  forEachVersionRowOf(keysQuery, [&](StoredVersion& v, const soci::row& row, std::size_t firstField) {
    readFields(v, row, firstField);
    visit(v);
  });
}

void VersionStore::forEachVersionRowOf(const std::string& keysQuery, const RowVisitor& visit) {
  if (WriteBatch* batch = reg_.writeBatch()) batch->beforeReadAnything();  // the keys' query may read any table
  scanRows(versionsOf(keysQuery), {}, visit);
}

std::unordered_set<std::string> VersionStore::liveKeys() {
  beforeRead();
  std::unordered_set<std::string> keys;
  CachedStatement st(reg_, "SELECT v." + def_.keyField + " FROM " + def_.versionsTable() + " v " + latestLiveCondition());
  st.query();
  while (st.fetch()) keys.insert(cellText(st.row(), 0));
  return keys;
}

bool VersionStore::isLive(const std::string& key) {
  auto v = latest(key);
  return v && !v->deleted;
}

std::size_t VersionStore::countLive() {
  beforeRead();
  CachedStatement st(reg_, "SELECT COUNT(*) FROM " + def_.versionsTable() + " v " + latestLiveCondition());
  st.query();
  return st.fetch() ? static_cast<std::size_t>(cellInteger(st.row(), 0)) : 0;
}

bool VersionStore::neverWritten() {
  CachedStatement st(reg_, "SELECT 1 FROM " + def_.table + " LIMIT 1");
  st.query();
  return !st.fetch();
}

void VersionStore::createIdentity(const std::string& key) {
  try {
    CachedStatement st(reg_, "INSERT INTO " + def_.table + " (" + def_.keyField + ") VALUES (:k)");
    st.bindText(key);
    st.execute();
  } catch (const soci::soci_error& e) {
    if (isUniqueViolation(e)) throw Conflict(recordLabel(def_, key) + " already exists.");
    throw StorageError("Writing " + recordLabel(def_, key) + " failed: " + std::string(e.what()));
  }
}

std::vector<std::string> VersionStore::liveKeysWhere(const std::string& field, const std::string& value) {
  std::string t = def_.versionsTable(), k = def_.keyField;
  std::vector<std::string> keys;
  // The field's name is needed for the SQL; its position, found once, for
  // the versions a write batch holds.
  const std::size_t position = fieldIndex(def_, field);
  const FieldType type = def_.fields[position].type;
  if (type != FieldType::Text && type != FieldType::Ref)
    throw std::logic_error("records of a " + def_.name + " are looked up only by text or a key, not by " + field);
  if (WriteBatch* batch = reg_.writeBatch()) {
    if (const auto* known = batch->readAhead().liveKeysWhere(def_, position, value))
      return {known->begin(), known->end()};
    batch->readAhead().missedLiveWhere(def_, position);
    batch->beforeReadWhere(def_, position, value);
  }
  CachedStatement st(reg_, "SELECT v." + k + " FROM " + t + " v WHERE v." + field + " = :val AND v.deleted = 0 AND " +
                               newestVersion() + " ORDER BY v." + k);
  st.bindText(value);
  st.query();
  while (st.fetch()) keys.push_back(cellText(st.row(), 0));
  return keys;
}

namespace {
// Keys or values per statement of a bulk read; a shorter last group repeats
// its last value, so that each read has one statement to compile.
const std::size_t kInGroup = 64;

std::string inList(const std::string& column) {
  std::string list = column + " IN (";
  for (std::size_t i = 0; i < kInGroup; ++i) list += (i ? ", :p" : ":p") + std::to_string(i);
  return list + ")";
}
}  // namespace

// `condition` follows "WHERE <column> IN (...)".
std::vector<StoredVersion> VersionStore::queryIn(const std::string& column, const std::string& condition,
                                                 const std::vector<std::string>& values) {
  std::vector<StoredVersion> out;
  if (values.empty()) return out;
  beforeRead();
  const std::string where = "WHERE " + inList(column) + condition;
  for (std::size_t first = 0; first < values.size(); first += kInGroup) {
    std::vector<std::string> group(values.begin() + first,
                                   values.begin() + std::min(values.size(), first + kInGroup));
    group.resize(kInGroup, group.back());
    scan(where, group, [&](StoredVersion&& v) { out.push_back(std::move(v)); });
  }
  return out;
}

// Keys this transaction created and has not written yet are known to have
// no version: they are not asked for. (In a first import that is every key
// an entity's own rows name, while its table is still filling: PostgreSQL
// would plan the statement for a nearly empty table and keep that plan.)
std::vector<std::string> VersionStore::withVersions(const std::vector<std::string>& keys) {
  std::vector<std::string> out;
  for (const auto& key : keys)
    if (!noVersionYet(key)) out.push_back(key);
  return out;
}

std::vector<StoredVersion> VersionStore::latestOf(const std::vector<std::string>& keys) {
  return queryIn("v." + def_.keyField, " AND " + newestVersion(), withVersions(keys));
}

std::vector<StoredVersion> VersionStore::latestLiveWhereIn(std::size_t position,
                                                           const std::vector<std::string>& values) {
  return queryIn("v." + def_.fields.at(position).name, " AND v.deleted = 0 AND " + newestVersion(), values);
}

// "version <= the newest" holds for every version; it is there for
// PostgreSQL's planner. Asked for 64 keys of a versions table it has no
// statistics for (an import's, in the transaction that fills it), it guesses
// that each key matches 0.5% of the rows and scans the whole table, unless a
// per-row condition makes that scan dear (as in latestOf, which it answers
// from the key index). In no order (ordering by key and version made it walk
// the whole primary key): ReadAhead sorts.
std::vector<StoredVersion> VersionStore::historiesOf(const std::vector<std::string>& keys) {
  return queryIn("v." + def_.keyField, " AND " + newestVersion("<="), withVersions(keys));
}

void VersionStore::insert(const StoredVersion& version, bool createIdentity) {
  if (version.version == 1 && createIdentity) this->createIdentity(version.key);
  if (WriteBatch* batch = reg_.writeBatch())
    batch->addVersion(def_, version);
  else
    insertNow(version);
}

namespace {

// Rows per statement: a full batch goes in statements of 64 rows, the rest
// in smaller steps, so that a connection keeps at most four statements per
// table and each stays far below either backend's limit on parameters.
// Larger statements save little more on each execution but take far longer
// to compile (SQLite: some 12 ms for 256 rows of a wide table).
const std::size_t kRowSteps[] = {64, 16, 4, 1};

// Runs `together` inside a savepoint. When the database refuses it, rolls
// back to the savepoint and runs `oneByOne`, which meets the refusal one
// row at a time and throws exactly what a single write of that row throws.
void togetherOrOneByOne(Register& reg, const std::function<void()>& together,
                        const std::function<void()>& oneByOne) {
  sessionOf(reg) << "SAVEPOINT s113_batch";
  try {
    together();
  } catch (const soci::soci_error&) {
    sessionOf(reg) << "ROLLBACK TO SAVEPOINT s113_batch";
    oneByOne();
  }
  sessionOf(reg) << "RELEASE SAVEPOINT s113_batch";
}

// Calls write(first, count) for consecutive runs of `total` items.
void inSteps(std::size_t total, const std::function<void(std::size_t, std::size_t)>& write) {
  std::size_t done = 0;
  for (std::size_t step : kRowSteps)
    for (; total - done >= step; done += step) write(done, step);
}

}  // namespace

void VersionStore::createIdentities(const std::vector<std::string>& keys) {
  if (keys.size() == 1) createIdentity(keys.front());
  if (keys.size() > 1)
    togetherOrOneByOne(
        reg_,
        [&] {
          inSteps(keys.size(), [&](std::size_t first, std::size_t count) {
            std::string sql = "INSERT INTO " + def_.table + " (" + def_.keyField + ") VALUES ";
            for (std::size_t i = 0; i < count; ++i) sql += i == 0 ? "(:k0)" : ", (:k" + std::to_string(i) + ")";
            CachedStatement st(reg_, sql);
            for (std::size_t i = 0; i < count; ++i) st.bindText(keys[first + i]);
            st.execute();
          });
        },
        [&] {
          for (const auto& key : keys) createIdentity(key);
        });
  if (WriteBatch* batch = reg_.writeBatch()) batch->identitiesCreated(def_, keys);
}

std::string VersionStore::insertSql(std::size_t rows) const {
  std::string cols = def_.keyField + ", version, valid_from, recorded_at, recorded_by, deleted";
  for (const auto& field : def_.fields) cols += ", " + field.name;
  std::string sql = "INSERT INTO " + def_.versionsTable() + " (" + cols + ") VALUES ";
  for (std::size_t r = 0; r < rows; ++r) {
    const std::string n = "_" + std::to_string(r);
    sql += (r == 0 ? "(" : ", (") + std::string(":p0") + n + ", :p1" + n + ", :p2" + n + ", :p3" + n + ", :p4" + n +
           ", :p5" + n;
    for (std::size_t i = 0; i < def_.fields.size(); ++i) sql += ", :f" + std::to_string(i) + n;
    sql += ")";
  }
  return sql;
}

namespace {
void bindVersion(CachedStatement& st, const EntityDef& def, const StoredVersion& version) {
  st.bindText(version.key);
  st.bindInteger(version.version);
  st.bindText(formatIso(version.validFrom));
  st.bindText(version.recordedAt);
  st.bindText(version.recordedBy);
  st.bindInteger(version.deleted ? 1 : 0);
  const FieldValue blank;
  for (std::size_t i = 0; i < def.fields.size(); ++i)
    bindForDatabase(st, def.fields[i], version.fields.empty() ? blank : version.fields[i]);
}
}  // namespace

void VersionStore::insertMany(const std::vector<const StoredVersion*>& versions) {
  if (versions.size() == 1) insertNow(*versions.front());
  if (versions.size() <= 1) return;
  togetherOrOneByOne(
      reg_,
      [&] {
        inSteps(versions.size(), [&](std::size_t first, std::size_t count) {
          CachedStatement st(reg_, insertSql(count));
          for (std::size_t i = 0; i < count; ++i) bindVersion(st, def_, *versions[first + i]);
          st.execute();
        });
      },
      [&] {
        for (const StoredVersion* version : versions) insertNow(*version);
      });
}

void VersionStore::insertNow(const StoredVersion& version) {
  try {
    CachedStatement st(reg_, insertSql(1));
    bindVersion(st, def_, version);
    st.execute();
  } catch (const soci::soci_error& e) {
    if (isUniqueViolation(e) && version.version == 1)
      throw Conflict(recordLabel(def_, version.key) + " already exists.");
    if (isUniqueViolation(e))
      throw Conflict(recordLabel(def_, version.key) + " was changed by someone else while you were editing it (version " +
                     std::to_string(version.version) + " already exists). Reload it and make your change again.");
    throw StorageError("Writing " + recordLabel(def_, version.key) + " failed: " + std::string(e.what()));
  }
}

}  // namespace s113
