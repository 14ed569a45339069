#include "recharge/ScheduleSums.h"

namespace s113 {

ScheduleSums::Direction& ScheduleSums::directionOf(const ScheduleLine& line) {
  if (lastKey_ && lastKey_->first == line.payer && lastKey_->second == line.payee) return *lastDirection_;
  auto entry = directions_.try_emplace(PairKey(line.payer, line.payee)).first;
  lastKey_ = &entry->first;
  lastDirection_ = &entry->second;
  return *lastDirection_;
}

void ScheduleSums::add(const ScheduleLine& line) {
  Direction& d = directionOf(line);
  ++d.lines;
  if (!line.invoiced) return;  // the payee's own part of a shared cost counts nowhere
  total_.add(line);
  d.anyInvoiced = true;
  d.invoiced.add(line);
  if (line.nettingAllowed) {
    d.anyNettable = true;
    d.nettable.add(line);
  } else {
    d.anyGross = true;
    d.gross.add(line);
  }
}

std::vector<PairTotal> ScheduleSums::byPair() const {
  std::vector<PairTotal> result;
  for (const auto& [key, d] : directions_)
    if (d.anyInvoiced) result.push_back({key.first, key.second, d.invoiced});
  return result;
}

long long ScheduleSums::linesOf(const std::string& payer, const std::string& payee) const {
  auto found = directions_.find(PairKey(payer, payee));
  return found == directions_.end() ? 0 : found->second.lines;
}

// Each unordered pair once, partyA < partyB, as settle() makes it.
Settlement ScheduleSums::settlement() const {
  std::map<PairKey, NetSettlement> netted;
  Settlement result;
  for (const auto& [key, d] : directions_) {
    if (d.anyNettable) {
      const bool payerFirst = key.first < key.second;
      const PairKey unordered = payerFirst ? key : PairKey(key.second, key.first);
      NetSettlement& s = netted[unordered];
      s.partyA = unordered.first;
      s.partyB = unordered.second;
      (payerFirst ? s.aToB : s.bToA) += d.nettable;
    }
    if (d.anyGross) result.gross.push_back({key.first, key.second, d.gross});
  }
  for (auto& entry : netted) result.netted.push_back(std::move(entry.second));
  return result;
}

ScheduleSums sumsOf(const std::vector<ScheduleLine>& lines) {
  ScheduleSums sums;
  for (const auto& line : lines) sums.add(line);
  return sums;
}

}  // namespace s113
