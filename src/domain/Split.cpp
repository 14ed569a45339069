#include "domain/Split.h"

#include <stdexcept>

namespace s113 {

FunctionalSplit parseSplit(const std::string& text) {
  FunctionalSplit split;
  if (text.empty()) return split;
  std::size_t start = 0;
  BasisPoints total(0);
  while (start <= text.size()) {
    std::size_t end = text.find(';', start);
    if (end == std::string::npos) end = text.size();
    std::string part = text.substr(start, end - start);
    std::size_t colon = part.find(':');
    if (colon == std::string::npos || colon == 0)
      throw std::invalid_argument("'" + part + "' is not PARTNER:PERCENT");
    SplitShare share{part.substr(0, colon), parsePercent(part.substr(colon + 1))};
    if (share.share <= BasisPoints(0) || share.share > kWholeShare)
      throw std::invalid_argument("share for " + share.partner + " must be over 0% and at most 100%");
    for (const auto& s : split)
      if (s.partner == share.partner)
        throw std::invalid_argument("partner " + share.partner + " appears twice");
    total += share.share;
    split.push_back(share);
    start = end + 1;
  }
  if (total != kWholeShare)
    throw std::invalid_argument("shares sum to " + formatPercent(total) +
                                "%, not 100%");
  return split;
}

std::string formatSplit(const FunctionalSplit& split) {
  std::string text;
  for (const auto& s : split)
    text += (text.empty() ? "" : ";") + s.partner + ":" + formatPercent(s.share);
  return text;
}

}  // namespace s113
