// How many threads a piece of work spreads over: one per core the machine
// reports (at least one), at most `atMost`. Shared so that the register's
// parallel reads and the recharge costing follow the same rule.
#pragma once
#include <algorithm>
#include <cstddef>
#include <thread>

namespace s113 {

inline std::size_t coresToUse(std::size_t atMost) {
  const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
  return std::max<std::size_t>(1, std::min(cores, atMost));
}

}  // namespace s113
