// The arrangement rules through the services, on the small register of
// ArrangementFixture.h.
#include "ArrangementFixture.h"

#include "services/ArrangementChecks.h"
#include "services/ArrangementQueries.h"
#include "storage/AuditStore.h"

using namespace s113;
using Fixture = ArrangementFixture;

TEST_CASE("placement lifecycle: the transition table", "[arrangements]") {
  const std::vector<std::pair<std::string, std::string>> allowed = {
      {"proposed", "consulted"},   {"proposed", "terminated"}, {"consulted", "agreed"},
      {"consulted", "terminated"}, {"agreed", "active"},       {"agreed", "terminated"},
      {"active", "review_due"},    {"active", "ended"},        {"active", "terminated"},
      {"review_due", "extended"},  {"review_due", "ended"},    {"review_due", "terminated"},
      {"extended", "review_due"},  {"extended", "ended"},      {"extended", "terminated"}};
  for (const auto& from : spellings<PlacementStatus>())
    for (const auto& to : spellings<PlacementStatus>()) {
      bool expected = from.value == to.value ||
                      std::find(allowed.begin(), allowed.end(), std::make_pair(std::string(from.text),
                                                                                std::string(to.text))) != allowed.end();
      INFO(from.text << " -> " << to.text);
      CHECK(placementTransitionAllowed(from.value, to.value) == expected);
    }
  CHECK(placementNextStatuses(PlacementStatus::Ended).empty());
  CHECK(placementNextStatuses(PlacementStatus::Terminated).empty());
}

TEST_CASE(
    "every placement transition is accepted or refused through the service, refusals writing "
    "nothing",
    "[arrangements][lifecycle]") {
  Fixture f;
  int n = 0;
  for (const auto& fromStatus : spellings<PlacementStatus>())
    for (const auto& toStatus : spellings<PlacementStatus>()) {
      const std::string from = fromStatus.text, to = toStatus.text;
      const bool allowed = placementTransitionAllowed(fromStatus.value, toStatus.value);
      if (from == to) continue;
      const std::string key = "PL-" + std::to_string(++n);
      f.save(placementDef(), key, Fixture::placement(from, "1"));
      Record next = Fixture::placement(to, "1");
      const auto versions = f.rows("placements_versions"), audit = f.rows("audit_log");
      INFO(from << " -> " << to);
      std::string result = refusal(
          [&] { f.service.save(test::textEdit(placementDef(), key, next, 1, Date(2014, 5, 1))); });
      if (allowed) {
        CHECK(result == "accepted");
        CHECK(test::text(placementDef(), VersionStore(f.reg(), placementDef()).latest(key)->fields,
                         "status") == to);
      } else {
        CHECK(result.rfind(
                  "placement " + key + " | status | cannot move from " + from + " to " + to, 0) ==
              0);
        CHECK(f.rows("placements_versions") == versions);
        CHECK(f.rows("audit_log") == audit);
      }
    }
}

TEST_CASE("a placement walks its whole lifecycle and every step is audited",
          "[arrangements][lifecycle]") {
  Fixture f;
  f.save(placementDef(), "PL-1", Fixture::placement("proposed"), Date(2014, 1, 10));
  f.change(placementDef(), "PL-1", {{"status", "consulted"}}, Date(2014, 3, 1));
  f.change(placementDef(), "PL-1", {{"status", "agreed"}}, Date(2014, 3, 15));
  f.change(placementDef(), "PL-1", {{"status", "active"}}, Date(2014, 4, 1));
  f.change(placementDef(), "PL-1", {{"status", "review_due"}}, Date(2015, 3, 1));
  f.change(placementDef(), "PL-1", {{"status", "extended"}, {"planned_end", "2016-03-31"}},
           Date(2015, 3, 20));
  f.change(
      placementDef(), "PL-1",
      {{"status", "terminated"}, {"ended_on", "2015-09-30"}, {"termination_reason", "restructure"}},
      Date(2015, 10, 1));
  std::vector<std::string> statuses;
  for (const auto& e :
       AuditStore(f.reg()).list(boost::none, std::string("placement"), std::string("PL-1")))
    if (e.field == "status") statuses.push_back(e.oldValue + ">" + e.newValue);
  CHECK(statuses == std::vector<std::string>{">proposed", "proposed>consulted", "consulted>agreed",
                                             "agreed>active", "active>review_due",
                                             "review_due>extended", "extended>terminated"});
  // Final: nothing more.
  CHECK(refusal([&] {
          f.change(placementDef(), "PL-1",
                   {{"status", "active"}, {"ended_on", ""}, {"termination_reason", ""}},
                   Date(2016, 1, 1));
        }).find("status | cannot move from terminated to active (from terminated it is final)") !=
        std::string::npos);
}

TEST_CASE("a placement cannot be consulted or agreed before the officer has been consulted",
          "[arrangements]") {
  Fixture f;
  auto agreed = Fixture::placement("agreed");
  agreed.erase("officer_consulted_on");
  const auto before = f.rows("placements_versions");
  CHECK(refusal([&] { f.save(placementDef(), "PL-1", agreed); }) ==
        "placement PL-1 | officer_consulted_on | a placement cannot be agreed before the officer "
        "has been consulted: "
        "give officer_consulted_on");
  auto proposed = Fixture::placement("proposed");
  proposed.erase("officer_consulted_on");
  f.save(placementDef(), "PL-2", proposed);
  CHECK(refusal([&] {
          f.change(placementDef(), "PL-2", {{"status", "consulted"}}, Date(2014, 2, 1));
        }) ==
        "placement PL-2 | officer_consulted_on | a placement cannot be consulted before the "
        "officer has been "
        "consulted: give officer_consulted_on");
  CHECK(f.change(placementDef(), "PL-2",
                 {{"status", "consulted"}, {"officer_consulted_on", "2014-02-01"}},
                 Date(2014, 2, 1)) == 2);
  CHECK(f.rows("placements_versions") == before + 2);
}

TEST_CASE("a terminated placement needs its reason and end; the reason belongs to termination",
          "[arrangements]") {
  Fixture f;
  auto terminated = Fixture::placement("terminated");
  terminated.erase("termination_reason");
  CHECK(refusal([&] { f.save(placementDef(), "PL-1", terminated); }) ==
        "placement PL-1 | termination_reason | a terminated placement needs the reason");
  auto ended = Fixture::placement("ended");
  ended.erase("ended_on");
  CHECK(refusal([&] { f.save(placementDef(), "PL-1", ended); }) ==
        "placement PL-1 | ended_on | an ended placement needs the date it ended");
  auto active = Fixture::placement("active");
  active["termination_reason"] = "x";
  CHECK(refusal([&] { f.save(placementDef(), "PL-1", active); }) ==
        "placement PL-1 | termination_reason | is only given when the placement is terminated");
  CHECK(f.rows("placements_versions") == 0);
}

TEST_CASE("the receiving partner differs from the employer, which is the contract's employer",
          "[arrangements]") {
  Fixture f;
  auto same = Fixture::placement();
  same["receiving_partner"] = "BCCG";
  CHECK(refusal([&] { f.save(placementDef(), "PL-1", same); }) ==
        "placement PL-1 | receiving_partner | the receiving partner must differ from the employer");
  auto wrongEmployer = Fixture::placement();
  wrongEmployer["employer"] = "BNES";
  wrongEmployer["receiving_partner"] = "BCCG";
  CHECK(refusal([&] { f.save(placementDef(), "PL-1", wrongEmployer); }) ==
        "placement PL-1 | employer | is BNES but contract C-NHS is employed by BCCG: under s113 "
        "the employer never "
        "changes");
  auto stranger = Fixture::placement();
  stranger["receiving_partner"] = "OTHER";
  CHECK(refusal([&] { f.save(placementDef(), "PL-1", stranger); }) ==
        "placement PL-1 | receiving_partner | OTHER is not a party to agreement A-OPEN");
  CHECK(f.rows("placements_versions") == 0);
}

TEST_CASE("the placement's period lies inside an agreement in force", "[arrangements]") {
  Fixture f;
  auto early = Fixture::placement();
  early["start_date"] = "2013-03-01";
  CHECK(refusal([&] { f.save(placementDef(), "PL-1", early); }) ==
        "placement PL-1 | start_date | starts 2013-03-01, before agreement A-OPEN is in force "
        "(from 2013-04-01)");
  auto open = Fixture::placement();
  open["agreement"] = "A-SHORT";
  CHECK(refusal([&] { f.save(placementDef(), "PL-1", open); }) ==
        "placement PL-1 | planned_end | agreement A-SHORT is in force only until 2015-03-31: give "
        "an end on or "
        "before that date");
  open["planned_end"] = "2015-06-30";
  CHECK(
      refusal([&] { f.save(placementDef(), "PL-1", open); }) ==
      "placement PL-1 | planned_end | ends 2015-06-30, after agreement A-SHORT ends (2015-03-31)");
  open["planned_end"] = "2015-03-31";
  CHECK(refusal([&] { f.save(placementDef(), "PL-1", open); }) == "accepted");
  auto late = Fixture::placement();
  late["contract"] = "C-COUNCIL";
  late["employer"] = "BNES";
  late["receiving_partner"] = "BCCG";
  late["start_date"] = "2009-01-01";
  CHECK(refusal([&] {
          f.save(placementDef(), "PL-2", late);
        }).find("start_date | starts 2009-01-01, before agreement") != std::string::npos);
}

TEST_CASE("a person's committed placements never add up to more than the contract's FTE on any day",
          "[arrangements][fte]") {
  Fixture f;  // C-NHS is 0.8 FTE
  f.save(placementDef(), "PL-1",
         Fixture::placement("active", "60"));        // 0.48 FTE from 2014-04-01, open
  auto second = Fixture::placement("active", "50");  // 0.4 FTE
  second["start_date"] = "2015-01-01";
  const auto versions = f.rows("placements_versions"), audit = f.rows("audit_log");
  CHECK(refusal([&] { f.save(placementDef(), "PL-2", second); }) ==
        "placement PL-2 | share_of_time | with PL-1 (0.48 FTE), P-2 (Sam Nhs) would be placed for "
        "0.88 FTE on "
        "2015-01-01, more than the 0.8 FTE of contract C-NHS");
  CHECK(f.rows("placements_versions") == versions);
  CHECK(f.rows("audit_log") == audit);
  // A later placement that starts before, and overlaps from PL-1's start.
  second["start_date"] = "2013-06-01";
  CHECK(refusal([&] { f.save(placementDef(), "PL-2", second); }).find("on 2014-04-01") !=
        std::string::npos);
  // Once PL-1 has a planned end, a placement after it fits.
  f.change(placementDef(), "PL-1", {{"planned_end", "2014-12-31"}}, Date(2014, 6, 1));
  second["start_date"] = "2015-01-01";
  CHECK(refusal([&] { f.save(placementDef(), "PL-2", second); }) == "accepted");
  // A proposal does not count until it is agreed.
  auto third = Fixture::placement("proposed", "50");
  third["start_date"] = "2015-02-01";
  f.save(placementDef(), "PL-3", third);
  CHECK(refusal([&] {
          f.change(placementDef(), "PL-3", {{"status", "consulted"}}, Date(2015, 1, 10));
        }) == "accepted");
  // Agreed, it fills the contract exactly: 0.4 + 0.4 = 0.8 FTE is allowed, a hundredth more is not.
  CHECK(refusal([&] {
          f.change(placementDef(), "PL-3", {{"status", "agreed"}}, Date(2015, 1, 20));
        }) == "accepted");
  CHECK(refusal([&] {
          f.change(placementDef(), "PL-3", {{"share_of_time", "50.01"}}, Date(2015, 1, 25));
        }).find("would be placed for 0.8001 FTE on 2015-02-01") != std::string::npos);
}

TEST_CASE("days per week count as days of a five-day week", "[arrangements][fte]") {
  Fixture f;  // C-NHS is 0.8 FTE = 4 days
  auto days = [](const char* d, const char* start) {
    Record r = Fixture::placement();
    r.erase("share_of_time");
    r["days_per_week"] = d;
    r["start_date"] = start;
    return r;
  };
  f.save(placementDef(), "PL-1", days("3", "2014-04-01"));
  f.save(placementDef(), "PL-2", days("1", "2014-05-01"));
  CHECK(refusal([&] { f.save(placementDef(), "PL-3", days("0.5", "2014-06-01")); }) ==
        "placement PL-3 | days_per_week | with PL-1 (0.6 FTE), PL-2 (0.2 FTE), P-2 (Sam Nhs) would "
        "be placed for 0.9 "
        "FTE on 2014-06-01, more than the 0.8 FTE of contract C-NHS");
  auto both = days("1", "2014-06-01");
  both["share_of_time"] = "10";
  CHECK(refusal([&] { f.save(placementDef(), "PL-3", both); }) ==
        "placement PL-3 | days_per_week | give either share_of_time or days_per_week, not both");
  CHECK(refusal([&] { f.save(placementDef(), "PL-3", days("6", "2014-06-01")); }) ==
        "placement PL-3 | days_per_week | must be over 0 and at most 5");
}

namespace {
Record jointDass(const std::string& holder, const std::string& lead) {
  return {{"post", "J-1"},
          {"agreement", "A-OPEN"},
          {"council_partner", "BNES"},
          {"nhs_partner", "BCCG"},
          {"council_role", "Director of Adult Social Services"},
          {"council_statutory_role", "DASS"},
          {"nhs_role", "Chief Executive"},
          {"nhs_statutory_role", "NHS_ACCOUNTABLE_OFFICER"},
          {"holder_contract", holder},
          {"lead_employer", lead},
          {"cost_share", "BNES:50;BCCG:50"},
          {"council_approved_by", "Full Council"},
          {"council_approved_on", "2014-05-14"},
          {"nhs_approved_by", "Board"},
          {"nhs_approved_on", "2014-05-20"},
          {"start_date", "2014-06-01"},
          {"status", "active"}};
}
}  // namespace

TEST_CASE("a joint DASS post leaves its holder a council officer", "[arrangements][dass]") {
  Fixture f;
  // A bare NHS contract, with no placement at the council's disposal: refused.
  const auto before = f.rows("joint_posts_versions");
  CHECK(refusal([&] { f.save(jointPostDef(), "JP-1", jointDass("C-NHS", "BCCG")); }) ==
        "joint_post JP-1 | holder_contract | the DASS must remain a council officer: contract "
        "C-NHS is employed by "
        "BCCG and is not placed at BNES's disposal under s113 (record an agreed placement first)");
  CHECK(f.rows("joint_posts_versions") == before);
  // A proposal is not enough either.
  f.save(placementDef(), "PL-DASS", Fixture::placement("proposed", "100"));
  CHECK(refusal([&] { f.save(jointPostDef(), "JP-1", jointDass("C-NHS", "BCCG")); }) != "accepted");
  // B&NES 2009: the PCT chief executive placed at the council's disposal under s113.
  f.change(placementDef(), "PL-DASS", {{"status", "consulted"}}, Date(2014, 3, 1));
  f.change(placementDef(), "PL-DASS", {{"status", "agreed"}}, Date(2014, 3, 20));
  CHECK(refusal([&] { f.save(jointPostDef(), "JP-1", jointDass("C-NHS", "BCCG")); }) == "accepted");
  // Ending that placement while the joint post stands would undo it.
  f.change(placementDef(), "PL-DASS", {{"status", "active"}}, Date(2014, 4, 1));
  CHECK(refusal([&] {
          f.change(placementDef(), "PL-DASS", {{"status", "ended"}, {"ended_on", "2015-03-31"}},
                   Date(2015, 4, 1));
        }).find("status | joint post JP-1 holds the DASS role through this placement") !=
        std::string::npos);
  // A council employee holds it directly (Stockport 2009).
  CHECK(refusal([&] { f.save(jointPostDef(), "JP-2", jointDass("C-COUNCIL", "BNES")); }) ==
        "accepted");
  // The lead employer is the holder's employer.
  CHECK(refusal([&] { f.save(jointPostDef(), "JP-3", jointDass("C-COUNCIL", "BCCG")); }) ==
        "joint_post JP-3 | lead_employer | is BCCG but the holder's contract C-COUNCIL is employed "
        "by BNES");
}

TEST_CASE("joint posts need both approvals to be active and roles on the right side",
          "[arrangements]") {
  Fixture f;
  auto r = jointDass("C-COUNCIL", "BNES");
  r.erase("nhs_approved_by");
  r.erase("nhs_approved_on");
  CHECK(refusal([&] { f.save(jointPostDef(), "JP-1", r); }) ==
        "joint_post JP-1 | nhs_approved_on | a joint post is active only once both partners have "
        "approved it");
  r = jointDass("C-COUNCIL", "BNES");
  r["nhs_statutory_role"] = "DASS";
  CHECK(refusal([&] { f.save(jointPostDef(), "JP-1", r); }).find("nhs_statutory_role") !=
        std::string::npos);
  r = jointDass("C-COUNCIL", "BNES");
  r["cost_share"] = "BNES:50;OTHER:50";
  CHECK(refusal([&] { f.save(jointPostDef(), "JP-1", r); }) ==
        "joint_post JP-1 | cost_share | names OTHER, which is not a party to this arrangement");
  r = jointDass("C-COUNCIL", "BNES");
  r["council_partner"] = "BCCG";
  r["nhs_partner"] = "BNES";
  r["cost_share"] = "BNES:50;BCCG:50";
  CHECK(refusal([&] { f.save(jointPostDef(), "JP-1", r); }) ==
        "joint_post JP-1 | council_partner | BCCG is not a council");
}

TEST_CASE("single-manager contracts: route 1 needs a fee, route 2 the secondment of the manager",
          "[arrangements]") {
  Fixture f;
  Record route1{{"route", "employ_and_subcontract"},
                {"contract", "C-COUNCIL"},
                {"employer", "BNES"},
                {"other_partner", "BCCG"},
                {"host_partner", "BNES"},
                {"agreement", "A-OPEN"},
                {"time_split", "BNES:50;BCCG:50"},
                {"employer_budget", "1000000"},
                {"other_partner_budget", "800000"},
                {"other_partner_may_end", "true"},
                {"start_date", "2014-01-01"},
                {"status", "active"}};
  CHECK(refusal([&] { f.save(singleManagerContractDef(), "SM-1", route1); }) ==
        "single_manager_contract SM-1 | annual_fee | route 1 (employ and sub-contract) needs the "
        "fee the other "
        "partner pays");
  route1["annual_fee"] = "25000";
  CHECK(refusal([&] { f.save(singleManagerContractDef(), "SM-1", route1); }) == "accepted");

  Record route2 = route1;
  route2.erase("annual_fee");
  route2["route"] = "secondment";
  route2["contract"] = "C-NHS";
  route2["employer"] = "BCCG";
  route2["other_partner"] = "BNES";
  CHECK(refusal([&] { f.save(singleManagerContractDef(), "SM-2", route2); }) ==
        "single_manager_contract SM-2 | placement | route 2 (secondment) needs the placement that "
        "seconds the manager");
  f.save(placementDef(), "PL-1", Fixture::placement("active", "100"));
  route2["placement"] = "PL-1";
  CHECK(refusal([&] { f.save(singleManagerContractDef(), "SM-2", route2); }) == "accepted");
  route2["contract"] = "C-COUNCIL";
  route2["employer"] = "BNES";
  route2["other_partner"] = "BCCG";
  CHECK(refusal([&] { f.save(singleManagerContractDef(), "SM-3", route2); }) ==
        "single_manager_contract SM-3 | placement | placement PL-1 seconds contract C-NHS, not the "
        "manager's contract "
        "C-COUNCIL");
  route1["host_partner"] = "OTHER";
  CHECK(refusal([&] { f.save(singleManagerContractDef(), "SM-4", route1); }) ==
        "single_manager_contract SM-4 | host_partner | must be the employer or the other partner");
}

TEST_CASE("consultations, conflicts of interest and disputes follow the S113 agreement",
          "[arrangements]") {
  Fixture f;
  Record consultation{{"post", "J-2"},
                      {"agreement", "A-OPEN"},
                      {"change_description", "reports to a new head of service"},
                      {"proposed_on", "2015-01-05"},
                      {"party_a_consulted_on", "2015-01-12"},
                      {"implemented_on", "2015-02-01"}};
  CHECK(refusal([&] { f.save(structureConsultationDef(), "SC-1", consultation); }) ==
        "structure_consultation SC-1 | party_b_consulted_on | both partners must be consulted "
        "before a change to an "
        "S113 post's management is implemented");
  consultation["party_b_consulted_on"] = "2015-01-20";
  CHECK(refusal([&] { f.save(structureConsultationDef(), "SC-1", consultation); }) == "accepted");

  f.save(placementDef(), "PL-1", Fixture::placement());
  Record conflict{{"placement", "PL-1"},
                  {"joint_post", ""},
                  {"declared_on", "2014-05-01"},
                  {"description", "x"}};
  CHECK(refusal([&] { f.save(conflictOfInterestDef(), "CI-1", conflict); }) == "accepted");
  conflict["single_manager_contract"] = "";
  conflict["placement"] = "";
  CHECK(refusal([&] {
          f.save(conflictOfInterestDef(), "CI-2", conflict);
        }).find("give exactly one of joint_post, single_manager_contract, placement") !=
        std::string::npos);

  Record dispute{{"placement", "PL-1"},
                 {"raised_by", "BCCG"},
                 {"raised_on", "2015-01-05"},
                 {"subject", "cost share"},
                 {"stage", "joint_hr_group"}};
  f.save(disputeDef(), "DP-1", dispute);
  CHECK(refusal([&] {
          f.change(disputeDef(), "DP-1", {{"stage", "chief_executives"}}, Date(2015, 2, 1));
        }).rfind("dispute DP-1 | stage | cannot move from joint_hr_group to chief_executives", 0) ==
        0);
  f.change(disputeDef(), "DP-1", {{"stage", "joint_committee"}}, Date(2015, 2, 1));
  CHECK(refusal([&] {
          f.change(disputeDef(), "DP-1", {{"stage", "joint_hr_group"}}, Date(2015, 3, 1));
        }) != "accepted");
  f.change(disputeDef(), "DP-1", {{"stage", "chief_executives"}}, Date(2015, 3, 1));
  f.change(disputeDef(), "DP-1", {{"stage", "arbitration"}}, Date(2015, 4, 1));
  CHECK(VersionStore(f.reg(), disputeDef()).latest("DP-1")->version == 4);
}

TEST_CASE("as at dates before, during and after a placement", "[arrangements][asat]") {
  Fixture f;
  f.save(placementDef(), "PL-1", Fixture::placement("agreed"), Date(2014, 3, 15));
  f.change(placementDef(), "PL-1", {{"status", "active"}}, Date(2014, 4, 1));
  f.change(placementDef(), "PL-1", {{"status", "ended"}, {"ended_on", "2015-03-31"}},
           Date(2015, 4, 1));
  VersionStore store(f.reg(), placementDef());
  CHECK_FALSE(store.asAt({Date(2014, 1, 1), boost::none}, "PL-1").has_value());
  CHECK(test::text(placementDef(), store.asAt({Date(2014, 3, 20), boost::none}, "PL-1")->fields,
                   "status") == "agreed");
  CHECK(test::text(placementDef(), store.asAt({Date(2014, 10, 1), boost::none}, "PL-1")->fields,
                   "status") == "active");
  CHECK(test::text(placementDef(), store.asAt({Date(2015, 6, 1), boost::none}, "PL-1")->fields,
                   "status") == "ended");

  CHECK(arrangementsInForce(f.reg(), Date(2014, 1, 1)).placements.empty());
  CHECK(arrangementsInForce(f.reg(), Date(2014, 3, 20)).placements.empty());  // agreed, not started
  auto during = arrangementsInForce(f.reg(), Date(2014, 10, 1));
  REQUIRE(during.placements.size() == 1);
  CHECK(during.placements[0].ref == "PL-1");
  CHECK(arrangementsInForce(f.reg(), Date(2015, 3, 31)).placements.size() == 1);
  CHECK(arrangementsInForce(f.reg(), Date(2015, 4, 1)).placements.empty());
  CHECK(arrangementsInForce(f.reg(), Date(2016, 1, 1)).placements.empty());
}

TEST_CASE("warnings: long secondments, reviews passed, agreement reviews overdue",
          "[arrangements][warnings]") {
  Fixture f;
  auto secondment = Fixture::placement("active", "20");
  secondment["kind"] = "secondment";
  secondment["planned_end"] = "2016-04-01";  // 2 years and a day
  secondment["next_review"] = "2015-04-01";
  f.save(placementDef(), "PL-LONG", secondment);
  secondment["planned_end"] = "2016-03-31";  // exactly 2 years: no warning
  secondment["next_review"] = "";
  f.save(placementDef(), "PL-TWO", secondment);
  secondment.erase("planned_end");
  f.save(placementDef(), "PL-OPEN", secondment);
  auto finished = Fixture::placement("ended", "20");
  finished["next_review"] = "2014-10-01";
  f.save(placementDef(), "PL-DONE", finished);

  auto warnings = arrangementWarningsAsOf(f.reg(), Date(2015, 6, 1));
  auto has = [&](const std::string& text) {
    return std::find(warnings.begin(), warnings.end(), text) != warnings.end();
  };
  CHECK(
      has("placement PL-LONG: planned_end: secondment planned beyond 2 years (2014-04-01 to "
          "2016-04-01)"));
  CHECK(has("placement PL-LONG: next_review: the review date 2015-04-01 has passed"));
  CHECK(
      has("placement PL-OPEN: planned_end: a secondment with no planned end (secondments beyond 2 "
          "years should be "
          "reviewed)"));
  CHECK(has("agreement A-OPEN: next_review: the annual review due 2014-04-01 is overdue"));
  // A-SHORT ended on 2015-03-31: its review no longer matters; before then it did.
  CHECK_FALSE(has("agreement A-SHORT: next_review: the annual review due 2014-04-01 is overdue"));
  auto inForce = arrangementWarningsAsOf(f.reg(), Date(2015, 1, 1));
  CHECK(std::find(inForce.begin(), inForce.end(),
                  "agreement A-SHORT: next_review: the annual review due 2014-04-01 is overdue") !=
        inForce.end());
  for (const auto& w : warnings) {
    CHECK(w.find("PL-TWO") == std::string::npos);
    CHECK(w.find("PL-DONE") == std::string::npos);
  }
  // Before the review dates there is nothing to say about them; A-SHORT's review is moot once it
  // ended.
  auto early = arrangementWarningsAsOf(f.reg(), Date(2014, 2, 1));
  for (const auto& w : early) CHECK(w.find("next_review") == std::string::npos);
  auto late = arrangementWarningsAsOf(f.reg(), Date(2016, 1, 1));
  CHECK(std::find(late.begin(), late.end(),
                  "placement PL-TWO: planned_end: planned to end 2016-03-31 but still active "
                  "(record that it ended, or "
                  "extend it)") == late.end());
  auto after = arrangementWarningsAsOf(f.reg(), Date(2016, 4, 1));
  CHECK(std::find(after.begin(), after.end(),
                  "placement PL-TWO: planned_end: planned to end 2016-03-31 but still active "
                  "(record that it ended, or "
                  "extend it)") != after.end());
  for (const auto& w : late) CHECK(w.find("agreement A-SHORT") == std::string::npos);
}
