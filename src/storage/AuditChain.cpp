#include "storage/AuditChain.h"

#include <charconv>
#include <vector>

#include "domain/Errors.h"
#include "storage/Locks.h"
#include "storage/Sha256.h"

namespace s113 {
namespace {

// Each value as its length, ':', the value and a newline, so no two rows
// with different values give the same text to hash.
void appendValue(std::string& text, const char* value, std::size_t size) {
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, size).ptr;
  text.append(digits, end);
  text += ':';
  text.append(value, size);
  text += '\n';
}
void appendValue(std::string& text, const std::string& value) { appendValue(text, value.data(), value.size()); }

// The text a row's hash is taken of, and its hash, in buffers kept from one
// row to the next (the chain is written and verified a million rows at a time).
class RowHasher {
 public:
  const std::string& hash(const std::string& previous, const AuditEntry& e) {
    text_.assign("s113-audit-1\n");
    for (const std::string* value : {&previous, &e.at, &e.actor, &e.entity, &e.key}) appendValue(text_, *value);
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, e.version).ptr;
    appendValue(text_, digits, static_cast<std::size_t>(end - digits));
    for (const std::string* value : {&e.field, &e.oldValue, &e.newValue}) appendValue(text_, *value);
    sha_.hexInto(text_.data(), text_.size(), hex_);
    return hex_;
  }

 private:
  std::string text_;
  std::string hex_;
  Sha256 sha_;
};

// Any key: the same number in every program that writes the register.
constexpr long long kAuditChainLock = 1131130012;

std::string describe(long long seq, const AuditEntry& e) {
  return "audit log row " + std::to_string(seq) + " (" + e.at + ", " + e.actor + ": " + e.entity + " " + e.key +
         " version " + std::to_string(e.version) + ", " + e.field + ")";
}

// A reader of every audit row in seq order, with its stored hash.
struct ChainRow {
  AuditEntry entry;
  std::string hash;
  soci::indicator hashInd = soci::i_null;
};

soci::statement prepareRead(soci::session& sql, ChainRow& row, const std::string& where, const std::string& limit) {
  AuditEntry& e = row.entry;
  return (sql.prepare << "SELECT seq, at, actor, entity, record_key, version, field, old_value, new_value, hash "
                         "FROM audit_log " + where + " ORDER BY seq" + limit,
          soci::into(e.seq), soci::into(e.at), soci::into(e.actor), soci::into(e.entity), soci::into(e.key),
          soci::into(e.version), soci::into(e.field), soci::into(e.oldValue), soci::into(e.newValue),
          soci::into(row.hash, row.hashInd));
}

}  // namespace

std::string auditRowHash(const std::string& previous, const AuditEntry& e) {
  thread_local RowHasher hasher;
  return hasher.hash(previous, e);
}

std::string& auditChainHead(Register& reg) {
  boost::optional<std::string>& head = reg.auditChainHead();
  if (head && reg.inWriteTransaction()) return *head;
  try {
    if (reg.backend() == Backend::PostgreSQL) reg.sql() << "SELECT pg_advisory_xact_lock(" + std::to_string(kAuditChainLock) + ")";
    std::string hash;
    soci::indicator ind = soci::i_null;
    reg.sql() << "SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1", soci::into(hash, ind);
    head = ind == soci::i_ok ? hash : std::string();
  } catch (const soci::soci_error& e) {
    if (isBusyError(e)) throw Busy();
    throw StorageError("Reading the audit log's chain failed: " + std::string(e.what()));
  }
  return *head;
}

namespace {

// Hashes again, in seq order and in batches (a long log never sits in memory
// whole), the rows `where` selects, chained after `previous`; stores each
// hash that differs. Returns how many rows were read.
std::size_t chainRows(soci::session& sql, std::string previous, const std::string& where) {
  const int kBatch = 10000;
  long long after = -1;
  std::size_t read = 0;
  for (;;) {
    std::vector<std::pair<long long, std::string>> changed;
    ChainRow row;
    long long last = after;
    soci::statement st = prepareRead(sql, row, where + " AND seq > " + std::to_string(after), " LIMIT " + std::to_string(kBatch));
    st.execute();
    while (st.fetch()) {
      previous = auditRowHash(previous, row.entry);
      if (row.hashInd != soci::i_ok || row.hash != previous) changed.emplace_back(row.entry.seq, previous);
      last = row.entry.seq;
      ++read;
    }
    if (last == after) return read;
    for (const auto& [seq, hash] : changed)
      sql << "UPDATE audit_log SET hash = :h WHERE seq = :s", soci::use(hash), soci::use(seq);
    after = last;
  }
}

std::string hashBefore(soci::session& sql, long long seq, bool chainedOnly) {
  std::string previous;
  soci::indicator ind = soci::i_null;
  sql << std::string("SELECT hash FROM audit_log WHERE seq < :s") + (chainedOnly ? " AND hash IS NOT NULL" : "") +
             " ORDER BY seq DESC LIMIT 1",
      soci::use(seq), soci::into(previous, ind);
  return ind == soci::i_ok ? previous : std::string();
}

}  // namespace

void chainUnhashedAuditRows(soci::session& sql) {
  long long first = 0;
  soci::indicator ind = soci::i_null;
  sql << "SELECT MIN(seq) FROM audit_log WHERE hash IS NULL", soci::into(first, ind);
  if (ind != soci::i_ok) return;
  chainRows(sql, hashBefore(sql, first, true), "WHERE hash IS NULL");
}

std::size_t rechainAuditRowsFrom(soci::session& sql, long long fromSeq) {
  return chainRows(sql, hashBefore(sql, fromSeq, false), "WHERE seq >= " + std::to_string(fromSeq));
}

namespace {

// Every audit row in seq order into `row`, then `visit()`.
void readChain(Register& reg, ChainRow& row, const std::function<void()>& visit) {
  soci::statement st = prepareRead(reg.sql(), row, "", "");
  st.execute();
  while (st.fetch()) visit();
}

}  // namespace

std::optional<ChainBreak> verifyAuditChain(Register& reg, const std::function<void(const AuditEntry&)>& each) {
  ChainRow row;
  RowHasher hasher;
  std::string previous;
  long long previousSeq = 0;
  std::optional<ChainBreak> found;
  readChain(reg, row, [&] {
    if (each) each(row.entry);
    if (found) return;
    const long long seq = row.entry.seq;
    if (row.hashInd != soci::i_ok || row.hash.empty()) {
      found = ChainBreak{seq, describe(seq, row.entry) + " has no hash: it was added outside the program"};
    } else if (row.hash != hasher.hash(previous, row.entry)) {
      std::string why = describe(seq, row.entry) + " does not follow from the row before it (" +
                        (previousSeq ? "row " + std::to_string(previousSeq) : std::string("none")) + "): ";
      if (seq > previousSeq + 1)
        why += reg.backend() == Backend::SQLite
                   ? "row " + std::to_string(previousSeq + 1) +
                         (seq > previousSeq + 2 ? " to row " + std::to_string(seq - 1) : std::string()) +
                         " was deleted outside the program"
                   : "it was changed, or the rows between were deleted, outside the program";
      else
        why += "it was changed outside the program (or the row before it, hash and all)";
      found = ChainBreak{seq, why};
    }
    if (row.hashInd == soci::i_ok) previous.swap(row.hash);
    else previous.clear();
    previousSeq = seq;
  });
  return found;
}

}  // namespace s113
