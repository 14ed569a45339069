// Cross-record rules over time and from the records arrangements depend on:
// the FTE rule measures each day against the contract version in force that
// day; changing a contract's employer or an agreement's parties re-checks
// the arrangements that depend on them. On ArrangementFixture.h's register
// (C-NHS: BCCG, 0.8 FTE from 2013-04-01; A-OPEN between BNES and BCCG).
#include "ArrangementFixture.h"

namespace {

Record daysPlacement(const std::string& days, const std::string& start,
                     const std::string& plannedEnd = "") {
  Record r = ArrangementFixture::placement("active");
  r.erase("share_of_time");
  r["days_per_week"] = days;
  r["start_date"] = start;
  r["planned_end"] = plannedEnd;
  return r;
}

}  // namespace

TEST_CASE("an old placement is measured against the FTE its contract had at the time",
          "[arrangements][fte][overtime]") {
  ArrangementFixture f;
  f.save(placementDef(), "PL-1", daysPlacement("4", "2014-04-01", "2015-03-31"));  // 0.8 FTE
  // The contract is cut to 0.5 FTE from 2016, after PL-1 has finished.
  f.change(contractDef(), "C-NHS", {{"fte", "0.5"}}, Date(2016, 4, 1));
  // Correcting PL-1 later still measures it against 2014's 0.8 FTE.
  CHECK(refusal([&] {
          f.change(placementDef(), "PL-1", {{"termination_notice_months", "4"}}, Date(2014, 4, 1));
        }) == "accepted");
  CHECK(f.version(placementDef(), "PL-1") == 2);
}

TEST_CASE("a placement running across an FTE cut is refused from the day of the cut",
          "[arrangements][fte][overtime]") {
  ArrangementFixture f;
  f.change(contractDef(), "C-NHS", {{"fte", "0.5"}}, Date(2016, 4, 1));
  CHECK(refusal([&] { f.save(placementDef(), "PL-1", daysPlacement("3", "2015-06-01")); }) ==
        "placement PL-1 | days_per_week | with no other placement, P-2 (Sam Nhs) would be placed "
        "for 0.6 FTE on 2016-04-01, more than the 0.5 FTE of contract C-NHS");
  // Ending before the cut it fits the 0.8 FTE of the time.
  CHECK(refusal([&] {
          f.save(placementDef(), "PL-1", daysPlacement("3", "2015-06-01", "2016-03-31"));
        }) == "accepted");
  // A share of time scales with the FTE of each day: 100% fits both.
  Record whole = ArrangementFixture::placement("active", "100");
  whole["start_date"] = "2016-06-01";
  CHECK(refusal([&] { f.save(placementDef(), "PL-2", whole); }) == "accepted");
}

TEST_CASE("changing a contract's employer re-checks the arrangements of the contract",
          "[arrangements][recheck][employer]") {
  ArrangementFixture f;
  f.save(placementDef(), "PL-1", ArrangementFixture::placement("active"));  // BCCG -> BNES
  const auto versions = f.rows("contracts_versions");
  CHECK(refusal([&] { f.change(contractDef(), "C-NHS", {{"employer", "BNES"}}, Date(2014, 6, 1)); }) ==
        "contract C-NHS | employer | placement PL-1 has employer BCCG: under s113 the employer "
        "never changes (end the arrangement, or make a new contract)");
  CHECK(f.rows("contracts_versions") == versions);
  // A contract nothing depends on may still be corrected.
  CHECK(refusal([&] {
          f.change(contractDef(), "C-COUNCIL", {{"employer", "OTHER"}}, Date(2014, 6, 1));
        }) == "accepted");
}

TEST_CASE("changing an agreement's parties re-checks the arrangements under it",
          "[arrangements][recheck][parties]") {
  ArrangementFixture f;
  f.save(placementDef(), "PL-1", ArrangementFixture::placement("active"));  // BCCG -> BNES
  const auto versions = f.rows("agreements_versions");
  CHECK(refusal([&] { f.change(agreementDef(), "A-OPEN", {{"party_a", "OTHER"}}, Date(2014, 6, 1)); }) ==
        "agreement A-OPEN | party_a | placement PL-1 names BNES, which would no longer be a party "
        "to the agreement");
  CHECK(f.rows("agreements_versions") == versions);
  // A-SHORT has nothing under it.
  CHECK(refusal([&] { f.change(agreementDef(), "A-SHORT", {{"party_a", "OTHER"}}, Date(2014, 6, 1)); }) ==
        "accepted");
}
