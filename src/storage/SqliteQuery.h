// A query run through SQLite's own API on a register's SQLite connection, for
// the scans that read every row of a table (check, the audit chain, the bulk
// reads of VersionStore): SOCI converts each column of each row into a
// soci::row holder, which costs several times what SQLite takes to produce
// the row. The statement is compiled per query and finalised when the object
// goes, so no read snapshot outlives it. SQLite only; PostgreSQL reads go
// through SOCI.
#pragma once
#include <cstddef>
#include <string>

#include "storage/Register.h"

namespace s113 {

class SqliteQuery {
 public:
  SqliteQuery(Register& reg, const std::string& sql);
  ~SqliteQuery();
  SqliteQuery(const SqliteQuery&) = delete;
  SqliteQuery& operator=(const SqliteQuery&) = delete;

  void bindText(const std::string& value);  // the next parameter, in order
  bool step();                              // the next row; false at the end
  bool isNull(int column) const;
  long long integer(int column) const;      // NULL -> 0
  void text(int column, std::string& out) const;  // NULL -> ""
  std::string text(int column) const;

 private:
  [[noreturn]] void fail() const;
  void* db_;
  void* st_ = nullptr;
  int bound_ = 0;
  std::string sql_;
};

}  // namespace s113
