// The arrangement entities as types (domain/entities/): each EntityDef is
// its description, a record in exchange form converts to the type and back
// byte for byte, and the kinds only they use (an optional FTE, an optional
// flag, a split) read as the types say; the lifecycle rules on the enums.
#include <catch2/catch.hpp>

#include <boost/optional/optional_io.hpp>  // Catch prints the optionals it compares

#include "domain/ArrangementLifecycle.h"
#include "domain/Arrangements.h"
#include "domain/entities/JointPost.h"
#include "domain/entities/SingleManagerContract.h"
#include "support/EntityText.h"

using namespace s113;
using test::entityFromText;
using test::entityText;

namespace {

Record storedPlacement() {
  return {{"kind", "secondment"},      {"contract", "C-0009"},         {"employer", "BCCG"},
          {"receiving_partner", "BNES"}, {"agreement", "AG-1"},        {"share_of_time", ""},
          {"days_per_week", "2"},      {"start_date", "2013-04-01"},   {"planned_end", "2015-03-31"},
          {"next_review", ""},         {"officer_consulted_on", "2013-03-01"}, {"line_manager", "P-0002"},
          {"discipline_partner", ""},  {"return_to_post", "true"},     {"termination_notice_months", "3"},
          {"status", "review_due"},    {"ended_on", ""},               {"termination_reason", ""}};
}

Record storedSingleManagerContract() {
  return {{"route", "employ_and_subcontract"}, {"contract", "C-0001"}, {"post", ""},
          {"employer", "BNES"},              {"other_partner", "BCCG"}, {"host_partner", "BNES"},
          {"agreement", "AG-1"},             {"placement", ""},       {"annual_fee", "12000.50"},
          {"time_split", "BNES:60;BCCG:40"}, {"employer_budget", ""}, {"other_partner_budget", "0.00"},
          {"other_partner_may_end", "false"}, {"end_notice_months", ""}, {"end_conditions", ""},
          {"start_date", "2014-04-01"},      {"end_date", ""},        {"status", "active"}};
}

}  // namespace

TEST_CASE("the arrangement EntityDefs list the fields their types describe", "[domain][describe]") {
  const auto& placement = placementDef();
  CHECK(placement.field("days_per_week")->type == FieldType::Fte);
  CHECK_FALSE(placement.field("days_per_week")->required);
  CHECK(placement.field("return_to_post")->type == FieldType::Bool);
  CHECK_FALSE(placement.field("return_to_post")->required);
  CHECK(placement.field("status")->allowed ==
        std::vector<std::string>{"proposed", "consulted", "agreed", "active", "review_due", "extended", "ended",
                                 "terminated"});
  const auto& smc = singleManagerContractDef();
  CHECK(smc.field("time_split")->type == FieldType::Split);
  CHECK(smc.field("time_split")->required);
  CHECK(smc.field("other_partner_may_end")->required);
  CHECK(disputeDef().field("stage")->allowed ==
        std::vector<std::string>{"joint_hr_group", "joint_committee", "chief_executives", "arbitration"});
}

TEST_CASE("a placement converts from its exchange form and back byte for byte", "[domain][describe]") {
  const Placement p = entityFromText<Placement>(placementDef(), "PL-1", storedPlacement(), "placement PL-1");
  CHECK(p.kind == PlacementKind::Secondment);
  CHECK_FALSE(p.shareOfTime);
  CHECK(p.daysPerWeek == OptionalFte(FteUnits(20000)));
  CHECK((p.returnToPost == OptionalFlag(true)));
  CHECK(p.terminationNoticeMonths == OptionalInteger(3));
  CHECK(p.status == PlacementStatus::ReviewDue);
  CHECK_FALSE(p.nextReview);
  CHECK(placedFte(p, FteUnits(10000)) == FteUnits(4000));  // two days of five
  CHECK(entityText(placementDef(), p) == storedPlacement());
}

TEST_CASE("a single-manager contract's split and money convert and come back the same", "[domain][describe]") {
  const auto s = entityFromText<SingleManagerContract>(singleManagerContractDef(), "SM-1",
                                                       storedSingleManagerContract(), "single_manager_contract SM-1");
  REQUIRE(s.timeSplit.size() == 2);
  CHECK(s.timeSplit[0].partner == "BNES");
  CHECK(s.timeSplit[0].share == BasisPoints(6000));
  CHECK(s.annualFee == OptionalPence(Pence(1200050)));
  CHECK(s.otherPartnerBudget == OptionalPence(Pence(0)));  // zero, not blank
  CHECK_FALSE(s.employerBudget);
  CHECK_FALSE(s.otherPartnerMayEnd);
  CHECK(entityText(singleManagerContractDef(), s) == storedSingleManagerContract());
}

TEST_CASE("a required split left blank, or one that does not parse, names the field", "[domain][describe]") {
  auto fieldAtFault = [](const char* value) {
    Record bad = storedSingleManagerContract();
    bad["time_split"] = value;
    return test::refusalOf<SingleManagerContract>(singleManagerContractDef(), "SM-1", bad,
                                                  "single_manager_contract SM-1");
  };
  CHECK(fieldAtFault("") == "single_manager_contract SM-1: time_split");
  CHECK(fieldAtFault("BNES:60;BCCG:30") == "single_manager_contract SM-1: time_split");
  CHECK(fieldAtFault("BNES:100") == "(accepted)");
}

TEST_CASE("the placed FTE of a share of time is that share of the contract", "[domain][arrangements]") {
  CHECK(placedFte(OptionalBasisPoints(BasisPoints(4000)), boost::none, FteUnits(10000)) == FteUnits(4000));
  CHECK(placedFte(OptionalBasisPoints(BasisPoints(5000)), boost::none, FteUnits(6000)) == FteUnits(3000));
  CHECK(placedFte(boost::none, boost::none, FteUnits(10000)) == FteUnits(0));
}

TEST_CASE("a dispute escalates one stage at a time, never back", "[domain][arrangements]") {
  CHECK((nextDisputeStage(DisputeStage::JointHrGroup) == DisputeStage::JointCommittee));
  CHECK((nextDisputeStage(DisputeStage::ChiefExecutives) == DisputeStage::Arbitration));
  CHECK_FALSE(nextDisputeStage(DisputeStage::Arbitration).has_value());
  CHECK(disputeStageAllowed(DisputeStage::JointCommittee, DisputeStage::JointCommittee));
  CHECK_FALSE(disputeStageAllowed(DisputeStage::JointHrGroup, DisputeStage::ChiefExecutives));
  CHECK_FALSE(disputeStageAllowed(DisputeStage::JointCommittee, DisputeStage::JointHrGroup));
}
