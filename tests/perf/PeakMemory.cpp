#include "PeakMemory.h"

#if defined(__linux__) || defined(__APPLE__)
#include <sys/resource.h>
#endif

namespace s113::perf {

std::size_t peakResidentKiB() {
#if defined(__linux__)
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<std::size_t>(usage.ru_maxrss);  // KiB on Linux
#elif defined(__APPLE__)
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<std::size_t>(usage.ru_maxrss / 1024);  // bytes on macOS
#else
  return 0;
#endif
}

}  // namespace s113::perf
