#include <catch2/catch.hpp>

#include "TermsFixtures.h"
#include "recharge/Netting.h"
#include "recharge/Schedule.h"
#include "recharge/Totals.h"

using namespace s113;
using namespace s113::testing;

namespace {

RechargeTerms annualFee(const std::string& key, const std::string& payer, const std::string& payee,
                        Pence fee, VatTreatment vat, bool netting) {
  RechargeTerms t = fixedAnnual(key, fee, d(2024, 4, 1));
  t.payer = payer;
  t.payee = payee;
  t.frequency = InvoiceFrequency::Annual;
  t.vat = vat;
  t.nettingAllowed = netting;
  return t;
}

}  // namespace

TEST_CASE("netting settles the difference and never charges VAT on it", "[recharge][netting]") {
  // BNES charges BCCG £1,000 + 20% VAT; BCCG charges BNES £400 outside scope.
  const Schedule s =
      schedule({annualFee("RA-A", "BCCG", "BNES", Pence(100000), VatTreatment::Standard, true),
                annualFee("RA-B", "BNES", "BCCG", Pence(40000), VatTreatment::OutsideScope, true)},
               FinancialYear(2024), NiRateTable());
  const Settlement settlement = settle(s.lines);
  REQUIRE(settlement.netted.size() == 1);
  CHECK(settlement.gross.empty());
  const NetSettlement& pair = settlement.netted[0];
  CHECK(pair.partyA == "BCCG");
  CHECK(pair.partyB == "BNES");
  CHECK(pair.aToB.net == Pence(100000));
  CHECK(pair.aToB.vat == Pence(20000));
  CHECK(pair.aToB.total == Pence(120000));
  CHECK(pair.bToA.total == Pence(40000));
  // BCCG pays BNES £800 = 1,200 - 400; VAT on the net would have given £720.
  CHECK(pair.net() == Pence(80000));
  CHECK(netBetween(s.lines, "BCCG", "BNES") == Pence(80000));
  CHECK(netBetween(s.lines, "BNES", "BCCG") == Pence(-80000));
}

TEST_CASE("agreements without netting are settled gross", "[recharge][netting]") {
  const Schedule s =
      schedule({annualFee("RA-A", "BCCG", "BNES", Pence(100000), VatTreatment::OutsideScope, true),
                annualFee("RA-B", "BNES", "BCCG", Pence(40000), VatTreatment::OutsideScope, true),
                annualFee("RA-C", "BNES", "BCCG", Pence(25000), VatTreatment::OutsideScope, false),
                annualFee("RA-D", "BNES", "AWP", Pence(7000), VatTreatment::Standard, false)},
               FinancialYear(2024), NiRateTable());
  const Settlement settlement = settle(s.lines);
  REQUIRE(settlement.netted.size() == 1);
  CHECK(settlement.netted[0].net() == Pence(60000));  // RA-C is not in it
  REQUIRE(settlement.gross.size() == 2);
  CHECK(settlement.gross[0].payer == "BNES");
  CHECK(settlement.gross[0].payee == "AWP");
  CHECK(settlement.gross[0].totals.total == Pence(8400));
  CHECK(settlement.gross[1].payee == "BCCG");
  CHECK(settlement.gross[1].totals.total == Pence(25000));
  CHECK(netBetween(s.lines, "BNES", "AWP") == Pence(0));  // nothing nettable between them

  // Pair totals count every line, nettable or not.
  const auto pairs = totalsByPair(s.lines);
  REQUIRE(pairs.size() == 3);
  CHECK(pairs[0].payer == "BCCG");
  CHECK(pairs[0].totals.total == Pence(100000));
  CHECK(pairs[2].payer == "BNES");
  CHECK(pairs[2].payee == "BCCG");
  CHECK(pairs[2].totals.total == Pence(65000));
}

TEST_CASE("netting per period", "[recharge][netting]") {
  RechargeTerms a = annualFee("RA-A", "BCCG", "BNES", Pence(1200000), VatTreatment::OutsideScope, true);
  RechargeTerms b = annualFee("RA-B", "BNES", "BCCG", Pence(600000), VatTreatment::OutsideScope, true);
  a.frequency = b.frequency = InvoiceFrequency::Quarterly;
  a.partPeriod = b.partPeriod = PartPeriodMethod::Monthly;
  const Schedule s = schedule({a, b}, FinancialYear(2024), NiRateTable());
  const auto perPeriod = settleByPeriod(s.lines);
  REQUIRE(perPeriod.size() == 4);
  Pence sum{};
  for (const auto& [period, settlement] : perPeriod) {
    REQUIRE(settlement.netted.size() == 1);
    CHECK(settlement.netted[0].net() == Pence(150000));  // 3,000 - 1,500 a quarter
    sum += settlement.netted[0].net();
  }
  CHECK(perPeriod[0].first.first == d(2024, 4, 1));
  CHECK(sum == settle(s.lines).netted[0].net());

  const auto periods = totalsByPeriod(s.lines);
  REQUIRE(periods.size() == 4);
  CHECK(periods[3].period.last == d(2025, 3, 31));
  CHECK(periods[3].totals.total == Pence(450000));
}
