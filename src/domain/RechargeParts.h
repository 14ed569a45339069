// The parts of a cost-sharing agreement, written in one cell as
// "BNES:33.3333;BCCG:33.3333;WCCG:33.3334" (percentages) or
// "BNES:512;BCCG:110" (a driver's counts: headcount, FTE, population). Each
// number has at most four decimals and is kept exact in ten-thousandths, so a
// partner's ratio is its count over the sum, with no rounding.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace s113 {

struct PartRow {
  std::string partner;
  std::int64_t weight = 0;  // ten-thousandths: "12.5" -> 125000
};

// Parses "CODE:number" rows joined by ';' (spaces ignored), in the order
// written. Throws std::invalid_argument naming the bad row: empty, no ':', no
// partner, a number that is negative, not a number or has over four decimals.
std::vector<PartRow> parseParts(const std::string& text);

// The canonical spelling: "BNES:512;BCCG:110", "A:33.3333;B:66.6667".
std::string formatParts(const std::vector<PartRow>& rows);

// 5120000 -> "512", 333333 -> "33.3333", 125000 -> "12.5".
std::string formatPartWeight(std::int64_t weight);

}  // namespace s113
