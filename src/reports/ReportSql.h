// The SQL a report runs lives beside its template: reports/<name>/query.sql,
// compiled into the program with the rest of the folder. The file holds named
// queries, each starting with a line "-- name: posts"; parameters are written
// :as_at and may appear more than once. Queries use only SQL that SQLite and
// PostgreSQL both run, and lower-case column names.
//
// Rows are read into structs by reports/ReportRows.h:
//   reportRows<PostRow>(reg, "register", "posts", {{"as_at", "2016-03-31"}});
#pragma once
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "storage/Register.h"
#include "storage/TextQuery.h"

namespace s113::reports {

// The names of the queries in reports/<report>/query.sql, in file order
// (none when the folder has no query.sql).
std::vector<std::string> reportQueryNames(const std::string& report);
// The text of one named query; throws std::runtime_error when the file or the
// query is missing.
std::string reportQuery(const std::string& report, const std::string& name);
// Runs a named query with its parameters (each :name bound as text) and
// hands over each row as typed cells (storage/TextQuery.h), nothing held;
// `visit` returns false to stop. Throws std::runtime_error for a parameter it
// is not given. Each {name} in the text is first replaced by names.at(name):
// a table or column from the entity catalogue, or a number of the program's
// own (a LIMIT), never the user's input.
void forEachReportQueryRow(Register& reg, const std::string& report, const std::string& name,
                           const std::map<std::string, std::string>& params,
                           const std::map<std::string, std::string>& names,
                           const std::function<bool(const QueryRow&)>& visit);
// "reports/<report>/query.sql, query <name>": where messages say a query is.
std::string queryPlace(const std::string& report, const std::string& name);
// "register/posts" for every query run by this program so far: what a test
// compares with the files.
std::set<std::string> reportQueriesRun();

}  // namespace s113::reports
