#include "recharge/Totals.h"

#include <map>
#include <tuple>

namespace s113 {

void Totals::add(const ScheduleLine& line) {
  if (!line.invoiced) return;  // the payee's own part of a shared cost
  pay += line.pay;
  onCosts += line.onCosts;
  net += line.net;
  vat += line.vat;
  total += line.total;
}

Totals& Totals::operator+=(const Totals& o) {
  pay += o.pay;
  onCosts += o.onCosts;
  net += o.net;
  vat += o.vat;
  total += o.total;
  return *this;
}

Totals totalOf(const std::vector<ScheduleLine>& lines) {
  Totals t;
  for (const auto& line : lines) t.add(line);
  return t;
}

std::vector<PairTotal> totalsByPair(const std::vector<ScheduleLine>& lines) {
  std::map<std::pair<std::string, std::string>, Totals> byPair;
  for (const auto& line : lines)
    if (line.invoiced) byPair[{line.payer, line.payee}].add(line);
  std::vector<PairTotal> result;
  for (const auto& entry : byPair)
    result.push_back({entry.first.first, entry.first.second, entry.second});
  return result;
}

std::vector<PeriodTotal> totalsByPeriod(const std::vector<ScheduleLine>& lines) {
  std::map<std::pair<Date, Date>, Totals> byPeriod;
  for (const auto& line : lines)
    if (line.invoiced) byPeriod[{line.period.first, line.period.last}].add(line);
  std::vector<PeriodTotal> result;
  for (const auto& entry : byPeriod)
    result.push_back({Period{entry.first.first, entry.first.second}, entry.second});
  return result;
}

}  // namespace s113
