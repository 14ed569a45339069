// What every report produces before it is written out: a title, facts
// ("As at: 2016-03-31"), and sections holding paragraphs, tables and charts.
// The writers (Writers.h) turn one document into HTML (through the report's
// mustache template), PDF (drawn with libharu), CSV and XLSX, so the figures
// are the same in every format. A frozen forum pack is a document stored as
// JSON (toJson/fromJson) and written again unchanged.
//
// Cells hold the plain file form of their value ("1234.56", "2016-03-31",
// "0.6"); the column's type says how the screen and paper formats show it
// ("£1,234.56", "31/03/2016"). Suppressed counts are the text "<5".
#pragma once
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace s113::reports {

enum class ColumnType { Text, Money, Count, Fte, Date, Percent };

struct Column {
  std::string name;
  ColumnType type = ColumnType::Text;
};

struct Table {
  std::string id;  // "headcount": names the CSV/XLSX sheet
  std::string caption;
  std::vector<Column> columns;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> totals;  // optional last row, shown bold
};

// A chart drawn by the program: grouped bars (one group per category, one bar
// per series) or lines (one line per series across the categories). Values
// are whole units divided by `divisor` for the axis (pence with divisor 100
// give pounds); the geometry alone uses floating point.
struct Chart {
  enum class Kind { Bars, Lines };
  Kind kind = Kind::Bars;
  std::string title;
  std::string unit;  // "FTE", "£"
  long long divisor = 1;
  std::vector<std::string> categories;
  std::vector<std::string> series;
  std::vector<std::vector<long long>> values;  // [series][category]
  // Optional text drawn instead of a bar's value ("<5"): [series][category].
  std::vector<std::vector<std::string>> labels;
};

struct Section {
  std::string id;
  std::string heading;
  std::vector<std::string> paragraphs;
  std::vector<Table> tables;
  std::vector<Chart> charts;
};

struct Fact {
  std::string key;  // "as_at": templates may name a fact
  std::string label;
  std::string value;
};

struct ReportDocument {
  std::string report;  // catalogue name, "forum-pack"
  std::string title;
  std::string subtitle;
  std::vector<Fact> facts;
  std::vector<Section> sections;
  bool tabular = false;  // has CSV/XLSX forms

  std::string fact(const std::string& key) const;   // "" when absent
  const Table* table(const std::string& id) const;  // nullptr when absent
  const Section* section(const std::string& id) const;
  // Every table in section order.
  std::vector<const Table*> tables() const;
};

nlohmann::json toJson(const ReportDocument& doc);
ReportDocument fromJson(const nlohmann::json& json);

// The screen/paper form of a cell: money "£1,234.56", dates "31/03/2016",
// percentages "60%"; anything that does not parse is shown as it is.
std::string displayCell(const std::string& value, ColumnType type);

}  // namespace s113::reports
