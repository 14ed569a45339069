// Cross-record rules under concurrency, on SQLite and PostgreSQL: several
// users (connections) write placements of one contract at once; the FTE
// rule holds for all of them together, and `check` finds nothing broken.
#include <atomic>
#include <chrono>
#include <future>
#include <thread>

#include "ArrangementFixture.h"
#include "domain/entities/Placement.h"
#include "services/RegisterCheck.h"
#include "storage/Locks.h"
#include "storage/Session.h"

namespace {

// "accepted", "refused" (ValidationErrors), "busy", or the error.
std::string outcome(const std::function<void()>& write) {
  try {
    write();
    return "accepted";
  } catch (const ValidationErrors&) {
    return "refused";
  } catch (const Busy&) {
    return "busy";
  } catch (const std::exception& e) {
    return e.what();
  }
}

Record sixtyPercent(const std::string& start = "2014-04-01") {
  Record r = ArrangementFixture::placement("agreed", "60");  // 0.48 of C-NHS's 0.8 FTE
  r["start_date"] = start;
  return r;
}

std::size_t committedPlacementsOf(Register& reg, const std::string& contract) {
  VersionStore store(reg, placementDef());
  std::size_t n = 0;
  for (const auto& key : store.liveKeysWhere("contract", contract))
    if (placementCommitted(fromValues<Placement>(key, store.latest(key)->fields, key).status)) ++n;
  return n;
}

// The advisory locks this connection holds (PostgreSQL).
long long advisoryLocksHeld(Register& reg) {
  long long n = 0;
  sessionOf(reg) << "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()",
      soci::into(n);
  return n;
}

// The advisory locks a placement's save takes in a transaction whose checks lock as `checks` says.
long long locksTakenByPlacement(ArrangementFixture& f, CheckLocks checks) {
  WriteTransaction tx(f.reg(), checks);
  const long long before = advisoryLocksHeld(f.reg());
  f.service.saveInTransaction(
      test::textEdit(placementDef(), "PL-A", sixtyPercent(), 0, Date(2014, 4, 1)));
  return advisoryLocksHeld(f.reg()) - before;  // rolled back as tx ends
}

}  // namespace

TEST_CASE("an import's transaction holds one lock for every check, not one per record checked",
          "[concurrency][locks]") {
  ArrangementFixture f;
  if (!f.t.isPostgres()) return;  // SQLite's BEGIN IMMEDIATE lets one writer in: no locks to count
  // Per record: the agreement's and the contract's buckets, and the audit chain.
  CHECK(locksTakenByPlacement(f, CheckLocks::PerRecord) >= 3);
  // The whole register's checks: only the audit chain's lock is added.
  CHECK(locksTakenByPlacement(f, CheckLocks::Whole) == 1);
}

TEST_CASE("while an import's transaction holds every check, another writer waits, then writes",
          "[concurrency][locks]") {
  ArrangementFixture f;
  auto other = f.t.openAnother();
  other->setLockTimeout(300);
  RecordService theirs(*other);
  const Edit placement =
      test::textEdit(placementDef(), "PL-B", sixtyPercent(), 0, Date(2014, 4, 1));
  {
    WriteTransaction importing(f.reg(), CheckLocks::Whole);
    CHECK(outcome([&] { theirs.save(placement); }) == "busy");
    CHECK_FALSE(other->inWriteTransaction());  // the refused transaction was rolled back
  }
  CHECK(outcome([&] { theirs.save(placement); }) == "accepted");
}

TEST_CASE("a second placement written while the first is uncommitted waits, then is refused",
          "[concurrency][fte]") {
  ArrangementFixture f;
  auto other = f.t.openAnother();
  RecordService theirs(*other);
  std::future<std::string> second;
  {
    WriteTransaction tx(f.reg());
    f.service.saveInTransaction(
        test::textEdit(placementDef(), "PL-A", sixtyPercent(), 0, Date(2014, 4, 1)));
    // The other user saves a placement of the same contract meanwhile.
    second = std::async(std::launch::async, [&] {
      return outcome([&] {
        theirs.save(test::textEdit(placementDef(), "PL-B", sixtyPercent("2014-05-01"), 0,
                                   Date(2014, 5, 1)));
      });
    });
    // Give it every chance to slip past the check before this commit.
    CHECK(second.wait_for(std::chrono::milliseconds(500)) == std::future_status::timeout);
    tx.commit();
  }
  CHECK(second.get() == "refused");
  CHECK(committedPlacementsOf(f.reg(), "C-NHS") == 1);
  CHECK(checkRegister(f.reg()).errors.empty());
}

TEST_CASE("an FTE cut and a placement written at once: one of them is refused",
          "[concurrency][fte]") {
  ArrangementFixture f;
  auto other = f.t.openAnother();
  RecordService theirs(*other);
  std::future<std::string> cut;
  {
    WriteTransaction tx(f.reg());
    Record threeDays = sixtyPercent();
    threeDays.erase("share_of_time");
    threeDays["days_per_week"] = "3";  // 0.6 FTE whatever the contract's FTE
    f.service.saveInTransaction(
        test::textEdit(placementDef(), "PL-A", threeDays, 0, Date(2014, 4, 1)));
    cut = std::async(std::launch::async, [&] {
      return outcome([&] {
        auto latest = VersionStore(*other, contractDef()).latest("C-NHS");
        Record fields = test::text(contractDef(), latest->fields);
        fields["fte"] = "0.4";
        theirs.save(
            test::textEdit(contractDef(), "C-NHS", fields, latest->version, Date(2014, 1, 1)));
      });
    });
    CHECK(cut.wait_for(std::chrono::milliseconds(500)) == std::future_status::timeout);
    tx.commit();
  }
  CHECK(cut.get() == "refused");
  CHECK(f.version(contractDef(), "C-NHS") == 1);
  CHECK(checkRegister(f.reg()).errors.empty());
}

TEST_CASE("several writers place one contract at once: at most its FTE is committed",
          "[concurrency][fte]") {
  ArrangementFixture f;
  constexpr int kWriters = 6;
  std::vector<std::unique_ptr<Register>> connections;
  for (int i = 0; i < kWriters; ++i) connections.push_back(f.t.openAnother());
  std::atomic<int> ready{0};
  std::vector<std::future<std::string>> results;
  for (int i = 0; i < kWriters; ++i) {
    results.push_back(std::async(std::launch::async, [&, i] {
      RecordService service(*connections[i]);
      ++ready;
      while (ready < kWriters) std::this_thread::yield();  // all start together
      const std::string key = "PL-" + std::to_string(i);
      return outcome([&] {
        service.save(test::textEdit(placementDef(), key, sixtyPercent(), 0, Date(2014, 4, 1)));
      });
    }));
  }
  int accepted = 0;
  for (auto& r : results) {
    const std::string result = r.get();
    CHECK((result == "accepted" || result == "refused" || result == "busy"));
    accepted += result == "accepted";
  }
  CHECK(accepted == 1);
  CHECK(committedPlacementsOf(f.reg(), "C-NHS") == 1);
  const CheckReport report = checkRegister(f.reg());
  CHECK(report.errors.empty());
}

TEST_CASE("check reports a contract whose placements were committed past its FTE",
          "[concurrency][fte][check]") {
  ArrangementFixture f;
  f.save(placementDef(), "PL-A", sixtyPercent());
  // A second placement written behind the service's back (as two writers
  // could before the rule was serialised).
  StoredVersion v;
  v.key = "PL-B";
  v.version = 1;
  v.validFrom = Date(2014, 4, 1);
  v.recordedAt = utcTimestamp();
  v.recordedBy = "test";
  v.fields = test::values(placementDef(), sixtyPercent());
  {
    WriteTransaction tx(f.reg());
    VersionStore(f.reg(), placementDef()).insert(v);
    tx.commit();
  }
  // Written without its audit rows, the version is also reported as tampering.
  std::vector<std::string> errors;
  bool unaudited = false;
  for (const auto& e : checkRegister(f.reg()).errors)
    if (e == "tamper evidence: placement PL-B version 1 has no audit rows: its audit rows were deleted, or it was "
             "written outside the program")
      unaudited = true;
    else
      errors.push_back(e);
  CHECK(unaudited);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] ==
        "contract C-NHS: fte: placements PL-A (0.48 FTE), PL-B (0.48 FTE) commit 0.96 FTE on "
        "2014-04-01, more than the contract's 0.8 FTE");
}

TEST_CASE("a write that waits past the lock timeout is refused as busy, in plain words",
          "[concurrency][busy]") {
  ArrangementFixture f;
  auto other = f.t.openAnother();
  other->setLockTimeout(200);
  RecordService theirs(*other);
  WriteTransaction tx(f.reg());
  f.service.saveInTransaction(
      test::textEdit(placementDef(), "PL-A", sixtyPercent(), 0, Date(2014, 4, 1)));
  std::string message;
  try {
    theirs.save(test::textEdit(placementDef(), "PL-B", sixtyPercent(), 0, Date(2014, 4, 1)));
  } catch (const Busy& e) {
    message = e.what();
  }
  CHECK(message == "The register is busy: another user is saving. Nothing was saved; try again.");
  tx.commit();
  CHECK_FALSE(VersionStore(f.reg(), placementDef()).latest("PL-B").has_value());
}
