// XLSX with libxlsxwriter: one worksheet per table, header row bold, money as
// numbers formatted "£#,##0.00", dates as date cells (serial numbers in the
// style dd/mm/yyyy, so a spreadsheet sorts and sums by them), FTE and counts
// as numbers, "<5" as text; each column as wide as its longest cell.
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdlib>
#include <set>

#include "domain/Dates.h"
#include "domain/Money.h"
#include "domain/Text.h"
#include "reports/Writers.h"

namespace s113::reports {
namespace {

std::string sheetName(const Table& t, std::set<std::string>& used) {
  std::string name;
  for (char c : t.id.empty() ? t.caption : t.id)
    if (std::string("[]:*?/\\").find(c) == std::string::npos) name += c;
  if (name.empty()) name = "Sheet";
  name = name.substr(0, 28);
  std::string candidate = name;
  for (int n = 2; used.count(candidate); ++n) candidate = name + "-" + std::to_string(n);
  used.insert(candidate);
  return candidate;
}

// Text as a cell: XML cannot hold broken UTF-8 or control characters (the
// file would not open), and a formula must not run.
std::string cellText(const std::string& text) { return spreadsheetSafe(sanitisedText(text)); }

bool parseNumber(const std::string& text, ColumnType type, double& value) {
  if (text.empty()) return false;
  try {
    switch (type) {
      case ColumnType::Money:
        value = static_cast<double>(parseMoney(text).value()) / 100;
        return true;
      case ColumnType::Fte:
        value = static_cast<double>(parseFte(text).value()) / kFullTime.value();
        return true;
      case ColumnType::Percent:
        value = static_cast<double>(parsePercent(text).value()) / 100;
        return true;
      case ColumnType::Count: {
        std::size_t used = 0;
        long long n = std::stoll(text, &used);
        if (used != text.size()) return false;
        value = static_cast<double>(n);
        return true;
      }
      default:
        return false;
    }
  } catch (const std::exception&) {
    return false;
  }
}

// An ISO date cell as a spreadsheet date; false when it is not one.
bool parseDateCell(const std::string& text, ColumnType type, lxw_datetime& value) {
  if (type != ColumnType::Date || text.empty()) return false;
  try {
    const Date d = parseIsoDate(text);
    value = {static_cast<int>(d.year()), static_cast<int>(d.month()), static_cast<int>(d.day()),
             0, 0, 0};
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

// Characters of the longest cell (header included), within 8 to 60.
double columnWidth(const Table& t, std::size_t c) {
  std::size_t longest = t.columns[c].name.size();
  auto consider = [&](const std::vector<std::string>& cells) {
    if (c < cells.size())
      longest = std::max(longest, displayCell(cells[c], t.columns[c].type).size());
  };
  for (const auto& r : t.rows) consider(r);
  consider(t.totals);
  return std::clamp<double>(static_cast<double>(longest) + 2, 8, 60);
}

}  // namespace

void writeXlsx(const ReportDocument& doc, const std::string& path) {
  if (!doc.tabular)
    throw FormatError("the " + doc.report + " report has no xlsx form: write .pdf or .html");
  lxw_workbook* book = workbook_new(path.c_str());
  if (!book) throw std::runtime_error("cannot write " + path);
  lxw_format* bold = workbook_add_format(book);
  format_set_bold(bold);
  lxw_format* money = workbook_add_format(book);
  format_set_num_format(money, "\xC2\xA3#,##0.00");
  lxw_format* moneyBold = workbook_add_format(book);
  format_set_num_format(moneyBold, "\xC2\xA3#,##0.00");
  format_set_bold(moneyBold);
  lxw_format* date = workbook_add_format(book);
  format_set_num_format(date, "dd/mm/yyyy");
  std::set<std::string> used;
  for (const Table* t : doc.tables()) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, sanitisedText(sheetName(*t, used)).c_str());
    lxw_row_t row = 0;
    for (std::size_t c = 0; c < t->columns.size(); ++c) {
      worksheet_write_string(sheet, row, c, cellText(t->columns[c].name).c_str(), bold);
      worksheet_set_column(sheet, c, c, columnWidth(*t, c), nullptr);
    }
    auto writeRow = [&](const std::vector<std::string>& cells, bool isTotal) {
      ++row;
      for (std::size_t c = 0; c < cells.size(); ++c) {
        ColumnType type = c < t->columns.size() ? t->columns[c].type : ColumnType::Text;
        double value = 0;
        lxw_datetime day{};
        if (parseDateCell(cells[c], type, day))
          worksheet_write_datetime(sheet, row, c, &day, date);
        else if (parseNumber(cells[c], type, value))
          worksheet_write_number(sheet, row, c, value,
                                 type == ColumnType::Money ? (isTotal ? moneyBold : money)
                                                           : (isTotal ? bold : nullptr));
        else
          worksheet_write_string(sheet, row, c, cellText(cells[c]).c_str(), isTotal ? bold : nullptr);
      }
    };
    for (const auto& r : t->rows) writeRow(r, false);
    if (!t->totals.empty()) writeRow(t->totals, true);
  }
  lxw_error error = workbook_close(book);
  if (error != LXW_NO_ERROR)
    throw std::runtime_error("writing " + path + " failed: " + lxw_strerror(error));
}

}  // namespace s113::reports
