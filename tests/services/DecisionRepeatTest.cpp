// The same decision recorded twice within a minute (a double click on
// Record, a command run again) is refused and writes nothing; another kind,
// day or employer is a new decision; after the minute it is recorded again.
#include <boost/date_time/posix_time/posix_time.hpp>
#include <catch2/catch.hpp>

#include "domain/Errors.h"
#include "services/DecisionRepeat.h"
#include "services/DecisionService.h"
#include "services/Demo.h"
#include "storage/AuditStore.h"
#include "storage/DecisionStore.h"
#include "support/TestRegister.h"

using namespace s113;
namespace pt = boost::posix_time;

namespace {

DecisionRequest onBn007(ProposalKind kind = ProposalKind::NewPost, Date on = Date(2026, 11, 24)) {
  DecisionRequest r;
  r.postRef = "BN-007";
  r.kind = kind;
  r.on = on;
  return r;
}

DecisionRow row(int number, const std::string& kind, const std::string& employer,
                const std::string& recordedAt) {
  DecisionRow r;
  r.postRef = "BN-007";
  r.number = number;
  r.key = decisionKey("BN-007", number);
  r.proposalKind = parseEnum<ProposalKind>(kind);
  r.outcomeEmployer = employer;
  r.decidedOn = Date(2026, 11, 24);
  if (!recordedAt.empty()) r.recordedAt = parseTimestamp(recordedAt);  // a candidate is not recorded yet
  return r;
}

}  // namespace

TEST_CASE("a decision repeats one of the same post, kind, day and employer within the window",
          "[services][decision]") {
  const pt::ptime now = pt::from_iso_extended_string("2026-11-24T10:00:30");
  const std::vector<DecisionRow> recorded = {row(1, "new_post", "BNES", "2026-11-24T09:58:00Z"),
                                             row(2, "new_post", "BNES", "2026-11-24T10:00:00Z")};
  auto repeat = repeatedDecision(recorded, row(3, "new_post", "BNES", ""), now);
  REQUIRE(repeat.has_value());
  CHECK(repeat->key == "D-BN-007-2");
  CHECK_FALSE(repeatedDecision(recorded, row(3, "replacement", "BNES", ""), now));
  CHECK_FALSE(repeatedDecision(recorded, row(3, "new_post", "BCCG", ""), now));
  DecisionRow otherDay = row(3, "new_post", "BNES", "");
  otherDay.decidedOn = Date(2026, 11, 25);
  CHECK_FALSE(repeatedDecision(recorded, otherDay, now));
  // An override naming the employer the protocol chose earlier stands for
  // the same employer: a repeat.
  DecisionRow overridden = row(3, "new_post", "BCCG", "");
  overridden.overrideEmployer = "BNES";
  CHECK(repeatedDecision(recorded, overridden, now).has_value());
  // A minute and a second later it is a new decision.
  CHECK_FALSE(repeatedDecision(recorded, row(3, "new_post", "BNES", ""),
                               pt::from_iso_extended_string("2026-11-24T10:01:01")));
}

TEST_CASE("recording the same decision twice in a minute is refused and writes nothing",
          "[services][decision]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  Register& reg = t.reg();
  DecisionStore store(reg);
  const RecordedDecision first = recordDecision(reg, onBn007());
  const std::size_t decisions = store.count();
  const std::size_t audit = AuditStore(reg).list(boost::none, boost::none, boost::none).size();

  try {
    recordDecision(reg, onBn007());
    FAIL("the repeated decision was recorded");
  } catch (const ValidationError& e) {
    CHECK(e.field() == "decision");
    CHECK_THAT(e.reason(), Catch::Contains("was recorded"));
    CHECK_THAT(e.reason(), Catch::Contains("as " + first.row.key + " by " + reg.actingUser()));
    CHECK_THAT(e.reason(), Catch::Contains("nothing was recorded again"));
  }
  CHECK(store.count() == decisions);
  CHECK(AuditStore(reg).list(boost::none, boost::none, boost::none).size() == audit);

  // A changed view is recorded: another kind, another day, an override.
  CHECK(recordDecision(reg, onBn007(ProposalKind::Reorganisation)).row.number == 2);
  CHECK(recordDecision(reg, onBn007(ProposalKind::NewPost, Date(2026, 11, 25))).row.number == 3);
  CHECK(recordDecision(reg, onBn007(), DecisionOverride{"BCCG", "Joint HR group"}).row.number == 4);
  CHECK(store.count() == decisions + 3);
}
