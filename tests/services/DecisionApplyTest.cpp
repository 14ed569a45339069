// A proposed post may wait for its decision to name its employer and host;
// recording the decision can apply the employer to the post as one audited
// change (decide --record --apply, the wizard's choice). SQLite and PostgreSQL.
#include <catch2/catch.hpp>
#include <set>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "services/DecisionService.h"
#include "services/Demo.h"
#include "services/RecordService.h"
#include "storage/AuditStore.h"
#include "storage/DecisionStore.h"
#include "storage/VersionStore.h"
#include "support/TestRegister.h"
#include "support/TextRecords.h"

using namespace s113;

namespace {

// A copy of the sample post `like`, proposed, with no employer or host yet.
void addProposedPost(Register& reg, const std::string& ref, const std::string& like) {
  Record fields = test::text(postDef(), VersionStore(reg, postDef()).latest(like)->fields);
  fields["employer"] = "";
  fields["host"] = "";
  fields["status"] = "proposed";
  fields["title"] = "Proposed: " + fields["title"];
  fields["line_manager"] = "";
  RecordService(reg).save(test::textEdit(postDef(), ref, fields, 0, Date(2026, 11, 1)));
}

DecisionRequest newPost(const std::string& ref) {
  DecisionRequest r;
  r.postRef = ref;
  r.on = Date(2026, 11, 24);
  return r;
}

// The fields the audit log records as changed in that version of the post.
std::set<std::string> auditedFields(Register& reg, const std::string& key, int version) {
  std::set<std::string> fields;
  for (const auto& e : AuditStore(reg).list())
    if (e.entity == "post" && e.key == key && e.version == version) fields.insert(e.field);
  return fields;
}

}  // namespace

TEST_CASE("a proposed post may leave employer and host blank until its decision",
          "[services][decision][apply]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  addProposedPost(t.reg(), "BN-NEW", "BN-007");
  const auto saved = VersionStore(t.reg(), postDef()).latest("BN-NEW");
  REQUIRE(saved.has_value());
  CHECK(test::text(postDef(), saved->fields, "employer").empty());
  // The protocol decides it all the same (60/40 of the functions: the council).
  CHECK(decidePost(t.reg(), newPost("BN-NEW")).decision.employer == std::optional<std::string>("BNES"));

  // Past proposed, both are required.
  Record approved = test::text(postDef(), saved->fields);
  approved["status"] = "approved";
  try {
    RecordService(t.reg()).save(
        test::textEdit(postDef(), "BN-NEW", approved, saved->version, Date(2026, 11, 2)));
    FAIL("expected the blank employer to be refused");
  } catch (const ValidationErrors& e) {
    bool employer = false, host = false;
    for (const auto& error : e.errors()) {
      employer = employer || error.field() == "employer";
      host = host || error.field() == "host";
    }
    CHECK(employer);
    CHECK(host);
  }
}

TEST_CASE("decide --record --apply sets the post's employer as one audited change",
          "[services][decision][apply]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  addProposedPost(t.reg(), "BN-NEW", "BN-007");
  const AppliedDecision applied = recordAndApplyDecision(t.reg(), newPost("BN-NEW"), std::nullopt);
  CHECK(applied.recorded.row.employer() == std::optional<std::string>("BNES"));
  REQUIRE(applied.appliedPostVersion == 2);
  const auto post = VersionStore(t.reg(), postDef()).latest("BN-NEW");
  CHECK(post->version == 2);
  CHECK(test::text(postDef(), post->fields, "employer") == "BNES");
  CHECK(test::text(postDef(), post->fields, "host") ==
        "BNES");  // a blank host follows the employer
  CHECK(test::text(postDef(), post->fields, "status") == "proposed");
  CHECK(formatIso(post->validFrom) == "2026-11-24");  // the decision day
  const auto audited = auditedFields(t.reg(), "BN-NEW", 2);  // field by field
  CHECK(audited.count("employer") == 1);
  CHECK(audited.count("host") == 1);
  CHECK(audited.count("title") == 0);

  // An override applies the override's employer; a post that already has it is left alone.
  const AppliedDecision overridden = recordAndApplyDecision(
      t.reg(), newPost("BN-NEW"), DecisionOverride{"BCCG", "Joint HR group, 24 November"});
  CHECK(overridden.appliedPostVersion == 3);
  CHECK(test::text(postDef(), VersionStore(t.reg(), postDef()).latest("BN-NEW")->fields,
                   "employer") == "BCCG");
  CHECK(test::text(postDef(), VersionStore(t.reg(), postDef()).latest("BN-NEW")->fields, "host") ==
        "BNES");
  // (Decided the next day: the same decision again the same day would be
  // refused as a repeat, services/DecisionRepeat.h.)
  DecisionRequest nextDay = newPost("BN-NEW");
  nextDay.on = Date(2026, 11, 25);
  const AppliedDecision again =
      recordAndApplyDecision(t.reg(), nextDay, DecisionOverride{"BCCG", "confirmed"});
  CHECK(again.appliedPostVersion == 0);
  CHECK(VersionStore(t.reg(), postDef()).latest("BN-NEW")->version == 3);
}

TEST_CASE("a referred decision has no employer to apply: nothing is written",
          "[services][decision][apply]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  addProposedPost(t.reg(), "BN-HALF", "BN-037");  // 50/50: referred to the joint HR group
  const std::size_t decisions = DecisionStore(t.reg()).list().size();
  CHECK_THROWS_AS(recordAndApplyDecision(t.reg(), newPost("BN-HALF"), std::nullopt),
                  ValidationError);
  CHECK(DecisionStore(t.reg()).list().size() == decisions);
  CHECK(VersionStore(t.reg(), postDef()).latest("BN-HALF")->version == 1);
}
