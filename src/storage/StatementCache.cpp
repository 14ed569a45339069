#include "storage/StatementCache.h"

#include <soci/sqlite3/soci-sqlite3.h>

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
  soci::row row;
  bool inUse = false;
};

namespace {

// Binds storage for each parameter of `signature`, then compiles `sql`.
std::unique_ptr<StatementCache::Entry> prepare(soci::session& session, const std::string& sql,
                                               const std::string& signature, bool query) {
  auto entry = std::make_unique<StatementCache::Entry>(session);
  for (char type : signature) {
    if (type == 'I') {
      entry->slots.push_back(entry->integers.size());
      entry->integers.push_back(0);
      entry->indicators.push_back(soci::i_ok);
      entry->st.exchange(soci::use(entry->integers.back(), entry->indicators.back()));
    } else {
      entry->slots.push_back(entry->texts.size());
      entry->texts.emplace_back();
      entry->indicators.push_back(type == 'N' ? soci::i_null : soci::i_ok);
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

}  // namespace

StatementCache::StatementCache(soci::session& sql) : sql_(sql) {}
StatementCache::~StatementCache() = default;

StatementCache::Entry* StatementCache::acquire(const std::string& sql, const std::string& signature,
                                               bool query) {
  const std::string key = signature + (query ? "Q|" : "W|") + sql;
  auto found = entries_.find(key);
  if (found == entries_.end()) found = entries_.emplace(key, prepare(sql_, sql, signature, query)).first;
  if (found->second->inUse) return nullptr;
  found->second->inUse = true;
  return found->second.get();
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
    own_ = prepare(reg_.sql(), sql_, signature, query);
    entry_ = own_.get();
  }
  for (std::size_t i = 0; i < params_.size(); ++i) {
    const std::size_t slot = entry_->slots[i];
    if (params_[i].type == 'I')
      entry_->integers[slot] = params_[i].integer;
    else if (params_[i].type == 'T')
      entry_->texts[slot] = params_[i].text;
  }
  entry_->st.execute(!query);
}

void CachedStatement::execute() { run(false); }
void CachedStatement::query() { run(true); }
bool CachedStatement::fetch() { return entry_->st.fetch(); }
const soci::row& CachedStatement::row() const { return entry_->row; }

}  // namespace s113
