#include "reports/ColumnFit.h"

#include <algorithm>

namespace s113::reports {

std::vector<float> fitColumns(const std::vector<ColumnNeed>& needs, float usable) {
  float least = 0, natural = 0;
  for (const auto& n : needs) {
    least += n.least;
    natural += std::max(n.natural, n.least);
  }
  std::vector<float> widths;
  if (least > usable) return widths;
  for (const auto& n : needs) {
    const float want = std::max(n.natural, n.least);
    if (natural <= usable)
      widths.push_back(want);
    else  // natural > least here, so the share is well defined
      widths.push_back(n.least + (usable - least) * (want - n.least) / (natural - least));
  }
  return widths;
}

}  // namespace s113::reports
