// The bridge between typed field values (domain/FieldValues.h) and
// database values, and a statement whose parameters are bound one by one at
// run time (for SQL built from an EntityDef).
#pragma once
#include <deque>
#include <string>

#include <soci/soci.h>

#include "domain/FieldValues.h"

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

// A field's value from its database column (NULL or '' is blank): pence,
// basis points, FTE, whole numbers and flags from integer columns, dates,
// splits and enum spellings parsed from text. Throws std::invalid_argument
// for a cell that is not a value of the field's type.
FieldValue fromDatabase(const FieldDef& field, const soci::row& row, std::size_t index);
// Binds a value as its column holds it, blank as NULL (for a BoundStatement
// or a CachedStatement, storage/StatementCache.h).
template <typename Statement>
void bindForDatabase(Statement& st, const FieldDef& field, const FieldValue& value);

bool isUniqueViolation(const soci::soci_error& error);

}  // namespace s113
