// Sums of schedule lines: per payer->payee pair and per invoicing period. Each
// total is the plain sum of its lines' rounded figures, so it reconciles to
// the lines to the penny and the year's total equals the sum of its periods.
// Lines not invoiced (the payee's own part of a shared cost) count nowhere.
#pragma once
#include <string>
#include <vector>

#include "recharge/Schedule.h"

namespace s113 {

struct Totals {
  Pence pay{0};
  Pence onCosts{0};
  Pence net{0};
  Pence vat{0};
  Pence total{0};

  void add(const ScheduleLine& line);
  Totals& operator+=(const Totals& other);
  bool operator==(const Totals& o) const {
    return pay == o.pay && onCosts == o.onCosts && net == o.net && vat == o.vat && total == o.total;
  }
  bool operator!=(const Totals& o) const { return !(*this == o); }
};

struct PairTotal {
  std::string payer;
  std::string payee;
  Totals totals;
};

struct PeriodTotal {
  Period period;  // an invoicing period as it appears on the lines
  Totals totals;
};

Totals totalOf(const std::vector<ScheduleLine>& lines);
// One entry per payer->payee pair present, ordered by payer then payee.
std::vector<PairTotal> totalsByPair(const std::vector<ScheduleLine>& lines);
// One entry per distinct invoicing period, ordered by first then last day
// (monthly and quarterly agreements in one schedule give overlapping periods;
// each line still counts once).
std::vector<PeriodTotal> totalsByPeriod(const std::vector<ScheduleLine>& lines);

}  // namespace s113
