// What needs attention: placements not yet agreed that take a contract over
// its FTE, posts whose contracts hold more FTE than the post, and the same
// warnings for an edit before it is saved; `check` lists them all.
#include "ArrangementFixture.h"

#include "services/Attention.h"
#include "services/RegisterCheck.h"

using namespace s113;
using Fixture = ArrangementFixture;

namespace {

std::vector<std::string> texts(const std::vector<Attention>& all) {
  std::vector<std::string> out;
  for (const auto& a : all) out.push_back(a.text());
  return out;
}

bool mentions(const std::vector<Attention>& all, const std::string& entity, const std::string& key,
              const std::string& field) {
  for (const auto& a : all)
    if (a.entity == entity && a.key == key && a.field == field) return true;
  return false;
}

}  // namespace

TEST_CASE("a proposed placement over its contract's FTE is saved, and needs attention",
          "[attention]") {
  Fixture f;
  // C-NHS is 0.8 FTE: 50% of it (0.4) agreed, then 4 days a week (0.8) proposed.
  f.save(placementDef(), "PL-A", Fixture::placement("agreed", "50"));
  auto proposed = Fixture::placement("proposed", "");
  proposed.erase("share_of_time");
  proposed["days_per_week"] = "4";
  proposed["start_date"] = "2015-04-01";
  const Edit edit = test::textEdit(placementDef(), "PL-P", proposed, 0, Date(2015, 1, 1));
  auto before = warningsForEdit(f.reg(), edit, Date(2015, 1, 1));
  INFO(texts(before).size());
  REQUIRE(mentions(before, "placement", "PL-P", "days_per_week"));
  f.service.save(edit);  // a warning, not a refusal

  auto all = needsAttention(f.reg(), Date(2015, 1, 1));
  REQUIRE(mentions(all, "placement", "PL-P", "status"));
  CHECK_FALSE(mentions(all, "placement", "PL-A", "status"));  // agreed: not the one to change
  const auto text = texts(all);
  CHECK(std::find(text.begin(), text.end(),
                  "placement PL-P: status: the placements of contract C-NHS (PL-A (0.4 FTE), PL-P "
                  "(0.8 FTE)) would take more than its 0.8 FTE from 2015-04-01: reduce the time or "
                  "the placements before this one is agreed") != text.end());
  // `check` lists it too (as at today: the placement has not started yet, 2015 is past).
  const auto report = checkRegister(f.reg());
  const bool listed = std::any_of(report.warnings.begin(), report.warnings.end(),
                                  [](const std::string& w) { return w.rfind("placement PL-P: ", 0) == 0; });
  CHECK(listed);
}

TEST_CASE("a proposed placement within its contract's FTE needs no attention", "[attention]") {
  Fixture f;
  f.save(placementDef(), "PL-A", Fixture::placement("agreed", "50"));
  f.save(placementDef(), "PL-P", Fixture::placement("proposed", "50"));
  CHECK_FALSE(mentions(needsAttention(f.reg(), Date(2015, 1, 1)), "placement", "PL-P", "status"));
}

TEST_CASE("cutting a contract below its proposed placements is warned on the contract's FTE",
          "[attention]") {
  Fixture f;
  f.save(placementDef(), "PL-P", Fixture::placement("proposed", "50"));
  auto contract = VersionStore(f.reg(), contractDef()).latest("C-NHS");
  REQUIRE(contract.has_value());
  Record cut = test::text(contractDef(), contract->fields);
  cut["fte"] = "0.2";
  // 50% of 0.2 FTE is still within 0.2: a share scales with the contract.
  CHECK(warningsForEdit(
            f.reg(),
            test::textEdit(contractDef(), "C-NHS", cut, contract->version, Date(2015, 1, 1)),
            Date(2015, 1, 1))
            .empty());
  auto days = Fixture::placement("proposed", "");
  days.erase("share_of_time");
  days["days_per_week"] = "2";  // 0.4 FTE whatever the contract
  f.save(placementDef(), "PL-D", days);
  auto warned = warningsForEdit(
      f.reg(), test::textEdit(contractDef(), "C-NHS", cut, contract->version, Date(2015, 1, 1)),
      Date(2015, 1, 1));
  CHECK(mentions(warned, "contract", "C-NHS", "fte"));
}

TEST_CASE("a second full-time contract on a full-time post is warned, and needs attention",
          "[attention]") {
  Fixture f;
  Record second{{"person", "P-2"},         {"employer", "BNES"},      {"post", "J-2"},
                {"fte", "1"},              {"annual_salary", "30000"}, {"pay_framework", "NJC"},
                {"pension_scheme", "LGPS"}, {"start_date", "2015-04-01"}};
  const Edit edit = test::textEdit(contractDef(), "C-SECOND", second, 0, Date(2015, 1, 1));
  auto warned = warningsForEdit(f.reg(), edit, Date(2015, 1, 1));
  REQUIRE(mentions(warned, "contract", "C-SECOND", "fte"));
  CHECK(warned.front().message ==
        "post J-2: contracts C-COUNCIL (1 FTE), C-SECOND (1 FTE) hold more than the post's 1 FTE "
        "from 2015-04-01");
  f.service.save(edit);
  auto all = needsAttention(f.reg(), Date(2015, 1, 1));
  CHECK(mentions(all, "post", "J-2", "fte"));
  CHECK_FALSE(mentions(all, "post", "J-1", "fte"));
  // A contract that ended before the day looked at no longer counts.
  f.change(contractDef(), "C-COUNCIL", {{"end_date", "2015-03-31"}}, Date(2015, 1, 1));
  CHECK_FALSE(mentions(needsAttention(f.reg(), Date(2015, 1, 1)), "post", "J-2", "fte"));
}

TEST_CASE("an overdue review is warned when the placement is saved", "[attention]") {
  Fixture f;
  auto p = Fixture::placement("active", "20");
  p["next_review"] = "2015-04-01";
  auto warned = warningsForEdit(
      f.reg(), test::textEdit(placementDef(), "PL-R", p, 0, Date(2015, 1, 1)), Date(2015, 6, 1));
  REQUIRE(warned.size() == 1);
  CHECK(warned[0].text() == "placement PL-R: next_review: the review date 2015-04-01 has passed");
}
