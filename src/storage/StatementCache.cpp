#include "storage/StatementCache.h"

#include <soci/sqlite3/soci-sqlite3.h>
#include "storage/Session.h"

namespace s113 {

struct StatementCache::Entry {
  explicit Entry(soci::session& sql) : st(sql), sqlite(sql.get_backend_name() == "sqlite3") {}
  soci::statement st;
  bool sqlite;
  // deques keep element addresses stable while SOCI holds pointers to them.
  std::deque<std::string> texts;
  std::deque<long long> integers;
  std::deque<soci::indicator> indicators;
  std::vector<std::size_t> slots;  // per parameter: its index in texts or integers
  std::string types;               // per parameter: T (text) or I (integer) storage
  soci::row row;
  bool inUse = false;
};

namespace {

// Binds storage for each parameter of `signature` (text for a null: any
// later value fits it), then compiles `sql`.
std::unique_ptr<StatementCache::Entry> prepare(soci::session& session, const std::string& sql,
                                               const std::string& signature, bool query) {
  auto entry = std::make_unique<StatementCache::Entry>(session);
  for (char type : signature) {
    entry->indicators.push_back(soci::i_ok);
    if (type == 'I') {
      entry->slots.push_back(entry->integers.size());
      entry->integers.push_back(0);
      entry->types += 'I';
      entry->st.exchange(soci::use(entry->integers.back(), entry->indicators.back()));
    } else {
      entry->slots.push_back(entry->texts.size());
      entry->texts.emplace_back();
      entry->types += 'T';
      entry->st.exchange(soci::use(entry->texts.back(), entry->indicators.back()));
    }
  }
  if (query) entry->st.exchange(soci::into(entry->row));
  entry->st.alloc();
  entry->st.prepare(sql);
  entry->st.define_and_bind();
  return entry;
}

// A SQLite statement holds its connection's read snapshot until it is reset:
// reset it as soon as it is given back, so the next read sees other users'
// commits. (PostgreSQL statements hold nothing between executions.)
void finish(StatementCache::Entry& entry) {
  if (!entry.sqlite) return;
  auto* lite = static_cast<soci::sqlite3_statement_backend*>(entry.st.get_backend());
  if (lite && lite->stmt_) sqlite_api::sqlite3_reset(lite->stmt_);
}

// True when every parameter of `signature` fits the entry's storage: a null
// any, an integer an integer or a text one (sent as its decimal digits, which
// either backend turns back into the column's integer), a text a text one.
bool fits(const StatementCache::Entry& entry, const std::string& signature) {
  for (std::size_t i = 0; i < signature.size(); ++i) {
    const char wanted = signature[i], held = entry.types[i];
    if (wanted != 'N' && wanted != held && !(wanted == 'I' && held == 'T')) return false;
  }
  return true;
}

}  // namespace

StatementCache::StatementCache(soci::session& sql) : sql_(sql) {}
StatementCache::~StatementCache() = default;

StatementCache::Entry* StatementCache::acquire(const std::string& sql, const std::string& signature,
                                               bool query) {
  auto& compiled = entries_[(query ? "Q|" : "W|") + sql];
  Entry* fitting = nullptr;
  for (auto& entry : compiled)
    if (fits(*entry, signature) && (!fitting || fitting->inUse)) fitting = entry.get();
  if (!fitting) {
    compiled.push_back(prepare(sql_, sql, signature, query));
    fitting = compiled.back().get();
  }
  if (fitting->inUse) return nullptr;
  fitting->inUse = true;
  return fitting;
}

std::size_t StatementCache::size() const {
  std::size_t n = 0;
  for (const auto& [key, compiled] : entries_) n += compiled.size();
  return n;
}

void StatementCache::release(Entry* entry) {
  finish(*entry);
  entry->inUse = false;
}

// The register's cache, made on first use and destroyed before the session
// it belongs to (it is declared after it in Register).
StatementCache& Register::statements() {
  if (!statements_) statements_ = std::make_shared<StatementCache>(sql_);
  return *statements_;
}

CachedStatement::CachedStatement(Register& reg, std::string sql) : reg_(reg), sql_(std::move(sql)) {}

CachedStatement::~CachedStatement() {
  if (own_) finish(*own_);
  if (entry_ && !own_) reg_.statements().release(entry_);
}

void CachedStatement::bindText(const std::string& value) { params_.push_back({'T', value, 0}); }
void CachedStatement::bindInteger(long long value) { params_.push_back({'I', std::string(), value}); }
void CachedStatement::bindNull() { params_.push_back({'N', std::string(), 0}); }

void CachedStatement::run(bool query) {
  std::string signature;
  for (const auto& p : params_) signature += p.type;
  entry_ = reg_.statements().acquire(sql_, signature, query);
  if (!entry_) {
    own_ = prepare(sessionOf(reg_), sql_, signature, query);
    entry_ = own_.get();
  }
  for (std::size_t i = 0; i < params_.size(); ++i) {
    const Param& p = params_[i];
    const std::size_t slot = entry_->slots[i];
    entry_->indicators[i] = p.type == 'N' ? soci::i_null : soci::i_ok;
    if (p.type == 'N') continue;
    if (entry_->types[i] == 'I')
      entry_->integers[slot] = p.integer;
    else
      entry_->texts[slot] = p.type == 'I' ? std::to_string(p.integer) : p.text;
  }
  entry_->st.execute(!query);
}

void CachedStatement::execute() { run(false); }
void CachedStatement::query() { run(true); }
bool CachedStatement::fetch() { return entry_->st.fetch(); }
const soci::row& CachedStatement::row() const { return entry_->row; }

}  // namespace s113
