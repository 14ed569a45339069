#include "recharge/ParallelLines.h"

#include <algorithm>
#include <future>
#include <thread>

#include "domain/Cores.h"

namespace s113 {
namespace {

constexpr std::size_t kChunk = 256;        // agreements costed by one task
constexpr std::size_t kMostThreads = 4;    // beyond this the caller's visit is the bottleneck

std::vector<ScheduleLine> linesOfChunk(const std::vector<RechargeTerms>& agreements, std::size_t first,
                                       std::size_t last, const FinancialYear& year, const NiRateTable& niRates) {
  std::vector<ScheduleLine> lines;
  for (std::size_t i = first; i < last; ++i)
    forEachLineOf(agreements[i], year, niRates, [&](ScheduleLine&& line) { lines.push_back(std::move(line)); });
  return lines;
}

}  // namespace

void forEachLineOfAll(const std::vector<RechargeTerms>& agreements, const FinancialYear& year,
                      const NiRateTable& niRates, const LineVisitor& visit) {
  const std::size_t threads = coresToUse(kMostThreads);
  if (threads == 1 || agreements.size() <= kChunk) {
    for (const auto& terms : agreements) forEachLineOf(terms, year, niRates, visit);
    return;
  }
  // A window of `threads` chunks at a time: costed together, then visited in order.
  for (std::size_t window = 0; window < agreements.size(); window += threads * kChunk) {
    std::vector<std::future<std::vector<ScheduleLine>>> chunks;
    for (std::size_t first = window; first < std::min(agreements.size(), window + threads * kChunk); first += kChunk) {
      const std::size_t last = std::min(agreements.size(), first + kChunk);
      chunks.push_back(std::async(std::launch::async, linesOfChunk, std::cref(agreements), first, last,
                                  std::cref(year), std::cref(niRates)));
    }
    for (auto& chunk : chunks)
      for (auto& line : chunk.get()) visit(std::move(line));
  }
}

}  // namespace s113
