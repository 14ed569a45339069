// ScheduleSums (recharge/ScheduleSums.h): a schedule summed one line at a
// time gives exactly what the sums over the whole vector of lines give
// (totalOf, totalsByPair, settle), payee's own parts of a shared cost
// counted as lines but in no total.
#include <catch2/catch.hpp>

#include "TermsFixtures.h"
#include "recharge/Netting.h"
#include "recharge/Schedule.h"
#include "recharge/ScheduleSums.h"
#include "recharge/Totals.h"

using namespace s113;
using namespace s113::testing;

namespace {

RechargeTerms between(RechargeTerms t, const std::string& payer, const std::string& payee, bool netting) {
  t.payer = payer;
  t.payee = payee;
  t.nettingAllowed = netting;
  t.vat = VatTreatment::Standard;
  return t;
}

// Both directions of a nettable pair, a gross pair, and a shared cost whose
// payee bears a part of it.
Schedule mixedSchedule() {
  RechargeTerms shared = actualCost("CS-1", Pence(4500000), d(2024, 6, 10));
  shared.payer.clear();
  shared.payee = "BNES";
  shared.parts = {{"BCCG", 500000}, {"BNES", 300000}, {"AWP", 200000}};
  shared.frequency = InvoiceFrequency::Quarterly;
  return schedule({between(actualCost("RA-1", Pence(3000000), d(2024, 4, 1)), "BCCG", "BNES", true),
                   between(fixedAnnual("RA-2", Pence(1200000), d(2024, 9, 15)), "BNES", "BCCG", true),
                   between(fixedAnnual("RA-3", Pence(700000), d(2024, 4, 1)), "BNES", "BCCG", false),
                   between(actualCost("RA-4", Pence(2000000), d(2024, 4, 1)), "AWP", "BNES", false), shared},
                  FinancialYear(2024), NiRateTable());
}

}  // namespace

TEST_CASE("sums added line by line equal the sums of the whole schedule", "[recharge][sums]") {
  const Schedule s = mixedSchedule();
  ScheduleSums sums;
  for (const auto& line : s.lines) sums.add(line);

  CHECK(sums.total() == totalOf(s.lines));

  const auto pairs = totalsByPair(s.lines), summed = sums.byPair();
  REQUIRE(summed.size() == pairs.size());
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    CHECK(summed[i].payer == pairs[i].payer);
    CHECK(summed[i].payee == pairs[i].payee);
    CHECK(summed[i].totals == pairs[i].totals);
  }

  const Settlement settled = settle(s.lines), fromSums = sums.settlement();
  REQUIRE(fromSums.netted.size() == settled.netted.size());
  for (std::size_t i = 0; i < settled.netted.size(); ++i) {
    CHECK(fromSums.netted[i].partyA == settled.netted[i].partyA);
    CHECK(fromSums.netted[i].partyB == settled.netted[i].partyB);
    CHECK(fromSums.netted[i].aToB == settled.netted[i].aToB);
    CHECK(fromSums.netted[i].bToA == settled.netted[i].bToA);
  }
  REQUIRE(fromSums.gross.size() == settled.gross.size());
  for (std::size_t i = 0; i < settled.gross.size(); ++i) {
    CHECK(fromSums.gross[i].payer == settled.gross[i].payer);
    CHECK(fromSums.gross[i].payee == settled.gross[i].payee);
    CHECK(fromSums.gross[i].totals == settled.gross[i].totals);
  }
}

TEST_CASE("every line of a pair is counted, the payee's own part too, but totals only what is invoiced",
          "[recharge][sums]") {
  const Schedule s = mixedSchedule();
  const ScheduleSums sums = sumsOf(s.lines);
  CHECK(sums.linesOf("BCCG", "BNES") == 12 + 4);  // RA-1 monthly, and BCCG's part of CS-1 quarterly
  CHECK(sums.linesOf("BNES", "BCCG") == 7 + 12);  // RA-2 from September, RA-3 the whole year
  CHECK(sums.linesOf("BNES", "BNES") == 4);        // the payee's own part: shown, never invoiced
  CHECK(sums.linesOf("AWP", "BCCG") == 0);
  for (const auto& pair : sums.byPair()) CHECK(pair.payer != pair.payee);
  Pence ownPart{0};
  for (const auto& line : s.lines)
    if (!line.invoiced) ownPart += line.total;
  CHECK(ownPart > Pence(0));
  Pence invoiced{0};
  for (const auto& line : s.lines)
    if (line.invoiced) invoiced += line.total;
  CHECK(sums.total().total == invoiced);
}
