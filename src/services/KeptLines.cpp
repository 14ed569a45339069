#include "services/KeptLines.h"

#include <stdexcept>

#include "domain/Dates.h"
#include "domain/Money.h"
#include "recharge/KeptLineFields.h"

namespace s113 {
namespace {

// Spells each column as the exchange file holds it.
struct CellWriter {
  std::vector<std::string> cells;
  void text(const char*, const std::string& value) { cells.push_back(value); }
  void date(const char*, const Date& value) { cells.push_back(formatIso(value)); }
  void whole(const char*, long value) { cells.push_back(std::to_string(value)); }
  void money(const char*, Pence value) { cells.push_back(formatMoney(value)); }
  void flag(const char*, bool value) { cells.push_back(value ? "true" : "false"); }
  template <typename E> void choice(const char*, E value) { cells.push_back(choiceText(value)); }
  void period(const char*, const char*, const boost::optional<Period>& value) {
    cells.push_back(value ? formatIso(value->first) : "");
    cells.push_back(value ? formatIso(value->last) : "");
  }
};

// Reads each column of a file row into the line, reporting every bad cell.
struct CellReader {
  const FileRow& row;
  std::vector<ValidationError>& errors;
  bool good = true;

  // Runs `parse` on the column's text; a failure is that column's error.
  template <typename Parse>
  void cell(const char* name, Parse parse) {
    try {
      parse(row.at(name));
    } catch (const std::exception& e) {
      errors.emplace_back(row.where, std::string("column ") + name, e.what());
      good = false;
    }
  }
  void text(const char* name, std::string& value) { value = row.at(name); }
  void date(const char* name, Date& value) {
    cell(name, [&](const std::string& t) { value = parseIsoDate(t); });
  }
  void whole(const char* name, long& value) {
    cell(name, [&](const std::string& t) {
      if (t.empty() || t.size() > 9 || t.find_first_not_of("0123456789") != std::string::npos)
        throw std::invalid_argument("'" + t + "' is not a whole number");
      value = std::stol(t);
    });
  }
  void money(const char* name, Pence& value) {
    cell(name, [&](const std::string& t) { value = parseMoney(t); });
  }
  void flag(const char* name, bool& value) {
    cell(name, [&](const std::string& t) {
      if (t != "true" && t != "false") throw std::invalid_argument("'" + t + "' is not true or false");
      value = t == "true";
    });
  }
  template <typename E>
  void choice(const char* name, E& value) {
    cell(name, [&](const std::string& t) { parseChoice(t, value); });
  }
  void period(const char* startName, const char* endName, boost::optional<Period>& value) {
    if (row.at(startName).empty() && row.at(endName).empty()) return;
    Period p;
    date(startName, p.first);
    date(endName, p.last);
    value = p;
  }
};

}  // namespace

std::vector<std::string> keptCells(const ScheduleLine& line) {
  CellWriter writer;
  describeKeptLine(writer, line);
  return writer.cells;
}

std::optional<ScheduleLine> keptLineIn(const FileRow& row, std::vector<ValidationError>& errors) {
  ScheduleLine line;
  CellReader reader{row, errors};
  describeKeptLine(reader, line);
  if (!reader.good) return std::nullopt;
  keptLineTotals(line);
  return line;
}

}  // namespace s113
