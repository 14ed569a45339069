// A SELECT written outside storage/ (a report's query.sql, reports/ReportSql)
// run on the register: its parameters bound as text and its cells handed
// over by position, so that the report layer never holds the session
// (storage/Session.h).
#pragma once
#include <cstddef>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "storage/Register.h"

namespace s113 {

// The database refused or failed the query; what() is its message.
struct QueryFailed : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// One row of such a query, its cells read by position in their own types: a
// report's row struct (reports/ReportRows.h) finds each column's position
// once, by its name, and reads every row by position.
class QueryRow {
 public:
  virtual ~QueryRow() = default;
  virtual std::size_t size() const = 0;
  virtual std::string name(std::size_t column) const = 0;
  virtual bool isNull(std::size_t column) const = 0;
  virtual std::string text(std::size_t column) const = 0;  // NULL -> ""
  // An integer column; throws std::invalid_argument for a cell that is not one.
  virtual long long integer(std::size_t column) const = 0;
};

// Runs `sql`, binding `params` in order to its placeholders (:p1, :p2, ...),
// and hands over each row until `visit` returns false. Throws QueryFailed
// when the query fails; what `visit` throws passes through.
void forEachQueryRow(Register& reg, const std::string& sql, const std::vector<std::string>& params,
                     const std::function<bool(const QueryRow&)>& visit);

}  // namespace s113
