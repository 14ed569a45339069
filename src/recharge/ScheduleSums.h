// The sums of a schedule that the pair and net views show, added up one line
// at a time: a year's schedule summed as its lines are made, without holding
// them (services/RechargeService.h, forEachScheduleLine). Every figure is
// the same plain sum of rounded line figures as Totals.h and Netting.h give
// for the whole vector of lines.
#pragma once
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "recharge/Netting.h"
#include "recharge/Schedule.h"
#include "recharge/Totals.h"

namespace s113 {

class ScheduleSums {
 public:
  ScheduleSums() = default;
  ScheduleSums(ScheduleSums&&) = default;  // the map's entries, and so the last one, stay put
  ScheduleSums(const ScheduleSums&) = delete;
  ScheduleSums& operator=(const ScheduleSums&) = delete;

  void add(const ScheduleLine& line);

  // totalOf(lines): every invoiced line.
  const Totals& total() const { return total_; }
  // totalsByPair(lines): pairs with an invoiced line, ordered by payer, payee.
  std::vector<PairTotal> byPair() const;
  // How many lines (invoiced or not) name this payer and payee.
  long long linesOf(const std::string& payer, const std::string& payee) const;
  // settle(lines).
  Settlement settlement() const;

 private:
  // What one payer -> payee direction adds up to.
  struct Direction {
    long long lines = 0;
    bool anyInvoiced = false, anyNettable = false, anyGross = false;
    Totals invoiced, nettable, gross;  // gross: invoiced lines without netting
  };
  using PairKey = std::pair<std::string, std::string>;  // payer, payee
  Direction& directionOf(const ScheduleLine& line);

  std::map<PairKey, Direction> directions_;
  // The entry of the last line added: consecutive lines are mostly one
  // agreement's, so the map is searched once per agreement, not per line.
  const PairKey* lastKey_ = nullptr;
  Direction* lastDirection_ = nullptr;
  Totals total_;
};

// The sums of a whole vector of lines.
ScheduleSums sumsOf(const std::vector<ScheduleLine>& lines);

}  // namespace s113
