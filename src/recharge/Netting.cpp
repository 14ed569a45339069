#include "recharge/Netting.h"

#include <map>

namespace s113 {

Settlement settle(const std::vector<ScheduleLine>& lines) {
  std::map<std::pair<std::string, std::string>, NetSettlement> byPair;
  std::vector<ScheduleLine> grossLines;
  for (const auto& line : lines) {
    if (!line.invoiced) continue;
    if (!line.nettingAllowed) {
      grossLines.push_back(line);
      continue;
    }
    const bool payerFirst = line.payer < line.payee;
    const auto key = payerFirst ? std::make_pair(line.payer, line.payee)
                                : std::make_pair(line.payee, line.payer);
    NetSettlement& s = byPair[key];
    s.partyA = key.first;
    s.partyB = key.second;
    (payerFirst ? s.aToB : s.bToA).add(line);
  }
  Settlement result;
  for (auto& entry : byPair) result.netted.push_back(entry.second);
  result.gross = totalsByPair(grossLines);
  return result;
}

std::vector<std::pair<Period, Settlement>> settleByPeriod(const std::vector<ScheduleLine>& lines) {
  std::map<std::pair<Date, Date>, std::vector<ScheduleLine>> byPeriod;
  for (const auto& line : lines) byPeriod[{line.period.first, line.period.last}].push_back(line);
  std::vector<std::pair<Period, Settlement>> result;
  for (const auto& entry : byPeriod)
    result.emplace_back(Period{entry.first.first, entry.first.second}, settle(entry.second));
  return result;
}

Pence netBetween(const std::vector<ScheduleLine>& lines, const std::string& a,
                 const std::string& b) {
  Pence net{0};
  for (const auto& line : lines) {
    if (!line.nettingAllowed || !line.invoiced) continue;
    if (line.payer == a && line.payee == b) net += line.total;
    if (line.payer == b && line.payee == a) net -= line.total;
  }
  return net;
}

}  // namespace s113
