#include "reports/ReportDocument.h"

#include "domain/Dates.h"
#include "domain/Money.h"

namespace s113::reports {

std::string ReportDocument::fact(const std::string& key) const {
  for (const auto& f : facts)
    if (f.key == key) return f.value;
  return "";
}

const Table* ReportDocument::table(const std::string& id) const {
  for (const auto& s : sections)
    for (const auto& t : s.tables)
      if (t.id == id) return &t;
  return nullptr;
}

const Section* ReportDocument::section(const std::string& id) const {
  for (const auto& s : sections)
    if (s.id == id) return &s;
  return nullptr;
}

std::vector<const Table*> ReportDocument::tables() const {
  std::vector<const Table*> out;
  for (const auto& s : sections)
    for (const auto& t : s.tables) out.push_back(&t);
  return out;
}

namespace {

const char* typeName(ColumnType type) {
  switch (type) {
    case ColumnType::Money:
      return "money";
    case ColumnType::Count:
      return "count";
    case ColumnType::Fte:
      return "fte";
    case ColumnType::Date:
      return "date";
    case ColumnType::Percent:
      return "percent";
    case ColumnType::Text:
      break;
  }
  return "text";
}

ColumnType typeOf(const std::string& name) {
  for (auto t : {ColumnType::Money, ColumnType::Count, ColumnType::Fte, ColumnType::Date,
                 ColumnType::Percent})
    if (name == typeName(t)) return t;
  return ColumnType::Text;
}

}  // namespace

nlohmann::json toJson(const ReportDocument& doc) {
  nlohmann::json j;
  j["report"] = doc.report;
  j["title"] = doc.title;
  j["subtitle"] = doc.subtitle;
  j["tabular"] = doc.tabular;
  j["facts"] = nlohmann::json::array();
  for (const auto& f : doc.facts)
    j["facts"].push_back({{"key", f.key}, {"label", f.label}, {"value", f.value}});
  j["sections"] = nlohmann::json::array();
  for (const auto& s : doc.sections) {
    nlohmann::json js{{"id", s.id}, {"heading", s.heading}, {"paragraphs", s.paragraphs}};
    js["tables"] = nlohmann::json::array();
    for (const auto& t : s.tables) {
      nlohmann::json jt{
          {"id", t.id}, {"caption", t.caption}, {"rows", t.rows}, {"totals", t.totals}};
      jt["columns"] = nlohmann::json::array();
      for (const auto& c : t.columns)
        jt["columns"].push_back({{"name", c.name}, {"type", typeName(c.type)}});
      js["tables"].push_back(jt);
    }
    js["charts"] = nlohmann::json::array();
    for (const auto& c : s.charts)
      js["charts"].push_back({{"kind", c.kind == Chart::Kind::Bars ? "bars" : "lines"},
                              {"title", c.title},
                              {"unit", c.unit},
                              {"divisor", c.divisor},
                              {"categories", c.categories},
                              {"series", c.series},
                              {"values", c.values},
                              {"labels", c.labels}});
    j["sections"].push_back(js);
  }
  return j;
}

ReportDocument fromJson(const nlohmann::json& j) {
  ReportDocument doc;
  doc.report = j.at("report").get<std::string>();
  doc.title = j.at("title").get<std::string>();
  doc.subtitle = j.value("subtitle", "");
  doc.tabular = j.value("tabular", false);
  for (const auto& f : j.at("facts"))
    doc.facts.push_back({f.at("key"), f.at("label"), f.at("value")});
  for (const auto& js : j.at("sections")) {
    Section s;
    s.id = js.at("id").get<std::string>();
    s.heading = js.at("heading").get<std::string>();
    s.paragraphs = js.at("paragraphs").get<std::vector<std::string>>();
    for (const auto& jt : js.at("tables")) {
      Table t;
      t.id = jt.at("id").get<std::string>();
      t.caption = jt.at("caption").get<std::string>();
      for (const auto& c : jt.at("columns"))
        t.columns.push_back(
            {c.at("name").get<std::string>(), typeOf(c.at("type").get<std::string>())});
      t.rows = jt.at("rows").get<std::vector<std::vector<std::string>>>();
      t.totals = jt.at("totals").get<std::vector<std::string>>();
      s.tables.push_back(std::move(t));
    }
    for (const auto& jc : js.at("charts")) {
      Chart c;
      c.kind = jc.at("kind") == "lines" ? Chart::Kind::Lines : Chart::Kind::Bars;
      c.title = jc.at("title").get<std::string>();
      c.unit = jc.at("unit").get<std::string>();
      c.divisor = jc.at("divisor").get<long long>();
      c.categories = jc.at("categories").get<std::vector<std::string>>();
      c.series = jc.at("series").get<std::vector<std::string>>();
      c.values = jc.at("values").get<std::vector<std::vector<long long>>>();
      c.labels = jc.at("labels").get<std::vector<std::vector<std::string>>>();
      s.charts.push_back(std::move(c));
    }
    doc.sections.push_back(std::move(s));
  }
  return doc;
}

std::string displayCell(const std::string& value, ColumnType type) {
  if (value.empty()) return value;
  try {
    switch (type) {
      case ColumnType::Money:
        return formatMoneyDisplay(parseMoney(value));
      case ColumnType::Date:
        return formatUk(parseIsoDate(value));
      case ColumnType::Percent:
        return formatPercent(parsePercent(value)) + "%";
      default:
        return value;
    }
  } catch (const std::exception&) {
    return value;
  }
}

}  // namespace s113::reports
