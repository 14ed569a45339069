#include "domain/Dates.h"

#include <cstdio>
#include <stdexcept>

namespace s113 {
namespace {
constexpr int kFirstFinancialYear = 1900, kLastFinancialYear = 9998;
}  // namespace

Date parseIsoDate(const std::string& text) {
  // Strict shape check first: boost accepts forms we do not want in files.
  bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-';
  for (std::size_t i = 0; shaped && i < text.size(); ++i)
    if (i != 4 && i != 7 && (text[i] < '0' || text[i] > '9')) shaped = false;
  if (!shaped) throw std::invalid_argument("'" + text + "' is not a date in the form YYYY-MM-DD");
  try {
    return Date(std::stoi(text.substr(0, 4)), std::stoi(text.substr(5, 2)),
                std::stoi(text.substr(8, 2)));
  } catch (const std::exception&) {
    throw std::invalid_argument("'" + text + "' is not a real calendar date");
  }
}

OptionalDate parseOptionalIsoDate(const std::string& text) {
  if (text.empty()) return boost::none;
  return parseIsoDate(text);
}

std::string formatIso(const Date& date) { return boost::gregorian::to_iso_extended_string(date); }

std::string formatIso(const OptionalDate& date) { return date ? formatIso(*date) : std::string(); }

std::string formatUk(const Date& date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%02d/%02d/%04d", static_cast<int>(date.day()),
                static_cast<int>(date.month()), static_cast<int>(date.year()));
  return buffer;
}

Date today() { return boost::gregorian::day_clock::local_day(); }

boost::optional<Period> Period::intersect(const Period& other) const {
  Date a = std::max(first, other.first);
  Date b = std::min(last, other.last);
  if (a > b) return boost::none;
  return Period{a, b};
}

long weekdaysIn(const Period& period) {
  const long total = period.days();
  if (total <= 0) return 0;
  long count = total / 7 * 5;
  // The days after the whole weeks, by weekday number (0 = Sunday): the
  // weekday of a day number is its remainder by 7, without the calendar
  // conversion day_of_week() makes.
  const long firstWeekday = static_cast<long>((period.first.day_number() + 1) % 7);
  for (long i = 0; i < total % 7; ++i) {
    const long weekday = (firstWeekday + i) % 7;
    if (weekday != 0 && weekday != 6) ++count;
  }
  return count;
}

FinancialYear FinancialYear::parse(const std::string& text) {
  if (text.size() == 7 && (text[4] == '/' || text[4] == '-')) {
    bool digits = true;
    for (std::size_t i = 0; i < 7; ++i)
      if (i != 4 && (text[i] < '0' || text[i] > '9')) digits = false;
    if (digits) {
      int start = std::stoi(text.substr(0, 4));
      int end = std::stoi(text.substr(5, 2));
      // The calendar ends in 9999, so the last whole financial year is 9998/99.
      if (start < kFirstFinancialYear || start > kLastFinancialYear)
        throw std::invalid_argument("'" + text + "' is outside the financial years the register handles (" +
                                    FinancialYear(kFirstFinancialYear).label() + " to " +
                                    FinancialYear(kLastFinancialYear).label() + ")");
      if ((start + 1) % 100 == end) return FinancialYear(start);
    }
  }
  throw std::invalid_argument("'" + text + "' is not a financial year in the form 2013/14");
}

FinancialYear FinancialYear::containing(const Date& date) {
  const auto ymd = date.year_month_day();  // one calendar conversion, not two
  const int year = ymd.year;
  return FinancialYear(ymd.month >= 4 ? year : year - 1);
}

std::string FinancialYear::label() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d/%02d", startYear_, (startYear_ + 1) % 100);
  return buffer;
}

}  // namespace s113
