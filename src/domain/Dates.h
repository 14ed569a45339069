// Dates (boost::gregorian), financial years (1 April - 31 March, "2013/14")
// and closed periods [first, last]. Files use ISO "YYYY-MM-DD"; the screen
// uses "23/11/2026".
#pragma once
#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/optional.hpp>
#include <string>

namespace s113 {

using Date = boost::gregorian::date;
using OptionalDate = boost::optional<Date>;

// "2013-04-01" -> date. Throws std::invalid_argument naming the text.
Date parseIsoDate(const std::string& text);
// Empty text -> none.
OptionalDate parseOptionalIsoDate(const std::string& text);
std::string formatIso(const Date& date);
std::string formatIso(const OptionalDate& date);  // none -> ""
std::string formatUk(const Date& date);           // "23/11/2026"
Date today();

// An inclusive range of days.
struct Period {
  Date first;
  Date last;
  long days() const { return (last - first).days() + 1; }
  bool contains(const Date& d) const { return d >= first && d <= last; }
  // The overlap with another period; none when they do not meet.
  boost::optional<Period> intersect(const Period& other) const;
};

// Weekdays (Monday-Friday) in a period.
long weekdaysIn(const Period& period);

class FinancialYear {
 public:
  explicit FinancialYear(int startYear) : startYear_(startYear) {}
  // "2013/14" (also accepts "2013-14"). Throws std::invalid_argument.
  static FinancialYear parse(const std::string& text);
  static FinancialYear containing(const Date& date);

  int startYear() const { return startYear_; }
  Date firstDay() const { return Date(startYear_, 4, 1); }
  Date lastDay() const { return Date(startYear_ + 1, 3, 31); }
  Period period() const { return {firstDay(), lastDay()}; }
  long days() const { return period().days(); }  // 365 or 366
  std::string label() const;                     // "2013/14"
  FinancialYear next() const { return FinancialYear(startYear_ + 1); }
  bool operator==(const FinancialYear& o) const { return startYear_ == o.startYear_; }
  bool operator<(const FinancialYear& o) const { return startYear_ < o.startYear_; }

 private:
  int startYear_;
};

}  // namespace s113
