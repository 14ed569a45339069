#include "storage/AuditMigration.h"

#include <algorithm>
#include <charconv>
#include <functional>
#include <vector>

#include "domain/Errors.h"
#include "storage/AuditChain.h"
#include "storage/Register.h"
#include "storage/Sha256.h"

namespace s113 {
namespace {

// The hash of one per-field row of schemas 13 to 15, exactly as those
// versions of the program computed it: each value as its length, ':', the
// value and a newline, after the hash of the row before.
class FieldRowHasher {
 public:
  const std::string& hash(const std::string& previous, const AuditEntry& e) {
    text_.assign("s113-audit-1\n");
    for (const std::string* value : {&previous, &e.at, &e.actor, &e.entity, &e.key}) append(*value);
    append(std::to_string(e.version));
    for (const std::string* value : {&e.field, &e.oldValue, &e.newValue}) append(*value);
    sha_.hexInto(text_.data(), text_.size(), hex_);
    return hex_;
  }

 private:
  void append(const std::string& value) {
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value.size()).ptr;
    text_.append(digits, end);
    text_ += ':';
    text_ += value;
    text_ += '\n';
  }
  std::string text_;
  std::string hex_;
  Sha256 sha_;
};

struct FieldRow {
  AuditEntry entry;
  std::string hash;
  soci::indicator hashInd = soci::i_null;
};

// Reads the per-field rows of `table` after seq `after`, in seq order, a page at a time.
class FieldRowPages {
 public:
  FieldRowPages(soci::session& sql, const std::string& table, const std::string& where, long long after)
      : after_(after),
        st_((sql.prepare << "SELECT seq, at, actor, entity, record_key, version, field, old_value, new_value, hash "
                            "FROM " + table + " WHERE seq > :a" + where + " ORDER BY seq LIMIT 10000",
             soci::use(after_), soci::into(row.entry.seq), soci::into(row.entry.at), soci::into(row.entry.actor),
             soci::into(row.entry.entity), soci::into(row.entry.key), soci::into(row.entry.version),
             soci::into(row.entry.field), soci::into(row.entry.oldValue), soci::into(row.entry.newValue),
             soci::into(row.hash, row.hashInd))) {}

  // The next page's rows; empty at the end.
  std::vector<FieldRow> next() {
    std::vector<FieldRow> rows;
    st_.execute();
    while (st_.fetch()) rows.push_back(row);
    if (!rows.empty()) after_ = rows.back().entry.seq;
    return rows;
  }

  FieldRow row;

 private:
  long long after_;
  soci::statement st_;
};

std::string describe(const AuditEntry& e) {
  return "audit log row " + std::to_string(e.seq) + " (" + e.at + ", " + e.actor + ": " + e.entity + " " + e.key +
         " version " + std::to_string(e.version) + ", " + e.field + ")";
}

bool sameChange(const AuditEntry& a, const AuditEntry& b) {
  return a.version == b.version && a.key == b.key && a.entity == b.entity && a.at == b.at && a.actor == b.actor;
}

// Writes the changes the old rows make, in order, chained from "".
class ChangeWriter {
 public:
  explicit ChangeWriter(soci::session& sql)
      : st_((sql.prepare << "INSERT INTO audit_changes (at, actor, entity, record_key, version, changes, hash) "
                            "VALUES (:at, :by, :e, :k, :v, :c, :h)",
             soci::use(change_.at), soci::use(change_.actor), soci::use(change_.entity), soci::use(change_.key),
             soci::use(change_.version), soci::use(change_.changes), soci::use(head_))) {}

  // Adds one old row; the change before it is written when this row starts another.
  void add(const AuditEntry& e) {
    if (!fields_.empty() && !sameChange(fields_.back(), e)) flush();
    fields_.push_back(e);
    lastSeq_ = e.seq;
  }
  void flush() {
    if (fields_.empty()) return;
    const AuditEntry& e = fields_.front();
    change_ = {0, e.at, e.actor, e.entity, e.key, e.version, auditChangesJson(fields_)};
    head_ = auditChangeHash(head_, change_);
    st_.execute(true);
    groupEnds_.push_back(lastSeq_);
    fields_.clear();
  }
  // The highest old seq of each change written, in order: change n (from 1) ends at groupEnds()[n - 1].
  const std::vector<long long>& groupEnds() const { return groupEnds_; }

 private:
  AuditChange change_;
  std::string head_;
  std::vector<AuditEntry> fields_;
  long long lastSeq_ = 0;
  std::vector<long long> groupEnds_;
  soci::statement st_;
};

// Runs `work` with the trigger that keeps closed periods as they were
// (schema 14) lifted: only the migration moves a close's audit_seq.
void withClosesUnguarded(soci::session& sql, Backend backend, const std::function<void()>& work) {
  if (backend == Backend::PostgreSQL) {
    sql << "ALTER TABLE recharge_closes DISABLE TRIGGER recharge_closes_no_change";
    work();
    sql << "ALTER TABLE recharge_closes ENABLE TRIGGER recharge_closes_no_change";
    return;
  }
  std::string trigger;
  soci::indicator ind = soci::i_null;
  sql << "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'recharge_closes_no_update'",
      soci::into(trigger, ind);
  if (ind == soci::i_ok) sql << "DROP TRIGGER recharge_closes_no_update";
  work();
  if (ind == soci::i_ok) sql << trigger;  // as schema 14 wrote it
}

// A close recorded the log's last seq; it now records the last change written by then.
void renumberCloses(soci::session& sql, const std::vector<long long>& groupEnds) {
  std::vector<std::pair<std::pair<std::string, std::string>, long long>> closes;
  {
    std::string year, through;
    long long seq = 0;
    soci::statement st = (sql.prepare << "SELECT year, through, audit_seq FROM recharge_closes", soci::into(year),
                          soci::into(through), soci::into(seq));
    st.execute();
    while (st.fetch()) closes.push_back({{year, through}, seq});
  }
  for (const auto& [close, seq] : closes) {
    const long long renumbered = std::upper_bound(groupEnds.begin(), groupEnds.end(), seq) - groupEnds.begin();
    sql << "UPDATE recharge_closes SET audit_seq = :n WHERE year = :y AND through = :t", soci::use(renumbered),
        soci::use(close.first), soci::use(close.second);
  }
}

}  // namespace

void chainUnhashedAuditRows(soci::session& sql) {
  long long first = 0;
  soci::indicator ind = soci::i_null;
  sql << "SELECT MIN(seq) FROM audit_log WHERE hash IS NULL", soci::into(first, ind);
  if (ind != soci::i_ok) return;
  std::string previous;
  soci::indicator previousInd = soci::i_null;
  sql << "SELECT hash FROM audit_log WHERE seq < :s AND hash IS NOT NULL ORDER BY seq DESC LIMIT 1", soci::use(first),
      soci::into(previous, previousInd);
  if (previousInd != soci::i_ok) previous.clear();
  FieldRowHasher hasher;
  FieldRowPages pages(sql, "audit_log", " AND hash IS NULL", first - 1);
  for (auto rows = pages.next(); !rows.empty(); rows = pages.next())
    for (const FieldRow& row : rows) {
      previous = hasher.hash(previous, row.entry);
      sql << "UPDATE audit_log SET hash = :h WHERE seq = :s", soci::use(previous), soci::use(row.entry.seq);
    }
}

void convertAuditLogToChanges(soci::session& sql, Backend backend) {
  FieldRowHasher hasher;
  ChangeWriter writer(sql);
  std::string previous;
  FieldRowPages pages(sql, "audit_log_before_16", "", 0);
  for (auto rows = pages.next(); !rows.empty(); rows = pages.next())
    for (const FieldRow& row : rows) {
      if (row.hashInd != soci::i_ok || row.hash != hasher.hash(previous, row.entry))
        throw StorageError("The audit log's hash chain is broken at " + describe(row.entry) +
                           ": it was changed, added to or cut outside the program. Schema 16 stores the log "
                           "again, one row per change, and is not applied to a broken chain: the register "
                           "is unchanged. Restore it from a backup taken before the break.");
      previous = row.hash;
      writer.add(row.entry);
    }
  writer.flush();
  withClosesUnguarded(sql, backend, [&] { renumberCloses(sql, writer.groupEnds()); });
  sql << "DROP TABLE audit_log_before_16";
}

}  // namespace s113
