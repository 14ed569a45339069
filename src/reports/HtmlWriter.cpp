// HTML through mustache templates (reports/<name>/template.html), CSV, and the
// SVG charts inlined in the HTML.
#include <algorithm>
#include <fstream>
#include <kainjow/mustache.hpp>
#include <set>
#include <sstream>

#include "reports/Writers.h"

#include "domain/Text.h"

namespace s113::embedded {
const std::vector<std::pair<std::string, std::string>>& reportFiles();
}

namespace s113::reports {

namespace mu = kainjow::mustache;

std::string templateText(const std::string& report, const std::string& file) {
  const std::string name = report + "/" + file;
  for (const auto& [path, text] : embedded::reportFiles())
    if (path == name) return text;
  throw std::runtime_error("no report template " + name);
}

std::vector<std::string> reportFolders() {
  std::set<std::string> names;
  for (const auto& entry : embedded::reportFiles()) {
    auto slash = entry.first.find('/');
    if (slash != std::string::npos && entry.first[0] != '_')
      names.insert(entry.first.substr(0, slash));
  }
  return {names.begin(), names.end()};
}

Format formatOfPath(const std::string& path) {
  auto dot = path.rfind('.');
  std::string ext = dot == std::string::npos ? "" : path.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  if (ext == "html" || ext == "htm") return Format::Html;
  if (ext == "pdf") return Format::Pdf;
  if (ext == "csv") return Format::Csv;
  if (ext == "xlsx") return Format::Xlsx;
  throw FormatError("'" + path + "': the output file must end in .pdf, .html, .csv or .xlsx");
}

const char* extensionOf(Format format) {
  switch (format) {
    case Format::Html:
      return "html";
    case Format::Pdf:
      return "pdf";
    case Format::Csv:
      return "csv";
    case Format::Xlsx:
      return "xlsx";
  }
  return "";
}

namespace {

bool numericColumn(ColumnType type) { return type != ColumnType::Text && type != ColumnType::Date; }

std::string escapeXml(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

const char* kPalette[] = {"#1f5a96", "#d9822b", "#3a8f3a", "#a23b72", "#6b6b6b", "#c9b037"};

std::string num(double v) {
  std::ostringstream s;
  s.precision(1);
  s << std::fixed << v;
  return s.str();
}

mu::data tableData(const Table& t) {
  mu::data table;
  table.set("caption", t.caption);
  table.set("id", t.id);
  mu::data columns{mu::data::type::list};
  for (const auto& c : t.columns) {
    mu::data col;
    col.set("name", c.name);
    col.set("num", numericColumn(c.type));
    columns.push_back(col);
  }
  table.set("columns", columns);
  auto rowData = [&](const std::vector<std::string>& cells) {
    mu::data row;
    mu::data list{mu::data::type::list};
    for (std::size_t i = 0; i < cells.size(); ++i) {
      ColumnType type = i < t.columns.size() ? t.columns[i].type : ColumnType::Text;
      mu::data cell;
      cell.set("text", displayCell(cells[i], type));
      cell.set("num", numericColumn(type));
      list.push_back(cell);
    }
    row.set("cells", list);
    return row;
  };
  mu::data rows{mu::data::type::list};
  for (const auto& r : t.rows) rows.push_back(rowData(r));
  table.set("rows", rows);
  table.set("empty", t.rows.empty());
  if (!t.totals.empty()) table.set("totals", rowData(t.totals));
  return table;
}

mu::data documentData(const ReportDocument& doc) {
  mu::data data;
  data.set("report", doc.report);
  data.set("title", doc.title);
  data.set("subtitle", doc.subtitle);
  mu::data facts{mu::data::type::list};
  mu::data fact;  // fact.<key>
  for (const auto& f : doc.facts) {
    mu::data item;
    item.set("label", f.label);
    item.set("value", f.value);
    facts.push_back(item);
    if (!f.key.empty()) fact.set(f.key, f.value);
  }
  data.set("facts", facts);
  data.set("fact", fact);
  mu::data sections{mu::data::type::list};
  mu::data section;  // section.<id>
  for (const auto& s : doc.sections) {
    mu::data item;
    item.set("id", s.id);
    item.set("heading", s.heading);
    mu::data paragraphs{mu::data::type::list};
    for (const auto& p : s.paragraphs) {
      mu::data para;
      para.set("text", p);
      paragraphs.push_back(para);
    }
    item.set("paragraphs", paragraphs);
    mu::data tables{mu::data::type::list};
    for (const auto& t : s.tables) tables.push_back(tableData(t));
    item.set("tables", tables);
    mu::data charts{mu::data::type::list};
    for (const auto& c : s.charts) {
      mu::data chart;
      chart.set("title", c.title);
      chart.set("svg", chartSvg(c));
      charts.push_back(chart);
    }
    item.set("charts", charts);
    sections.push_back(item);
    if (!s.id.empty()) section.set(s.id, item);
  }
  data.set("sections", sections);
  data.set("section", section);
  return data;
}

std::string csvField(const std::string& cell) {
  const std::string value = spreadsheetSafe(cell);
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

std::string renderHtml(const ReportDocument& doc) {
  mu::mustache tmpl(templateText(doc.report, "template.html"));
  if (!tmpl.is_valid())
    throw std::runtime_error("reports/" + doc.report + "/template.html: " + tmpl.error_message());
  mu::data data = documentData(doc);
  // Shared pieces every template may include: {{> style}} and {{> sections}}.
  data.set("style", mu::partial([] { return templateText("_shared", "style.css"); }));
  data.set("sections_partial",
           mu::partial([] { return templateText("_shared", "sections.html"); }));
  std::string html = tmpl.render(data);
  if (!tmpl.is_valid())
    throw std::runtime_error("reports/" + doc.report + "/template.html: " + tmpl.error_message());
  return html;
}

std::string renderCsv(const ReportDocument& doc) {
  auto tables = doc.tables();
  if (!doc.tabular || tables.empty())
    throw FormatError("the " + doc.report + " report has no CSV form: write .pdf or .html");
  const Table& t = *tables.front();
  std::string out;
  auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + csvField(cells[i]);
    out += "\r\n";
  };
  std::vector<std::string> header;
  for (const auto& c : t.columns) header.push_back(c.name);
  line(header);
  for (const auto& r : t.rows) line(r);
  if (!t.totals.empty()) line(t.totals);
  return out;
}

std::string chartSvg(const Chart& chart) {
  const double width = 640, height = 260, left = 60, right = 160, top = 30, bottom = 60;
  const double plotW = width - left - right, plotH = height - top - bottom;
  long long maxValue = 1;
  for (const auto& series : chart.values)
    for (long long v : series) maxValue = std::max(maxValue, v);
  double maxUnits = static_cast<double>(maxValue) / chart.divisor;
  std::ostringstream svg;
  svg << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width << "\" height=\"" << height
      << "\" role=\"img\" aria-label=\"" << escapeXml(chart.title) << "\">";
  svg << "<text x=\"" << left << "\" y=\"18\" font-size=\"13\" font-weight=\"bold\">"
      << escapeXml(chart.title) << "</text>";
  for (int i = 0; i <= 4; ++i) {
    double y = top + plotH - plotH * i / 4;
    svg << "<line x1=\"" << left << "\" y1=\"" << num(y) << "\" x2=\"" << left + plotW << "\" y2=\""
        << num(y) << "\" stroke=\"#ddd\"/>";
    std::ostringstream label;
    label.precision(maxUnits < 10 ? 1 : 0);
    label << std::fixed << maxUnits * i / 4;
    svg << "<text x=\"" << left - 4 << "\" y=\"" << num(y + 4)
        << "\" font-size=\"10\" text-anchor=\"end\">" << escapeXml(label.str()) << "</text>";
  }
  const std::size_t n = chart.categories.size(), m = chart.series.size();
  const double groupW = n ? plotW / n : plotW;
  for (std::size_t c = 0; c < n; ++c) {
    double gx = left + groupW * c;
    svg << "<text x=\"" << num(gx + groupW / 2) << "\" y=\"" << num(top + plotH + 14)
        << "\" font-size=\"9\" text-anchor=\"middle\">" << escapeXml(chart.categories[c])
        << "</text>";
  }
  for (std::size_t s = 0; s < m; ++s) {
    const char* colour = kPalette[s % 6];
    if (chart.kind == Chart::Kind::Bars) {
      double barW = groupW * 0.8 / std::max<std::size_t>(m, 1);
      for (std::size_t c = 0; c < n && c < chart.values[s].size(); ++c) {
        double h = plotH * chart.values[s][c] / maxValue;
        double x = left + groupW * c + groupW * 0.1 + barW * s;
        svg << "<rect x=\"" << num(x) << "\" y=\"" << num(top + plotH - h) << "\" width=\""
            << num(barW) << "\" height=\"" << num(h) << "\" fill=\"" << colour << "\"/>";
        if (s < chart.labels.size() && c < chart.labels[s].size() && !chart.labels[s][c].empty())
          svg << "<text x=\"" << num(x + barW / 2) << "\" y=\"" << num(top + plotH - h - 3)
              << "\" font-size=\"9\" text-anchor=\"middle\">" << escapeXml(chart.labels[s][c])
              << "</text>";
      }
    } else {
      svg << "<polyline fill=\"none\" stroke=\"" << colour << "\" stroke-width=\"2\" points=\"";
      for (std::size_t c = 0; c < n && c < chart.values[s].size(); ++c)
        svg << num(left + groupW * c + groupW / 2) << ","
            << num(top + plotH - plotH * chart.values[s][c] / maxValue) << " ";
      svg << "\"/>";
    }
    double ly = top + 12 + 16 * s;
    svg << "<rect x=\"" << left + plotW + 12 << "\" y=\"" << num(ly - 9)
        << "\" width=\"10\" height=\"10\" fill=\"" << colour << "\"/><text x=\""
        << left + plotW + 26 << "\" y=\"" << num(ly) << "\" font-size=\"10\">"
        << escapeXml(chart.series[s]) << "</text>";
  }
  svg << "<text x=\"12\" y=\"" << num(top + plotH / 2) << "\" font-size=\"10\">"
      << escapeXml(chart.unit) << "</text>";
  svg << "</svg>";
  return svg.str();
}

void writeReport(const ReportDocument& doc, const std::string& path) {
  Format format = formatOfPath(path);
  if ((format == Format::Csv || format == Format::Xlsx) && !doc.tabular)
    throw FormatError("the " + doc.report + " report has no " + extensionOf(format) +
                      " form: write .pdf or .html");
  auto writeText = [&](const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    if (!out) throw std::runtime_error("cannot write " + path);
    out << text;
    if (!out) throw std::runtime_error("writing " + path + " failed");
  };
  switch (format) {
    case Format::Html:
      writeText(renderHtml(doc));
      break;
    case Format::Csv:
      writeText(renderCsv(doc));
      break;
    case Format::Pdf:
      writePdf(doc, path);
      break;
    case Format::Xlsx:
      writeXlsx(doc, path);
      break;
  }
}

}  // namespace s113::reports
