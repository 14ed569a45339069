// Column widths of a table on paper. Each column has a least width (its
// longest word, or a whole figure: text is wrapped only between words and
// figures never) and a natural width (its longest cell on one line). When the
// natural widths fit, each column gets its natural width; otherwise every
// column gets its least width and the room left over is shared in proportion
// to how much each would still like. No fit when the least widths do not fit.
//
//   auto widths = fitColumns({{30, 80}, {40, 40}}, 100);  // {60, 40}
#pragma once
#include <vector>

namespace s113::reports {

struct ColumnNeed {
  float least = 0;
  float natural = 0;
};

// Empty when the least widths add up to more than `usable`.
std::vector<float> fitColumns(const std::vector<ColumnNeed>& needs, float usable);

}  // namespace s113::reports
