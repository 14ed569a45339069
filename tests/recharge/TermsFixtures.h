// Builders for recharge agreements used across the recharge tests, so each
// test states only what it is about.
#pragma once
#include <string>

#include "recharge/RechargeTerms.h"

namespace s113 {
namespace testing {

inline Date d(int y, int m, int day) { return Date(y, m, day); }

// 100% actual cost, calendar day, monthly invoices, outside the scope of VAT.
inline RechargeTerms actualCost(const std::string& key, Pence annual, Date start,
                                OptionalDate end = boost::none) {
  RechargeTerms t;
  t.key = key;
  t.payer = "BCCG";
  t.payee = "BNES";
  t.covers = "placement PL-001";
  t.basis = RechargeBasis::ActualCost;
  t.annualPay = annual;
  t.start = start;
  t.end = end;
  return t;
}

inline RechargeTerms fixedAnnual(const std::string& key, Pence annual, Date start,
                                 OptionalDate end = boost::none) {
  RechargeTerms t = actualCost(key, Pence(0), start, end);
  t.basis = RechargeBasis::FixedAnnual;
  t.fixedAnnual = annual;
  return t;
}

inline RechargeTerms fixedTotal(const std::string& key, Pence total,
                                std::vector<PhasedAmount> phasing, Date start,
                                OptionalDate end = boost::none) {
  RechargeTerms t = actualCost(key, Pence(0), start, end);
  t.basis = RechargeBasis::FixedTotal;
  t.fixedTotal = total;
  t.phasing = std::move(phasing);
  return t;
}

}  // namespace testing
}  // namespace s113
