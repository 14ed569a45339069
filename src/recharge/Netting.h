// Settlement between partners. Where both directions of a pair are nettable,
// only the difference changes hands: per unordered pair, net = Σ(A->B) -
// Σ(B->A) of line totals. Line totals already include each line's VAT, so VAT
// is charged per supply and never computed on the net figure. Agreements that
// do not allow netting are settled gross, each direction on its own.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "recharge/Schedule.h"
#include "recharge/Totals.h"

namespace s113 {

struct NetSettlement {
  std::string partyA;  // partyA < partyB, so each pair appears once
  std::string partyB;
  Totals aToB;  // nettable lines A -> B
  Totals bToA;  // nettable lines B -> A
  // Positive: A pays B this much; negative: B pays A its magnitude.
  Pence net() const { return aToB.total - bToA.total; }
};

struct Settlement {
  std::vector<NetSettlement> netted;  // ordered by (partyA, partyB)
  std::vector<PairTotal> gross;       // lines of agreements without netting
};

// Example: BNES->BCCG 1,000.00 and BCCG->BNES 400.00, both nettable, give one
// NetSettlement {BCCG, BNES} with net() == -60000 (BNES pays BCCG £600).
Settlement settle(const std::vector<ScheduleLine>& lines);

// Settlement per invoicing period (docs/domain.md: per partner pair and period),
// ordered by period.
std::vector<std::pair<Period, Settlement>> settleByPeriod(const std::vector<ScheduleLine>& lines);

// Σ(a->b) - Σ(b->a) of nettable line totals; netBetween(l, a, b) == -netBetween(l, b, a).
Pence netBetween(const std::vector<ScheduleLine>& lines, const std::string& a,
                 const std::string& b);

}  // namespace s113
