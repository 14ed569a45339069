// The bridge between exchange-form field values (domain/Record.h) and
// database values, and a statement whose parameters are bound one by one at
// run time (for SQL built from an EntityDef).
#pragma once
#include <deque>
#include <string>

#include <soci/soci.h>

#include "domain/Record.h"

namespace s113 {

class BoundStatement {
 public:
  BoundStatement(soci::session& sql, std::string query) : st_(sql), query_(std::move(query)) {}
  void bindText(const std::string& value);          // never null
  void bindNullableText(const std::string& value);  // "" -> NULL
  void bindInteger(long long value);
  void bindNull();
  void execute();               // a statement without results
  void execute(soci::row& row); // a query: then call fetch() per row
  bool fetch() { return st_.fetch(); }

 private:
  soci::statement st_;
  std::string query_;
  // deques keep element addresses stable while SOCI holds pointers to them.
  std::deque<std::string> texts_;
  std::deque<long long> integers_;
  std::deque<soci::indicator> indicators_;
};

// Values of a soci::row whatever type the backend reports for the column.
std::string cellText(const soci::row& row, std::size_t index);       // NULL -> ""
long long cellInteger(const soci::row& row, std::size_t index);      // NULL -> 0
bool cellIsNull(const soci::row& row, std::size_t index);

// Field value in exchange form from its database column, and back.
std::string fromDatabase(const FieldDef& field, const soci::row& row, std::size_t index);
// (for a BoundStatement or a CachedStatement, storage/StatementCache.h)
template <typename Statement>
void bindForDatabase(Statement& st, const FieldDef& field, const std::string& value);

bool isUniqueViolation(const soci::soci_error& error);

}  // namespace s113
