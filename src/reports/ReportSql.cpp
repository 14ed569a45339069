#include "reports/ReportSql.h"

#include <cctype>
#include <mutex>
#include <sstream>
#include <stdexcept>

#include "reports/Writers.h"
#include "storage/TextQuery.h"

namespace s113::reports {
namespace {

const std::string kMarker = "-- name:";

std::string trimmed(const std::string& s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string::npos) return "";
  return s.substr(first, s.find_last_not_of(" \t\r") + 1 - first);
}

// name -> text, in file order.
std::vector<std::pair<std::string, std::string>> queriesOf(const std::string& report) {
  std::string text;
  try {
    text = templateText(report, "query.sql");
  } catch (const std::runtime_error&) {
    return {};
  }
  std::vector<std::pair<std::string, std::string>> queries;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind(kMarker, 0) == 0)
      queries.emplace_back(trimmed(line.substr(kMarker.size())), "");
    else if (!queries.empty() && trimmed(line).rfind("--", 0) != 0)  // comments left out
      queries.back().second += line + "\n";
  }
  return queries;
}

std::mutex runMutex;
std::set<std::string>& runLog() {
  static std::set<std::string> log;
  return log;
}

}  // namespace

std::vector<std::string> reportQueryNames(const std::string& report) {
  std::vector<std::string> names;
  for (const auto& q : queriesOf(report)) names.push_back(q.first);
  return names;
}

std::string reportQuery(const std::string& report, const std::string& name) {
  for (const auto& q : queriesOf(report))
    if (q.first == name) return q.second;
  throw std::runtime_error("reports/" + report + "/query.sql has no query '" + name + "'");
}

namespace {

// {name} -> names.at(name) throughout `text`.
std::string withNames(const std::string& text, const std::map<std::string, std::string>& names,
                      const std::string& where) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t close = text[i] == '{' ? text.find('}', i) : std::string::npos;
    if (close == std::string::npos) {
      out += text[i++];
      continue;
    }
    auto name = names.find(text.substr(i + 1, close - i - 1));
    if (name == names.end())
      throw std::runtime_error(where + ": no name for " + text.substr(i, close - i + 1));
    out += name->second;
    i = close + 1;
  }
  return out;
}

}  // namespace

std::string queryPlace(const std::string& report, const std::string& name) {
  return "reports/" + report + "/query.sql, query " + name;
}

namespace {

// The query's text with its names filled in and each :name made its own
// placeholder, and the values to bind to them in order.
struct PreparedQuery {
  std::string sql;
  std::vector<std::string> values;
};

PreparedQuery prepareQuery(const std::string& report, const std::string& name,
                           const std::map<std::string, std::string>& params,
                           const std::map<std::string, std::string>& names) {
  const std::string where = queryPlace(report, name);
  const std::string text = withNames(reportQuery(report, name), names, where);
  // Each :name becomes its own placeholder :p1, :p2... bound in order, so a
  // parameter may be used more than once on either backend.
  std::string sql;
  std::vector<std::string> values;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == ':' && i + 1 < text.size() && std::islower(static_cast<unsigned char>(text[i + 1]))) {
      std::size_t end = i + 1;
      while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_'))
        ++end;
      const std::string param = text.substr(i + 1, end - i - 1);
      auto value = params.find(param);
      if (value == params.end()) throw std::runtime_error(where + ": no value for :" + param);
      values.push_back(value->second);
      sql += ":p" + std::to_string(values.size());
      i = end;
    } else {
      sql += text[i++];
    }
  }
  std::lock_guard<std::mutex> lock(runMutex);
  runLog().insert(report + "/" + name);
  return {sql, values};
}

}  // namespace

void forEachReportQueryRow(Register& reg, const std::string& report, const std::string& name,
                           const std::map<std::string, std::string>& params,
                           const std::map<std::string, std::string>& names,
                           const std::function<bool(const QueryRow&)>& visit) {
  const PreparedQuery query = prepareQuery(report, name, params, names);
  try {
    forEachQueryRow(reg, query.sql, query.values, visit);
  } catch (const QueryFailed& e) {
    throw std::runtime_error(queryPlace(report, name) + ": " + e.what());
  }
}

std::set<std::string> reportQueriesRun() {
  std::lock_guard<std::mutex> lock(runMutex);
  return runLog();
}

}  // namespace s113::reports
