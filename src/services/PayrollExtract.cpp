#include "services/PayrollExtract.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <stdexcept>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "services/Csv.h"
#include "services/TypedRecords.h"
#include "storage/TypedStore.h"

namespace s113 {
namespace {

std::string trimmed(const std::string& s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

int number(const std::string& digits, std::size_t from, std::size_t count) {
  const std::string part = digits.substr(from, count);
  if (part.size() != count || !std::all_of(part.begin(), part.end(), ::isdigit))
    throw std::invalid_argument("");
  return std::stoi(part);
}

int monthOfName(const std::string& name) {
  static const char* names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string lower = name;
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (int m = 0; m < 12; ++m)
    if (lower == names[m]) return m + 1;
  throw std::invalid_argument("");
}

Date dateIn(const std::string& t, PayrollDateFormat format) {
  switch (format) {
    case PayrollDateFormat::YearMonthDay:
      if (t.size() == 10 && t[4] == '-' && t[7] == '-') return Date(number(t, 0, 4), number(t, 5, 2), number(t, 8, 2));
      break;
    case PayrollDateFormat::DayMonthYear:
      if (t.size() == 10 && t[2] == '/' && t[5] == '/') return Date(number(t, 6, 4), number(t, 3, 2), number(t, 0, 2));
      break;
    case PayrollDateFormat::DayMonthNameYear:
      if (t.size() == 11 && t[2] == '-' && t[6] == '-')
        return Date(number(t, 7, 4), monthOfName(t.substr(3, 3)), number(t, 0, 2));
      break;
    case PayrollDateFormat::MonthYear:
      if (t.size() == 7 && t[2] == '/') return Date(number(t, 3, 4), number(t, 0, 2), 1);
      break;
    case PayrollDateFormat::YearMonth:
      if (t.size() == 7 && t[4] == '-') return Date(number(t, 0, 4), number(t, 5, 2), 1);
      break;
    case PayrollDateFormat::YearMonthDigits:
      if (t.size() == 6) return Date(number(t, 0, 4), number(t, 4, 2), 1);
      break;
  }
  throw std::invalid_argument("");
}

Period monthOf(const Date& d) { return {Date(d.year(), d.month(), 1), d.end_of_month()}; }

// Reads one row's cells into a PayRow, adding a message per bad cell.
class ExtractRowReader {
 public:
  ExtractRowReader(const std::string& file, int row, const CsvRow& cells,
            const std::map<std::string, std::size_t>& columns, std::vector<ValidationError>& errors)
      : file_(file), row_(row), cells_(cells), columns_(columns), errors_(errors) {}

  std::string cell(const std::string& column) const {
    auto at = columns_.find(column);
    return at == columns_.end() || at->second >= cells_.size() ? "" : trimmed(cells_[at->second]);
  }
  void fail(const std::string& column, const std::string& reason) const {
    errors_.emplace_back(file_ + " row " + std::to_string(row_), "column " + column, reason);
  }
  template <typename T, typename Parse>
  boost::optional<T> parsed(const std::string& column, Parse parse, const std::string& expected,
                            bool required) const {
    const std::string text = cell(column);
    if (text.empty()) {
      if (required) fail(column, "is empty; expected " + expected);
      return boost::none;
    }
    try {
      return T(parse(text));
    } catch (const std::exception&) {
      fail(column, "'" + text + "' is not " + expected);
      return boost::none;
    }
  }

 private:
  const std::string& file_;
  int row_;
  const CsvRow& cells_;
  const std::map<std::string, std::size_t>& columns_;
  std::vector<ValidationError>& errors_;
};

boost::optional<Period> periodOf(const ExtractRowReader& r, const PayrollProfile& profile) {
  const PayrollDateFormat format = profile.dateFormat;
  auto date = [&](const std::string& column) {
    return r.parsed<Date>(column, [&](const std::string& t) { return parsePayrollDate(t, format); },
                          "a date written " + toString(format), true);
  };
  if (!profile.periodColumn.empty()) {
    auto d = date(profile.periodColumn);
    return d ? boost::optional<Period>(monthOf(*d)) : boost::none;
  }
  const std::string& startColumn = profile.periodStartColumn;
  auto start = date(startColumn);
  if (!start) return boost::none;
  const Period month = monthOf(*start);
  if (*start != month.first) {
    r.fail(startColumn, formatIso(*start) + " is not the first day of a month: pay periods are calendar months");
    return boost::none;
  }
  const std::string& endColumn = profile.periodEndColumn;
  if (endColumn.empty()) return month;
  auto end = date(endColumn);
  if (end && *end != month.last) {
    r.fail(endColumn, formatIso(*end) + " does not end the month that starts " + formatIso(*start));
    return boost::none;
  }
  return end ? boost::optional<Period>(month) : boost::none;
}

std::map<std::string, std::size_t> headerColumns(const CsvRow& header) {
  std::map<std::string, std::size_t> columns;
  for (std::size_t i = 0; i < header.size(); ++i) {
    std::string name = trimmed(header[i]);
    if (i == 0 && name.rfind("\xEF\xBB\xBF", 0) == 0) name = name.substr(3);  // Excel's byte-order mark
    columns.emplace(name, i);
  }
  return columns;
}

// The profile's column fields, each naming a header the file must have.
std::vector<std::pair<const char*, const std::string*>> columnFields(const PayrollProfile& p) {
  return {{"staff_number_column", &p.staffNumberColumn}, {"name_column", &p.nameColumn},
          {"period_column", &p.periodColumn},            {"period_start_column", &p.periodStartColumn},
          {"period_end_column", &p.periodEndColumn},     {"gross_pay_column", &p.grossPayColumn},
          {"fte_column", &p.fteColumn}};
}

}  // namespace

Date parsePayrollDate(const std::string& text, PayrollDateFormat format) {
  try {
    return dateIn(text, format);
  } catch (const std::exception&) {  // a malformed number, or not a day of the calendar
    throw std::invalid_argument("'" + text + "' is not a date written " + toString(format));
  }
}

Pence parsePayrollMoney(const std::string& text) {
  std::string plain;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 2, "\xC2\xA3") == 0) {  // £ in UTF-8
      ++i;
      continue;
    }
    if (text[i] != ',') plain += text[i];
  }
  return parseMoney(plain);
}

FteUnits parsePayrollFte(const std::string& text) {
  if (!text.empty() && text.back() == '%') {
    const BasisPoints bp = parsePercent(text.substr(0, text.size() - 1));
    return FteUnits(bp.value());  // 100% = 10000 basis points = 1.0 FTE
  }
  return parseFte(text);
}

namespace {

// A profile's name alone (a view, storage/TypedStore.h).
struct ProfileName {
  std::string name;
};

template <class Visitor>
void describe(Visitor& v, ProfileName& p) {
  v.key("name", p.name);
}

}  // namespace

std::vector<std::string> payrollProfileNames(Register& reg) {
  std::vector<std::string> names;
  forEachLiveView<ProfileName>(reg, payrollProfileDef(), [&](ProfileName&& p) { names.push_back(std::move(p.name)); });
  return names;
}

PayrollProfile loadPayrollProfile(Register& reg, const std::string& name) {
  auto profile = latestLive<PayrollProfile>(reg, payrollProfileDef(), name);
  if (!profile) throw NotFound("There is no payroll profile '" + name + "' in the register.");
  return *profile;
}

PayrollExtract readPayrollExtract(const std::string& file, const PayrollProfile& profile) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw ValidationError(file, "file", "cannot be read");
  return readPayrollExtract(in, file, profile);
}

PayrollExtract readPayrollExtract(std::istream& in, const std::string& file,
                                  const PayrollProfile& profile) {
  std::vector<int> lines;
  std::vector<CsvRow> rows;
  try {
    rows = readCsv(in, &lines);
  } catch (const std::exception& e) {
    throw ValidationError(file, "file", e.what());
  }
  if (rows.empty()) throw ValidationError(file, "file", "is empty: a header row is needed");
  const auto columns = headerColumns(rows.front());
  std::vector<ValidationError> errors;
  for (const auto& [field, columnOf] : columnFields(profile)) {
    const std::string& column = *columnOf;
    if (!column.empty() && !columns.count(column))
      errors.emplace_back(file + " row 1", "column " + column,
                          "is missing: profile " + profile.name + " reads it as its " + field);
  }
  if (!errors.empty()) throw ValidationErrors(std::move(errors));
  PayrollExtract extract{file, profile, {}};
  std::map<std::pair<std::string, Date>, int> seen;  // (staff number, month) -> row
  for (std::size_t i = 1; i < rows.size(); ++i) {
    if (rows[i].size() == 1 && trimmed(rows[i][0]).empty()) continue;  // a blank line
    const int rowNumber = static_cast<int>(i) + 1;
    ExtractRowReader r(file, rowNumber, rows[i], columns, errors);
    PayRow pay;
    pay.row = rowNumber;
    const std::string& staffColumn = profile.staffNumberColumn;
    pay.staffNumber = r.cell(staffColumn);
    if (pay.staffNumber.empty()) r.fail(staffColumn, "is empty; every row needs a staff number");
    pay.name = r.cell(profile.nameColumn);
    auto period = periodOf(r, profile);
    auto gross = r.parsed<Pence>(profile.grossPayColumn, parsePayrollMoney,
                                 "an amount in pounds such as 1234.56", true);
    if (!profile.fteColumn.empty()) {
      pay.fte = r.parsed<FteUnits>(profile.fteColumn, parsePayrollFte,
                                   "an FTE such as 0.6 or 60%", false);
      if (pay.fte && (*pay.fte < FteUnits(0) || *pay.fte > kFullTime))
        r.fail(profile.fteColumn, "must be from 0 to 1 (0% to 100%)");
    }
    if (!period || !gross || pay.staffNumber.empty()) continue;
    pay.period = *period;
    pay.grossPay = *gross;
    auto [at, fresh] = seen.emplace(std::make_pair(pay.staffNumber, period->first), rowNumber);
    if (!fresh)
      r.fail(staffColumn, pay.staffNumber + " is paid twice for " + formatIso(period->first).substr(0, 7) +
                              " (also row " + std::to_string(at->second) + ")");
    extract.rows.push_back(pay);
  }
  if (!errors.empty()) throw ValidationErrors(std::move(errors));
  return extract;
}

}  // namespace s113
