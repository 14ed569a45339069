#include "storage/AuditChain.h"

#include <charconv>
#include <vector>

#include "domain/Errors.h"
#include "storage/Locks.h"
#include "storage/Sha256.h"
#include "storage/Session.h"

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
// row to the next (the chain is written and verified many rows at a time).
// The `changes` text is hashed as stored.
class ChangeHasher {
 public:
  const std::string& hash(const std::string& previous, const AuditChange& c) {
    text_.assign("s113-audit-2\n");
    for (const std::string* value : {&previous, &c.at, &c.actor, &c.entity, &c.key}) appendValue(text_, *value);
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, c.version).ptr;
    appendValue(text_, digits, static_cast<std::size_t>(end - digits));
    appendValue(text_, c.changes);
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

// How many rows one read of the chain holds.
constexpr int kPageRows = 5000;

std::string describe(const AuditChange& c) {
  return "audit log row " + std::to_string(c.seq) + " (" + c.at + ", " + c.actor + ": " + c.entity + " " + c.key +
         " version " + std::to_string(c.version) + ")";
}

// Reads audit_changes in seq order, a page at a time: each page is the rows
// after the last one read, so no statement returns more than kPageRows rows
// (PostgreSQL hands a statement's whole result over at once).
class ChainPages {
 public:
  explicit ChainPages(soci::session& sql, long long fromSeq = 1)
      : after_(fromSeq - 1),
        st_((sql.prepare << "SELECT seq, at, actor, entity, record_key, version, changes, hash FROM audit_changes "
                            "WHERE seq > :a ORDER BY seq LIMIT " + std::to_string(kPageRows),
             soci::use(after_), soci::into(row.seq), soci::into(row.at), soci::into(row.actor),
             soci::into(row.entity), soci::into(row.key), soci::into(row.version), soci::into(row.changes),
             soci::into(hash, hashInd))) {}

  // Calls visit() for each row of the next page; false when there was none.
  bool nextPage(const std::function<void()>& visit) {
    st_.execute();
    bool any = false;
    while (st_.fetch()) {
      any = true;
      visit();
    }
    after_ = row.seq;
    return any;
  }

  AuditChange row;
  std::string hash;
  soci::indicator hashInd = soci::i_null;

 private:
  long long after_;
  soci::statement st_;
};

std::string hashBefore(soci::session& sql, long long seq) {
  std::string previous;
  soci::indicator ind = soci::i_null;
  sql << "SELECT hash FROM audit_changes WHERE seq < :s ORDER BY seq DESC LIMIT 1", soci::use(seq),
      soci::into(previous, ind);
  return ind == soci::i_ok ? previous : std::string();
}

std::string breakReason(Backend backend, long long seq, long long previousSeq) {
  std::string why = "does not follow from the row before it (" +
                    (previousSeq ? "row " + std::to_string(previousSeq) : std::string("none")) + "): ";
  if (seq <= previousSeq + 1) return why + "it was changed outside the program (or the row before it, hash and all)";
  if (backend != Backend::SQLite) return why + "it was changed, or the rows between were deleted, outside the program";
  return why + "row " + std::to_string(previousSeq + 1) +
         (seq > previousSeq + 2 ? " to row " + std::to_string(seq - 1) : std::string()) +
         " was deleted outside the program";
}

}  // namespace

std::string auditChangeHash(const std::string& previous, const AuditChange& change) {
  thread_local ChangeHasher hasher;
  return hasher.hash(previous, change);
}

std::string& auditChainHead(Register& reg) {
  boost::optional<std::string>& head = reg.auditChainHead();
  if (head && reg.inWriteTransaction()) return *head;
  try {
    if (reg.backend() == Backend::PostgreSQL) sessionOf(reg) << "SELECT pg_advisory_xact_lock(" + std::to_string(kAuditChainLock) + ")";
    std::string hash;
    soci::indicator ind = soci::i_null;
    sessionOf(reg) << "SELECT hash FROM audit_changes ORDER BY seq DESC LIMIT 1", soci::into(hash, ind);
    head = ind == soci::i_ok ? hash : std::string();
  } catch (const soci::soci_error& e) {
    if (isBusyError(e)) throw Busy();
    throw StorageError("Reading the audit log's chain failed: " + std::string(e.what()));
  }
  return *head;
}

std::size_t rechainAuditRowsFrom(soci::session& sql, long long fromSeq) {
  std::string previous = hashBefore(sql, fromSeq);
  ChainPages pages(sql, fromSeq);
  std::size_t read = 0;
  for (;;) {
    std::vector<std::pair<long long, std::string>> changed;
    const bool any = pages.nextPage([&] {
      previous = auditChangeHash(previous, pages.row);
      if (pages.hashInd != soci::i_ok || pages.hash != previous) changed.emplace_back(pages.row.seq, previous);
      ++read;
    });
    if (!any) return read;
    for (const auto& [seq, hash] : changed)
      sql << "UPDATE audit_changes SET hash = :h WHERE seq = :s", soci::use(hash), soci::use(seq);
  }
}

std::optional<ChainBreak> verifyAuditChain(Register& reg, const std::function<void(const AuditChange&)>& each) {
  ChainPages pages(sessionOf(reg));
  ChangeHasher hasher;
  std::string previous;
  long long previousSeq = 0;
  std::optional<ChainBreak> found;
  auto visit = [&] {
    const AuditChange& row = pages.row;
    if (each) each(row);
    if (found) return;
    if (pages.hashInd != soci::i_ok || pages.hash.empty())
      found = ChainBreak{row.seq, describe(row) + " has no hash: it was added outside the program"};
    else if (pages.hash != hasher.hash(previous, row))
      found = ChainBreak{row.seq, describe(row) + " " + breakReason(reg.backend(), row.seq, previousSeq)};
    if (pages.hashInd == soci::i_ok) previous.swap(pages.hash);
    else previous.clear();
    previousSeq = row.seq;
  };
  while (pages.nextPage(visit)) {
  }
  return found;
}

}  // namespace s113
