// Editing the contract or the agreement that placements depend on re-checks
// those placements: a contract's FTE cut below what its placements commit, a
// contract or agreement ended before an arrangement under it ends, is
// refused and nothing is written. On the small register of
// ArrangementFixture.h (C-NHS: BCCG, 0.8 FTE; agreement A-OPEN, open-ended).
#include "ArrangementFixture.h"

#include "services/ArrangementChecks.h"
#include "storage/Session.h"

namespace {

using Fixture = ArrangementFixture;

// An active placement of the NHS contract with the council, from 2014-04-01,
// for `days` a week (days do not scale with the contract's FTE).
Record daysPlacement(const std::string& days, const std::string& plannedEnd = "") {
  return {{"kind", "s113_placement"},
          {"contract", "C-NHS"},
          {"employer", "BCCG"},
          {"receiving_partner", "BNES"},
          {"agreement", "A-OPEN"},
          {"days_per_week", days},
          {"start_date", "2014-04-01"},
          {"planned_end", plannedEnd},
          {"officer_consulted_on", "2014-03-01"},
          {"return_to_post", "true"},
          {"termination_notice_months", "3"},
          {"status", "active"}};
}

}  // namespace

TEST_CASE("cutting a contract's FTE below its committed placements is refused and saves nothing",
          "[arrangements][fte][recheck]") {
  Fixture f;                                           // C-NHS is 0.8 FTE
  f.save(placementDef(), "PL-1", daysPlacement("3"));  // 0.6 FTE from 2014-04-01, open
  const auto versions = f.rows("contracts_versions"), audit = f.rows("audit_log");
  CHECK(refusal([&] {
          f.change(contractDef(), "C-NHS", {{"fte", "0.4"}}, Date(2014, 1, 1));
        }) ==
        "contract C-NHS | fte | placement PL-1 commits 0.6 FTE from 2014-04-01; the contract "
        "would have 0.4 FTE");
  // From the day the cut takes effect, while PL-1 still runs.
  CHECK(refusal([&] {
          f.change(contractDef(), "C-NHS", {{"fte", "0.4"}}, Date(2016, 1, 1));
        }) ==
        "contract C-NHS | fte | placement PL-1 commits 0.6 FTE from 2016-01-01; the contract "
        "would have 0.4 FTE");
  CHECK(f.rows("contracts_versions") == versions);
  CHECK(f.rows("audit_log") == audit);
  CHECK(f.version(contractDef(), "C-NHS") == 1);

  // Together: a share of time scales with the contract's new FTE (25% of 0.7 = 0.175).
  Record share = daysPlacement("");
  share.erase("days_per_week");
  share["share_of_time"] = "25";
  share["start_date"] = "2015-01-01";
  f.save(placementDef(), "PL-2", share);  // 0.2 FTE of 0.8: 0.8 in all
  CHECK(refusal([&] {
          f.change(contractDef(), "C-NHS", {{"fte", "0.7"}}, Date(2014, 1, 1));
        }) ==
        "contract C-NHS | fte | placements PL-1 (0.6 FTE), PL-2 (0.175 FTE) commit 0.775 FTE "
        "from 2015-01-01; the contract would have 0.7 FTE");
  CHECK(f.rows("contracts_versions") == versions);

  // A proposal does not count until it is agreed.
  Record proposed = daysPlacement("4");
  proposed["status"] = "proposed";
  f.save(placementDef(), "PL-3", proposed);
  CHECK(refusal([&] {
          f.change(contractDef(), "C-NHS", {{"fte", "0.8"}}, Date(2014, 1, 1));
        }) == "accepted");
}

TEST_CASE("cutting a contract's FTE to exactly what its placements commit is accepted",
          "[arrangements][fte][recheck]") {
  Fixture f;
  f.save(placementDef(), "PL-1", daysPlacement("3"));  // 0.6 FTE
  CHECK(refusal([&] {
          f.change(contractDef(), "C-NHS", {{"fte", "0.6"}}, Date(2014, 6, 1));
        }) == "accepted");
  CHECK(f.version(contractDef(), "C-NHS") == 2);
  CHECK(test::text(contractDef(), VersionStore(f.reg(), contractDef()).latest("C-NHS")->fields,
                   "fte") == "0.6");
  // A ten-thousandth less is not.
  CHECK(refusal([&] {
          f.change(contractDef(), "C-NHS", {{"fte", "0.5999"}}, Date(2014, 7, 1));
        }).rfind("contract C-NHS | fte | placement PL-1 commits 0.6 FTE", 0) == 0);
}

TEST_CASE("a cut taking effect after a placement has finished is accepted",
          "[arrangements][fte][recheck]") {
  Fixture f;
  Record ended = daysPlacement("3", "2015-03-31");
  ended["status"] = "ended";
  ended["ended_on"] = "2015-03-31";
  f.save(placementDef(), "PL-1", ended);
  // Cut while it ran: refused; cut from the day after it ended: accepted.
  CHECK(refusal([&] {
          f.change(contractDef(), "C-NHS", {{"fte", "0.4"}}, Date(2015, 1, 1));
        }) ==
        "contract C-NHS | fte | placement PL-1 commits 0.6 FTE from 2015-01-01; the contract "
        "would have 0.4 FTE");
  CHECK(refusal([&] {
          f.change(contractDef(), "C-NHS", {{"fte", "0.4"}}, Date(2015, 4, 1));
        }) == "accepted");
}

TEST_CASE("ending a contract before a placement of it ends is refused", "[arrangements][recheck]") {
  Fixture f;
  f.save(placementDef(), "PL-1", daysPlacement("3", "2016-03-31"));
  const auto versions = f.rows("contracts_versions"), audit = f.rows("audit_log");
  CHECK(refusal([&] {
          f.change(contractDef(), "C-NHS", {{"end_date", "2015-12-31"}}, Date(2015, 6, 1));
        }) ==
        "contract C-NHS | end_date | placement PL-1 runs 2014-04-01 to 2016-03-31; the contract "
        "would end 2015-12-31");
  // Nor may the contract start after the placement does.
  CHECK(refusal([&] {
          f.change(contractDef(), "C-NHS", {{"start_date", "2014-06-01"}}, Date(2015, 6, 1));
        }) ==
        "contract C-NHS | start_date | placement PL-1 starts 2014-04-01; the contract would start "
        "2014-06-01");
  CHECK(f.rows("contracts_versions") == versions);
  CHECK(f.rows("audit_log") == audit);
  // Ending on the placement's last day is fine.
  CHECK(refusal([&] {
          f.change(contractDef(), "C-NHS", {{"end_date", "2016-03-31"}}, Date(2015, 6, 1));
        }) == "accepted");
  CHECK(f.version(contractDef(), "C-NHS") == 2);
}

TEST_CASE("a placement with no end cannot outlast a fixed-term contract, either way round",
          "[arrangements][recheck]") {
  Fixture f;
  f.save(placementDef(), "PL-1", daysPlacement("3"));  // open-ended
  CHECK(refusal([&] {
          f.change(contractDef(), "C-NHS", {{"end_date", "2016-03-31"}}, Date(2015, 6, 1));
        }) ==
        "contract C-NHS | end_date | placement PL-1 runs from 2014-04-01 with no end; the contract "
        "would end 2016-03-31");
  // Given an end first, the contract can end; a new open-ended placement of it is refused.
  f.change(placementDef(), "PL-1", {{"planned_end", "2016-03-31"}}, Date(2015, 6, 1));
  CHECK(refusal([&] {
          f.change(contractDef(), "C-NHS", {{"end_date", "2016-03-31"}}, Date(2015, 6, 1));
        }) == "accepted");
  CHECK(refusal([&] { f.save(placementDef(), "PL-2", daysPlacement("0.5")); }) ==
        "placement PL-2 | planned_end | has no end, but contract C-NHS ends (2016-03-31)");
}

TEST_CASE("ending an agreement before an arrangement under it ends is refused",
          "[arrangements][recheck]") {
  Fixture f;
  f.save(placementDef(), "PL-1", daysPlacement("3", "2016-03-31"));
  // Single-manager contracts and joint posts lie inside their agreement too.
  f.save(singleManagerContractDef(), "SM-1",
         {{"route", "employ_and_subcontract"},
          {"contract", "C-COUNCIL"},
          {"employer", "BNES"},
          {"other_partner", "BCCG"},
          {"host_partner", "BNES"},
          {"agreement", "A-OPEN"},
          {"time_split", "BNES:50;BCCG:50"},
          {"employer_budget", "1000000"},
          {"other_partner_budget", "800000"},
          {"other_partner_may_end", "true"},
          {"annual_fee", "25000"},
          {"start_date", "2013-04-01"},
          {"status", "active"}});
  const auto versions = f.rows("agreements_versions"), audit = f.rows("audit_log");
  CHECK(refusals([&] {
          f.change(agreementDef(), "A-OPEN", {{"in_force_to", "2015-12-31"}}, Date(2015, 6, 1));
        }) == std::vector<std::string>{
                  "agreement A-OPEN | in_force_to | placement PL-1 runs 2014-04-01 to 2016-03-31; "
                  "the agreement would end 2015-12-31",
                  "agreement A-OPEN | in_force_to | single_manager_contract SM-1 runs from "
                  "2013-04-01 with no end; the agreement would end 2015-12-31"});
  CHECK(refusal([&] {
          f.change(agreementDef(), "A-OPEN", {{"in_force_from", "2014-06-01"}}, Date(2015, 6, 1));
        }) ==
        "agreement A-OPEN | in_force_from | placement PL-1 starts 2014-04-01; the agreement would "
        "be in force only from 2014-06-01");
  CHECK(f.rows("agreements_versions") == versions);
  CHECK(f.rows("audit_log") == audit);
  CHECK(f.version(agreementDef(), "A-OPEN") == 1);
  // Once the single-manager contract has an end, the agreement may end with both.
  f.change(singleManagerContractDef(), "SM-1", {{"end_date", "2016-03-31"}}, Date(2015, 7, 1));
  CHECK(refusal([&] {
          f.change(agreementDef(), "A-OPEN", {{"in_force_to", "2016-03-31"}}, Date(2015, 8, 1));
        }) == "accepted");
  CHECK(f.version(agreementDef(), "A-OPEN") == 2);
}

TEST_CASE("an edit that does not touch what placements depend on still saves",
          "[arrangements][recheck]") {
  Fixture f;
  f.save(placementDef(), "PL-1", daysPlacement("4"));  // fills C-NHS's 0.8 FTE, open-ended
  CHECK(refusal([&] {
          f.change(agreementDef(), "A-OPEN", {{"title", "S113 agreement (2015 revision)"}},
                   Date(2015, 6, 1));
        }) == "accepted");
  CHECK(refusal([&] {
          f.change(contractDef(), "C-NHS", {{"annual_salary", "41000"}}, Date(2015, 4, 1));
        }) == "accepted");
  // Raising the FTE leaves more room, not less.
  CHECK(refusal([&] {
          f.change(contractDef(), "C-NHS", {{"fte", "1"}}, Date(2015, 5, 1));
        }) == "accepted");
  CHECK(f.version(agreementDef(), "A-OPEN") == 2);
  CHECK(f.version(contractDef(), "C-NHS") == 3);
}

TEST_CASE("a placement date in the register that does not parse stops the re-check and check",
          "[arrangements][recheck]") {
  Fixture f;
  f.save(placementDef(), "PL-1", daysPlacement("3"));
  // Written past the program, as a hand edit of the database would: a planned
  // end that is not a date is not read as no end.
  sessionOf(f.reg()) << "INSERT INTO placements_versions (ref, version, valid_from, recorded_at, "
                   "recorded_by, deleted, kind, contract, employer, receiving_partner, agreement, "
                   "days_per_week, start_date, planned_end, officer_consulted_on, return_to_post, "
                   "termination_notice_months, status) SELECT ref, 2, valid_from, recorded_at, "
                   "recorded_by, deleted, kind, contract, employer, receiving_partner, agreement, "
                   "days_per_week, start_date, '31st March 2016', officer_consulted_on, "
                   "return_to_post, termination_notice_months, status FROM placements_versions "
                   "WHERE ref = 'PL-1' AND version = 1";
  auto refusedFor = [](const std::function<void()>& read) -> std::string {
    try {
      read();
    } catch (const ValidationError& e) {
      return e.record() + " | " + e.field() + " | " + e.reason();
    }
    return "read";
  };
  const std::string named = "placement PL-1 | planned_end | ";
  CHECK_THAT(refusedFor([&] {
               f.change(contractDef(), "C-NHS", {{"fte", "0.4"}}, Date(2014, 1, 1));
             }),
             Catch::StartsWith(named) && Catch::Contains("31st March 2016"));
  CHECK(f.version(contractDef(), "C-NHS") == 1);
  CHECK_THAT(refusedFor([&] { overCommittedContracts(f.reg()); }),
             Catch::StartsWith(named) && Catch::Contains("31st March 2016"));
}
