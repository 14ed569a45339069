// Employer on-costs charged on top of pay in an actual-cost recharge: none, a
// flat percentage of pay, or itemised (employer NI from the rate table,
// employer pension, apprenticeship levy). Rates are basis points of pay.
#pragma once
#include "domain/Money.h"
#include "recharge/RechargeEnums.h"

namespace s113 {

constexpr BasisPoints kApprenticeshipLevyBp{50};  // 0.5% of the pay bill

struct OnCosts {
  OnCostKind kind = OnCostKind::None;
  BasisPoints flatBp{0};                                    // kind == Flat
  BasisPoints pensionRateBp{0};                             // kind == Itemised
  BasisPoints apprenticeshipLevyBp = kApprenticeshipLevyBp;  // kind == Itemised

  static OnCosts none() { return {}; }
  // Example: OnCosts::flat(2800) adds 28% of pay.
  static OnCosts flat(BasisPoints bp) {
    OnCosts c;
    c.kind = OnCostKind::Flat;
    c.flatBp = bp;
    return c;
  }
  // Example: OnCosts::itemised(2000) = employer NI + 20% pension + 0.5% levy.
  static OnCosts itemised(BasisPoints pensionBp, BasisPoints levyBp = kApprenticeshipLevyBp) {
    OnCosts c;
    c.kind = OnCostKind::Itemised;
    c.pensionRateBp = pensionBp;
    c.apprenticeshipLevyBp = levyBp;
    return c;
  }
};

// The on-costs of one schedule line, each item rounded half-up to the penny on
// its own; the line's on-cost figure is their sum, so what is shown adds up.
struct OnCostAmounts {
  Pence employerNi{0};
  Pence pension{0};
  Pence apprenticeshipLevy{0};
  Pence flat{0};
  Pence total() const { return employerNi + pension + apprenticeshipLevy + flat; }
};

}  // namespace s113
