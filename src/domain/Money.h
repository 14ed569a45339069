// Money as integer pence and shares/rates as basis points (10000 = 100%).
// Never binary floating point. Plain form "1234.56" is used in files and the
// CLI; display form "£1,234.56" on screen.
#pragma once
#include <cstdint>
#include <string>

#include "domain/Quantity.h"

namespace s113 {

// An amount of money in pence (positive, negative or zero).
class Pence : public Quantity<Pence, std::int64_t> {
 public:
  using Quantity::Quantity;
};

// A share or rate in basis points: 10000 is 100%.
class BasisPoints : public Quantity<BasisPoints, std::int32_t> {
 public:
  using Quantity::Quantity;
};
constexpr BasisPoints kWholeShare{10000};

// Parses "1234.56", "-12.5", "7" (at most two decimals). Throws std::invalid_argument.
Pence parseMoney(const std::string& text);
// 123456 -> "1234.56"; -5 -> "-0.05".
std::string formatMoney(Pence pence);
// 123456 -> "£1,234.56".
std::string formatMoneyDisplay(Pence pence);

// Parses a percentage "60", "33.33", "12.5" (at most two decimals) to basis points.
BasisPoints parsePercent(const std::string& text);
// 6000 -> "60"; 3333 -> "33.33"; 1250 -> "12.5".
std::string formatPercent(BasisPoints bp);

// round_half_up(value * numerator / denominator) without overflow for
// realistic figures; denominator > 0. Negative values round half away from zero.
std::int64_t mulDivRoundHalfUp(std::int64_t value, std::int64_t numerator, std::int64_t denominator);

// amount * numerator / denominator, half-up (a part of an amount by a ratio
// of counts: days of a year, one month in twelve).
inline Pence mulDiv(Pence amount, std::int64_t numerator, std::int64_t denominator) {
  return Pence(mulDivRoundHalfUp(amount.value(), numerator, denominator));
}

// value * bp / 10000, half-up.
inline Pence applyShare(Pence value, BasisPoints bp) { return mulDiv(value, bp.value(), kWholeShare.value()); }

}  // namespace s113

namespace s113 {
// Whole-time equivalents in ten-thousandths (10000 = 1.0 FTE), so "0.6" and
// "0.5333" are exact. Parses at most four decimals; throws std::invalid_argument.
// 64 bits: one post's FTE fits in 32, but a national register's total
// (300,000 contracts) does not.
class FteUnits : public Quantity<FteUnits, std::int64_t> {
 public:
  using Quantity::Quantity;
};
constexpr FteUnits kFullTime{10000};
// fte * bp / 10000, half-up: the part of a contract's hours a share of time gives.
inline FteUnits applyShare(FteUnits fte, BasisPoints bp) {
  return FteUnits(static_cast<std::int64_t>(mulDivRoundHalfUp(fte.value(), bp.value(), kWholeShare.value())));
}
FteUnits parseFte(const std::string& text);
std::string formatFte(FteUnits fte);  // 6000 -> "0.6", 10000 -> "1"
}  // namespace s113
