// Peak resident memory of this process, for benchmark reports. The only
// platform-specific code of the benchmarks.
#pragma once
#include <cstddef>

namespace s113::perf {
// Kibibytes; 0 where the platform does not say.
std::size_t peakResidentKiB();
}  // namespace s113::perf
