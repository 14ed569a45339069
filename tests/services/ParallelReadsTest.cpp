// check's reads side by side (services/ParallelReads.h), on both backends:
// every job runs once, on several connections when the machine has the cores,
// on the caller's own connection while it holds uncommitted writes, and the
// first failure in job order is the one rethrown.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>

#include "domain/Catalog.h"
#include "services/ParallelReads.h"
#include "services/RecordService.h"
#include "storage/VersionStore.h"
#include "support/TestRegister.h"
#include "support/TextRecords.h"

using namespace s113;

namespace {

// The connections `jobs` jobs ran on, each job taking long enough that every
// connection gets one.
std::set<const Register*> connectionsUsed(Register& reg, std::size_t jobs, std::atomic<int>& runs) {
  std::mutex mutex;
  std::set<const Register*> used;
  std::vector<ReadJob> work(jobs, [&](Register& r) {
    std::this_thread::sleep_for(std::chrono::milliseconds(40));
    ++runs;
    std::lock_guard<std::mutex> lock(mutex);
    used.insert(&r);
  });
  runReadJobs(reg, work);
  return used;
}

}  // namespace

TEST_CASE("read jobs each run once, spread over the connections the machine has cores for", "[parallel]") {
  test::TestRegister t;
  std::atomic<int> runs{0};
  const auto used = connectionsUsed(t.reg(), 8, runs);
  CHECK(runs == 8);
  CHECK(used.size() == readConnectionsFor(t.reg(), 8));
  CHECK(used.count(&t.reg()) == 1);  // the caller's own connection works too
  if (std::thread::hardware_concurrency() > 1) CHECK(used.size() > 1);
}

TEST_CASE("a reader opened beside a register is its user, with its roles", "[parallel]") {
  test::TestRegister t;
  auto reader = Register::openReader(t.reg());
  CHECK(reader->actingUser() == t->actingUser());
  CHECK(reader->roles().names() == t->roles().names());
  CHECK(reader->schemaVersion() == t->schemaVersion());
}

TEST_CASE("read jobs run on the caller's connection while it holds uncommitted writes", "[parallel]") {
  test::TestRegister t;
  RecordService service(t.reg());
  WriteTransaction tx(t.reg());
  service.saveInTransaction(test::textEdit(
      partnerDef(), "BNES", {{"name", "B&NES Council"}, {"kind", "council"}, {"nation", "england"}},
      0, Date(2013, 4, 1)));
  CHECK(readConnectionsFor(t.reg(), 8) == 1);
  std::atomic<int> seen{0};
  std::vector<ReadJob> jobs(4, [&](Register& r) { seen += static_cast<int>(VersionStore(r, partnerDef()).countLive()); });
  runReadJobs(t.reg(), jobs);
  CHECK(seen == 4);  // each saw the partner not yet committed
}

TEST_CASE("the first failing job in order is the one rethrown, after every job has run", "[parallel]") {
  test::TestRegister t;
  std::atomic<int> runs{0};
  std::vector<ReadJob> jobs;
  for (int i = 0; i < 6; ++i)
    jobs.push_back([&, i](Register&) {
      std::this_thread::sleep_for(std::chrono::milliseconds(i == 2 ? 60 : 5));  // job 2 fails last
      ++runs;
      if (i == 2 || i == 4) throw std::runtime_error("job " + std::to_string(i));
    });
  CHECK_THROWS_WITH(runReadJobs(t.reg(), jobs), "job 2");
  CHECK(runs == 6);
}
