// Prepared statements kept per database connection. Compiling a statement
// (sqlite3_prepare_v2, or a PostgreSQL PREPARE and its round trip) costs more
// than running it, and the register runs the same few statements over and over
// (read the newest version of a key, write a version, write an audit row). A
// Register holds one StatementCache; a CachedStatement takes the compiled
// statement for its SQL text from it (compiling it the first time), binds
// this call's values and gives it back when it goes out of scope.
//
// Only SQL built from a fixed text and an EntityDef goes through here; values
// are always bound, never spliced into the text, so the cache holds a bounded
// number of statements.
#pragma once
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "storage/Register.h"

namespace s113 {

class StatementCache {
 public:
  // A compiled statement with the storage its parameters are bound to.
  struct Entry;

  explicit StatementCache(soci::session& sql);
  ~StatementCache();
  StatementCache(const StatementCache&) = delete;
  StatementCache& operator=(const StatementCache&) = delete;

  // A statement for `sql` that can take parameters of the types of
  // `signature` (one letter per parameter: T text, I integer, N null),
  // prepared when none of those compiled for `sql` can; nullptr when the one
  // that can is already in use (a caller then prepares a statement of its
  // own). A null fits any parameter and an integer fits a text one, so a
  // batch of rows with their nulls in different places is compiled once.
  Entry* acquire(const std::string& sql, const std::string& signature, bool query);
  void release(Entry* entry);
  std::size_t size() const;  // statements compiled

 private:
  soci::session& sql_;
  // By kind and SQL text: the statements compiled for it, one per layout of
  // parameter types that no earlier one could take.
  std::map<std::string, std::vector<std::unique_ptr<Entry>>> entries_;
};

// One execution of a statement through the cache: bind each parameter in
// order, then execute() (a write) or query() and fetch() each row.
class CachedStatement {
 public:
  CachedStatement(Register& reg, std::string sql);
  ~CachedStatement();
  CachedStatement(const CachedStatement&) = delete;
  CachedStatement& operator=(const CachedStatement&) = delete;

  void bindText(const std::string& value);
  void bindInteger(long long value);
  void bindNull();
  void execute();
  void query();
  bool fetch();
  // The current row of a query, valid until the next fetch().
  const soci::row& row() const;

 private:
  struct Param {
    char type;
    std::string text;
    long long integer = 0;
  };
  void run(bool query);
  Register& reg_;
  std::string sql_;
  std::vector<Param> params_;
  StatementCache::Entry* entry_ = nullptr;
  std::unique_ptr<StatementCache::Entry> own_;  // when the cached one was busy
};

}  // namespace s113
