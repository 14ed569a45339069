// The sample register's figures as typed values, in the units its source
// documents give them: whole pounds, whole percentages, a post's or a cost's
// shares between two partners. FTE is written as FteUnits (10000 = 1.0).
#pragma once
#include "domain/Money.h"
#include "domain/Split.h"

namespace s113 {

inline Pence pounds(long long whole) { return Pence(whole * 100); }

inline BasisPoints percent(int whole) { return BasisPoints(whole * 100); }

// "BNES:60;BCCG:40" is shares("BNES", 60, "BCCG", 40).
inline FunctionalSplit shares(const char* first, int firstPercent, const char* second, int secondPercent) {
  return {{first, percent(firstPercent)}, {second, percent(secondPercent)}};
}

}  // namespace s113
