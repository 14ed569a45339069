#include "recharge/LargestRemainder.h"

#include <algorithm>
#include <boost/multiprecision/cpp_int.hpp>
#include <numeric>
#include <stdexcept>

namespace s113 {

std::vector<Pence> splitByLargestRemainder(Pence total, const std::vector<std::int64_t>& weights) {
  using Wide = boost::multiprecision::cpp_int;  // total x weight can exceed 64 bits
  if (weights.empty()) throw std::invalid_argument("splitByLargestRemainder: no weights");
  Wide sum = 0;
  for (auto w : weights) {
    if (w < 0) throw std::invalid_argument("splitByLargestRemainder: negative weight");
    sum += w;
  }
  if (sum == 0) throw std::invalid_argument("splitByLargestRemainder: weights sum to zero");

  const bool negative = total < Pence(0);
  const Wide magnitude = negative ? -Wide(total.value()) : Wide(total.value());
  std::vector<Pence> parts(weights.size());
  std::vector<Wide> remainders(weights.size());
  Wide allocated = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    Wide product = magnitude * weights[i];
    parts[i] = Pence(static_cast<std::int64_t>(product / sum));
    remainders[i] = product % sum;
    allocated += parts[i].value();
  }
  // Fewer pennies are left over than there are parts, so each gets at most one.
  auto leftover = static_cast<std::size_t>(magnitude - allocated);
  std::vector<std::size_t> order(weights.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
  for (std::size_t k = 0; k < leftover; ++k) parts[order[k]] += Pence(1);
  if (negative)
    for (auto& p : parts) p = -p;
  return parts;
}

}  // namespace s113
