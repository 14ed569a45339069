// Cost-sharing agreements: one cost, split among several partners by exact
// ratios, the parts of every line adding up to the line.
#include <catch2/catch.hpp>

#include "TermsFixtures.h"
#include "domain/Errors.h"
#include "domain/RechargeParts.h"
#include "recharge/Netting.h"
#include "recharge/Schedule.h"
#include "recharge/Totals.h"

using namespace s113;
using namespace s113::testing;

namespace {

// A cost incurred by BNES, shared by `parts` (BNES's own part included when listed).
RechargeTerms shared(RechargeTerms t, const std::string& parts, bool percentages) {
  t.payer.clear();
  t.payee = "BNES";
  for (const auto& row : parseParts(parts)) t.parts.push_back({row.partner, row.weight});
  t.partsArePercentages = percentages;
  return t;
}

}  // namespace

TEST_CASE("a three-way split of £100.00 gives parts adding to £100.00", "[recharge][sharing]") {
  RechargeTerms t = shared(fixedAnnual("CS-3", Pence(10000), d(2024, 4, 1)), "BNES:1;BCCG:1;WCCG:1", false);
  t.frequency = InvoiceFrequency::Annual;
  const Schedule s = schedule({t}, FinancialYear(2024), NiRateTable());
  REQUIRE(s.lines.size() == 3);
  CHECK(s.lines[0].payer == "BNES");
  CHECK(s.lines[0].pay == Pence(3334));  // equal remainders: the spare penny to the first part
  CHECK(s.lines[1].pay == Pence(3333));
  CHECK(s.lines[2].pay == Pence(3333));
  CHECK(s.lines[0].pay + s.lines[1].pay + s.lines[2].pay == Pence(10000));
  CHECK(s.lines[1].share == "1/3");
  // BNES's own part is shown but not invoiced: only the other two count.
  CHECK_FALSE(s.lines[0].invoiced);
  CHECK(s.lines[1].invoiced);
  CHECK(totalOf(s.lines).pay == Pence(6666));
  CHECK(totalsByPair(s.lines).size() == 2);
}

TEST_CASE("percentages with four decimals are kept exactly", "[recharge][sharing]") {
  RechargeTerms t = shared(fixedAnnual("CS-P", Pence(10000), d(2024, 4, 1)),
                           "BCCG:33.3333;WCCG:33.3333;BNES:33.3334", true);
  t.frequency = InvoiceFrequency::Annual;
  const Schedule s = schedule({t}, FinancialYear(2024), NiRateTable());
  REQUIRE(s.lines.size() == 3);
  CHECK(s.lines[0].pay == Pence(3333));
  CHECK(s.lines[1].pay == Pence(3333));
  CHECK(s.lines[2].pay == Pence(3334));
  CHECK(s.lines[0].share == "33.3333%");
  t.parts[2].weight -= 1;  // 99.9999%
  CHECK_THROWS_AS(schedule({t}, FinancialYear(2024), NiRateTable()), ValidationError);
}

TEST_CASE("an apportionment by headcount, 512 of 622, is an exact ratio", "[recharge][sharing]") {
  // £62,200 a year: 512/622 is exactly £51,200.00 and 110/622 £11,000.00 (a
  // share in two-decimal percent, 82.32%, would give £51,203.04).
  RechargeTerms t = shared(actualCost("CS-HC", Pence(6220000), d(2024, 4, 1)), "BNES:512;BCCG:110", false);
  t.frequency = InvoiceFrequency::Annual;
  const Schedule s = schedule({t}, FinancialYear(2024), NiRateTable());
  REQUIRE(s.lines.size() == 2);
  CHECK(s.lines[0].pay == Pence(5120000));
  CHECK(s.lines[0].share == "512/622");
  CHECK(s.lines[1].pay == Pence(1100000));
  CHECK(s.lines[1].payer == "BCCG");
  CHECK(s.lines[1].payee == "BNES");
}

TEST_CASE("every figure of every line is split exactly and deterministically",
          "[recharge][sharing]") {
  RechargeTerms t = shared(actualCost("CS-OC", Pence(4567891), d(2024, 7, 9), d(2025, 2, 13)),
                           "BCCG:3;BNES:5;WCCG:7;AWP:11", false);
  t.onCosts = OnCosts::itemised(BasisPoints(1873));
  t.vat = VatTreatment::Standard;
  t.nettingAllowed = true;
  RechargeTerms whole = t;
  whole.parts.clear();
  whole.payer = "BCCG";
  for (auto f : {InvoiceFrequency::Monthly, InvoiceFrequency::Quarterly}) {
    t.frequency = whole.frequency = f;
    const Schedule parts = schedule({t}, FinancialYear(2024), defaultNiRates());
    const Schedule cost = schedule({whole}, FinancialYear(2024), defaultNiRates());
    REQUIRE(parts.lines.size() == 4 * cost.lines.size());
    for (std::size_t i = 0; i < cost.lines.size(); ++i) {
      Pence pay = Pence(0), ni = Pence(0), pension = Pence(0), levy = Pence(0), net = Pence(0);
      for (std::size_t k = 0; k < 4; ++k) {
        const ScheduleLine& part = parts.lines[4 * i + k];
        pay += part.pay;
        ni += part.onCostItems.employerNi;
        pension += part.onCostItems.pension;
        levy += part.onCostItems.apprenticeshipLevy;
        net += part.net;
        CHECK(part.vat == (part.invoiced ? vatOn(part.net, VatTreatment::Standard) : Pence(0)));
        CHECK(part.pay >= Pence(0));
      }
      CHECK(pay == cost.lines[i].pay);
      CHECK(ni == cost.lines[i].onCostItems.employerNi);
      CHECK(pension == cost.lines[i].onCostItems.pension);
      CHECK(levy == cost.lines[i].onCostItems.apprenticeshipLevy);
      CHECK(net == cost.lines[i].net);
    }
    const Schedule again = schedule({t}, FinancialYear(2024), defaultNiRates());
    for (std::size_t i = 0; i < parts.lines.size(); ++i) CHECK(again.lines[i].pay == parts.lines[i].pay);
    // The payee's own part never reaches the settlement.
    for (const auto& n : settle(parts.lines).netted) CHECK(n.partyA != n.partyB);
  }
}

TEST_CASE("a cost-sharing agreement's parts are checked", "[recharge][sharing]") {
  const RechargeTerms base = fixedAnnual("CS-BAD", Pence(10000), d(2024, 4, 1));
  auto refused = [&](const std::string& parts, bool percentages) {
    try {
      validate(shared(base, parts, percentages));
    } catch (const ValidationError& e) {
      return e.field() == "parts";
    }
    return false;
  };
  CHECK(refused("BCCG:100", true));               // one partner is not a shared cost
  CHECK(refused("BNES:60;BNES:40", true));        // a partner twice
  CHECK(refused("BNES:5;BCCG:0", false));         // only the payee pays
  CHECK(refused("BNES:60;BCCG:30", true));        // 90%
  CHECK_FALSE(refused("BNES:60;BCCG:40", true));
  CHECK_FALSE(refused("BCCG:2;WCCG:1", false));  // the payee need bear no part
  CHECK_THROWS_AS(parseParts("BNES:1.23456"), std::invalid_argument);
  CHECK_THROWS_AS(parseParts("BNES:-1"), std::invalid_argument);
  CHECK_THROWS_AS(parseParts("BNES"), std::invalid_argument);
  CHECK(formatParts(parseParts(" BNES : 512 ; BCCG:12.50")) == "BNES:512;BCCG:12.5");
}
