// Editing the contract or the agreement that placements depend on re-checks
// those placements: a contract's FTE cut below what its placements commit, a
// contract or agreement ended before an arrangement under it ends, is
// refused and nothing is written. A small register in the style of
// ArrangementTest.cpp: B&NES Council (BNES) and the CCG (BCCG) under
// agreement A-OPEN (from 2013-04-01, open-ended); contracts C-NHS (BCCG,
// 0.8 FTE, from 2012-01-09) and C-COUNCIL (BNES, 1.0 FTE, from 2010-01-04).
#include <catch2/catch.hpp>
#include <functional>
#include <string>
#include <vector>

#include "domain/Arrangements.h"
#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "services/RecordService.h"
#include "storage/VersionStore.h"
#include "support/TestRegister.h"

namespace {
using namespace s113;
using s113::test::TestRegister;

struct RecheckFixture {
  TestRegister t;
  RecordService service{t.reg()};

  RecheckFixture() {
    save(partnerDef(), "BNES",
         {{"name", "B&NES Council"}, {"kind", "council"}, {"nation", "england"}});
    save(partnerDef(), "BCCG", {{"name", "B&NES CCG"}, {"kind", "nhs"}, {"nation", "england"}});
    save(agreementDef(), "A-OPEN",
         {{"title", "S113 agreement"},
          {"party_a", "BNES"},
          {"party_b", "BCCG"},
          {"legal_basis", "LGA 1972 s113"},
          {"in_force_from", "2013-04-01"},
          {"next_review", "2014-04-01"},
          {"notice_months", "6"},
          {"protocol_version", "1"}});
    save(personDef(), "P-1", {{"name", "Alex Council"}});
    save(personDef(), "P-2", {{"name", "Sam Nhs"}});
    save(contractDef(), "C-COUNCIL",
         {{"person", "P-1"},
          {"employer", "BNES"},
          {"fte", "1"},
          {"annual_salary", "50000"},
          {"pay_framework", "NJC"},
          {"pension_scheme", "LGPS"},
          {"start_date", "2010-01-04"}});
    save(contractDef(), "C-NHS",
         {{"person", "P-2"},
          {"employer", "BCCG"},
          {"fte", "0.8"},
          {"annual_salary", "40000"},
          {"pay_framework", "AfC"},
          {"pension_scheme", "NHSPS"},
          {"start_date", "2012-01-09"}});
  }

  Register& reg() { return t.reg(); }

  int save(const EntityDef& def, const std::string& key, const Record& fields,
           const Date& validFrom = Date(2013, 4, 1)) {
    return service.save({&def, key, fields, 0, validFrom});
  }
  // A new version of a record with some fields changed.
  int change(const EntityDef& def, const std::string& key, const Record& changes,
             const Date& validFrom) {
    auto latest = VersionStore(reg(), def).latest(key);
    REQUIRE(latest.has_value());
    Record fields = latest->fields;
    for (const auto& [f, v] : changes) fields[f] = v;
    return service.save({&def, key, fields, latest->version, validFrom});
  }
  int version(const EntityDef& def, const std::string& key) {
    return VersionStore(reg(), def).latest(key)->version;
  }

  // An active placement of the NHS contract with the council, from 2014-04-01,
  // for `days` a week (days do not scale with the contract's FTE).
  static Record placement(const std::string& days, const std::string& plannedEnd = "") {
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

  std::size_t rows(const std::string& table) {
    long long n = 0;
    reg().sql() << "SELECT COUNT(*) FROM " + table, soci::into(n);
    return static_cast<std::size_t>(n);
  }
};

// "record | field | reason" of the first error of a refused edit, or "accepted".
inline std::string refusal(const std::function<void()>& edit) {
  try {
    edit();
  } catch (const ValidationErrors& e) {
    const auto& first = e.errors().front();
    return first.record() + " | " + first.field() + " | " + first.reason();
  }
  return "accepted";
}

// Every error of a refused edit, each as "record | field | reason".
inline std::vector<std::string> refusals(const std::function<void()>& edit) {
  std::vector<std::string> out;
  try {
    edit();
  } catch (const ValidationErrors& e) {
    for (const auto& error : e.errors())
      out.push_back(error.record() + " | " + error.field() + " | " + error.reason());
  }
  return out;
}

}  // namespace

using Fixture = RecheckFixture;

TEST_CASE("cutting a contract's FTE below its committed placements is refused and saves nothing",
          "[arrangements][fte][recheck]") {
  Fixture f;                                                // C-NHS is 0.8 FTE
  f.save(placementDef(), "PL-1", Fixture::placement("3"));  // 0.6 FTE from 2014-04-01, open
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
  Record share = Fixture::placement("");
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
  Record proposed = Fixture::placement("4");
  proposed["status"] = "proposed";
  f.save(placementDef(), "PL-3", proposed);
  CHECK(refusal([&] {
          f.change(contractDef(), "C-NHS", {{"fte", "0.8"}}, Date(2014, 1, 1));
        }) == "accepted");
}

TEST_CASE("cutting a contract's FTE to exactly what its placements commit is accepted",
          "[arrangements][fte][recheck]") {
  Fixture f;
  f.save(placementDef(), "PL-1", Fixture::placement("3"));  // 0.6 FTE
  CHECK(refusal([&] {
          f.change(contractDef(), "C-NHS", {{"fte", "0.6"}}, Date(2014, 6, 1));
        }) == "accepted");
  CHECK(f.version(contractDef(), "C-NHS") == 2);
  CHECK(VersionStore(f.reg(), contractDef()).latest("C-NHS")->fields["fte"] == "0.6");
  // A ten-thousandth less is not.
  CHECK(refusal([&] {
          f.change(contractDef(), "C-NHS", {{"fte", "0.5999"}}, Date(2014, 7, 1));
        }).rfind("contract C-NHS | fte | placement PL-1 commits 0.6 FTE", 0) == 0);
}

TEST_CASE("a cut taking effect after a placement has finished is accepted",
          "[arrangements][fte][recheck]") {
  Fixture f;
  Record ended = Fixture::placement("3", "2015-03-31");
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
  f.save(placementDef(), "PL-1", Fixture::placement("3", "2016-03-31"));
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

TEST_CASE("ending an agreement before an arrangement under it ends is refused",
          "[arrangements][recheck]") {
  Fixture f;
  f.save(placementDef(), "PL-1", Fixture::placement("3", "2016-03-31"));
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
  f.save(placementDef(), "PL-1", Fixture::placement("4"));  // fills C-NHS's 0.8 FTE, open-ended
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
