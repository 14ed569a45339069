#include "services/ParallelReads.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <memory>
#include <thread>

#include "domain/Cores.h"
#include "domain/Errors.h"

namespace s113 {
namespace {

// Beyond a few connections a read gains little and each holds its own cache.
constexpr std::size_t kMostConnections = 4;

// Takes the next job not yet taken until none is left; a job that throws
// keeps its exception in its own slot.
void work(Register& reg, const std::vector<ReadJob>& jobs, std::atomic<std::size_t>& next,
          std::vector<std::exception_ptr>& failures) {
  for (std::size_t i; (i = next.fetch_add(1)) < jobs.size();) {
    try {
      jobs[i](reg);
    } catch (...) {
      failures[i] = std::current_exception();  // rethrown, in order, by runReadJobs
    }
  }
}

}  // namespace

std::size_t readConnectionsFor(const Register& reg, std::size_t jobs) {
  if (!reg.readersSeeWhatThisSees()) return 1;
  return coresToUse(std::min(kMostConnections, jobs));
}

void runReadJobs(Register& reg, const std::vector<ReadJob>& jobs) {
  std::vector<std::unique_ptr<Register>> readers;
  for (std::size_t n = readConnectionsFor(reg, jobs.size()); readers.size() + 1 < n;) {
    try {
      readers.push_back(Register::openReader(reg));
    } catch (const StorageError&) {
      break;  // a server out of connections: the work runs on those already open
    }
  }
  std::atomic<std::size_t> next{0};
  std::vector<std::exception_ptr> failures(jobs.size());
  std::vector<std::thread> threads;
  for (auto& reader : readers)
    threads.emplace_back([&, r = reader.get()] { work(*r, jobs, next, failures); });
  work(reg, jobs, next, failures);
  for (auto& t : threads) t.join();
  for (const auto& failure : failures)
    if (failure) std::rethrow_exception(failure);
}

}  // namespace s113
