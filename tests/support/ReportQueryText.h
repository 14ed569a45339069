// A report query's rows as maps of column name to text, for tests that pick
// a column by name from what a query selects (the program reads rows into
// structs: reports/ReportRows.h).
#pragma once
#include <map>
#include <string>
#include <vector>

#include "reports/ReportSql.h"

namespace s113::test {

using QueryText = std::map<std::string, std::string>;  // NULL reads as ""

inline std::vector<QueryText> reportQueryText(Register& reg, const std::string& report, const std::string& name,
                                              const std::map<std::string, std::string>& params) {
  std::vector<QueryText> rows;
  reports::forEachReportQueryRow(reg, report, name, params, {}, [&](const QueryRow& cells) {
    QueryText row;
    for (std::size_t c = 0; c < cells.size(); ++c) row[cells.name(c)] = cells.text(c);
    rows.push_back(std::move(row));
    return true;
  });
  return rows;
}

}  // namespace s113::test
