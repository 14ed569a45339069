// A post's functional split between partners: "BNES:60;BCCG:40" in files,
// parsed to shares in basis points. Shares must sum to exactly 100%.
#pragma once
#include <string>
#include <vector>

#include "domain/Money.h"

namespace s113 {

struct SplitShare {
  std::string partner;
  BasisPoints share;
  bool operator==(const SplitShare& other) const { return partner == other.partner && share == other.share; }
  bool operator!=(const SplitShare& other) const { return !(*this == other); }
};
using FunctionalSplit = std::vector<SplitShare>;

// Parses the text form; "" gives an empty split (not recorded). Throws
// std::invalid_argument for a malformed part, a repeated partner, a share
// outside (0, 100] or a total other than 100%.
FunctionalSplit parseSplit(const std::string& text);
std::string formatSplit(const FunctionalSplit& split);

}  // namespace s113
