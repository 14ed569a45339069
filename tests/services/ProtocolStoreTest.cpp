// The HR protocol held in the register: the seeded version 1 is the default
// protocol; edits save new versions, audited, and never change old ones.
#include <catch2/catch.hpp>

#include "domain/Errors.h"
#include "protocol/DefaultProtocol.h"
#include "protocol/ProtocolEdits.h"
#include "protocol/RuleParams.h"
#include "services/Demo.h"
#include "services/ProtocolService.h"
#include "storage/AuditStore.h"
#include "storage/ProtocolStore.h"
#include "support/TestRegister.h"

using namespace s113;

namespace {

void requireSameProtocol(const Protocol& a, const Protocol& b) {
  CHECK(a.version == b.version);
  CHECK(a.name == b.name);
  REQUIRE(a.rules.size() == b.rules.size());
  for (std::size_t i = 0; i < a.rules.size(); ++i) {
    INFO("rule " << a.rules[i].position);
    CHECK(a.rules[i].position == b.rules[i].position);
    CHECK(a.rules[i].kind == b.rules[i].kind);
    CHECK(a.rules[i].enabled == b.rules[i].enabled);
    CHECK(a.rules[i].params == b.rules[i].params);
    CHECK(a.rules[i].title == b.rules[i].title);
    CHECK(a.rules[i].source == b.rules[i].source);
  }
}

}  // namespace

TEST_CASE("the seeded protocol version 1 equals defaultProtocol()", "[services][protocol]") {
  test::TestRegister t;
  ProtocolStore store(t.reg());
  CHECK(store.latestVersion() == 1);
  requireSameProtocol(store.load(), defaultProtocol());
  requireSameProtocol(store.load(1), defaultProtocol());
  auto versions = store.versions();
  REQUIRE(versions.size() == 1);
  CHECK(versions[0].createdBy == "schema");
  CHECK(versions[0].ruleCount == 8);
  CHECK_THROWS_AS(store.load(7), NotFound);
}

TEST_CASE("a saved version reads back whole and the old one is unchanged", "[services][protocol]") {
  test::TestRegister t;
  ProtocolStore store(t.reg());
  Protocol edited =
      withRuleMoved(withRuleEnabled(withThreshold(store.load(), BasisPoints(6500)), 7, false), 6, 2);
  {
    WriteTransaction tx(t.reg());
    CHECK(store.saveNew(edited, "hr.admin", "2026-11-24", "threshold 65%") == 2);
    tx.commit();
  }
  edited.version = 2;  // three edits numbered it 4: saved as the next version
  requireSameProtocol(store.load(), edited);
  requireSameProtocol(store.load(1), defaultProtocol());
  CHECK(thresholdOf(*store.load().firstRuleOfKind(RuleKind::MajorityOfFunctions)) == BasisPoints(6500));
  auto versions = store.versions();
  REQUIRE(versions.size() == 2);
  CHECK(versions[1].createdBy == "hr.admin");
  CHECK(versions[1].note == "threshold 65%");

  SECTION("a version built from an older one is renumbered after the newest") {
    Protocol fromOld = withThreshold(defaultProtocol(), BasisPoints(7000));  // version 2 again
    WriteTransaction tx(t.reg());
    CHECK(store.saveNew(fromOld, "hr.admin", "2026-11-25", "") == 3);
    tx.commit();
    CHECK(thresholdOf(*store.load(3).firstRuleOfKind(RuleKind::MajorityOfFunctions)) == BasisPoints(7000));
  }
  SECTION("an invalid protocol is refused and nothing is written") {
    Protocol bad = edited;
    bad.rules[0].title = "";
    WriteTransaction tx(t.reg());
    CHECK_THROWS_AS(store.saveNew(bad, "hr.admin", "2026-11-25", ""), ValidationError);
    tx.commit();
    CHECK(store.latestVersion() == 2);
  }
}

TEST_CASE("an admin edit saves a new version, audits it and lists the posts it changes",
          "[services][protocol]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  const auto auditBefore = AuditStore(t.reg()).list().size();
  ProtocolEdit edit = editProtocol(
      t.reg(), [](const Protocol& p) { return withThreshold(p, BasisPoints(6500)); }, "threshold 65%",
      PostScope::Every);
  CHECK(edit.saved.version == 2);
  CHECK(ProtocolStore(t.reg()).latestVersion() == 2);
  // 60/40 council posts no longer reach the threshold: BN-007 is referred.
  bool sawBn007 = false;
  for (const auto& c : edit.rerun.changes)
    if (c.postRef == "BN-007") {
      sawBn007 = true;
      CHECK(c.oldEmployer == std::optional<std::string>("BNES"));
      CHECK_FALSE(c.newEmployer.has_value());
    }
  CHECK(sawBn007);
  auto audit = AuditStore(t.reg()).list(boost::none, std::string("protocol"), std::string("2"));
  REQUIRE(audit.size() >= 2);
  bool sawRule5 = false;
  for (const auto& e : audit)
    if (e.field == "rule 5") {
      sawRule5 = true;
      CHECK(e.oldValue == "majority_of_functions, enabled; threshold_bp=5000");
      CHECK(e.newValue == "majority_of_functions, enabled; threshold_bp=6500");
      CHECK(e.actor == t->actingUser());
    }
  CHECK(sawRule5);
  CHECK(AuditStore(t.reg()).list().size() > auditBefore);

  SECTION("compare lists the same changes, latest against previous") {
    ProtocolRerun compared = compareWithPrevious(t.reg(), PostScope::Every);
    CHECK(compared.oldVersion == 1);
    CHECK(compared.newVersion == 2);
    CHECK(compared.changes.size() == edit.rerun.changes.size());
  }
  SECTION("a refused edit writes nothing") {
    CHECK_THROWS_AS(editProtocol(
                        t.reg(), [](const Protocol& p) { return withRuleEnabled(p, 42, false); },
                        "", PostScope::Every),
                    ValidationError);
    CHECK(ProtocolStore(t.reg()).latestVersion() == 2);
  }
  SECTION("a dry run saves nothing") {
    const auto auditCount = AuditStore(t.reg()).list().size();
    ProtocolEdit dry = editProtocol(
        t.reg(), [](const Protocol& p) { return withRuleEnabled(p, 6, false); }, "",
        PostScope::Every, true);
    CHECK(dry.dryRun);
    CHECK(dry.saved.version == 3);
    CHECK_FALSE(dry.rerun.changes.empty());
    CHECK(ProtocolStore(t.reg()).latestVersion() == 2);
    CHECK(AuditStore(t.reg()).list().size() == auditCount);
  }
}

TEST_CASE("compare needs two versions", "[services][protocol]") {
  test::TestRegister t;
  CHECK_THROWS_AS(compareWithPrevious(t.reg(), PostScope::Proposed), NotFound);
}
