// Properties over a few hundred generated agreements (fixed seed, so a
// failure reproduces): every total reconciles to its lines, netting is
// antisymmetric, a year is the sum of its periods, valid input never gives a
// negative figure, and largest-remainder parts always sum to their total.
#include <catch2/catch.hpp>
#include <map>
#include <random>

#include "TermsFixtures.h"
#include "domain/Errors.h"
#include "recharge/InvoicingPeriods.h"
#include "recharge/LargestRemainder.h"
#include "recharge/Netting.h"
#include "recharge/ParallelLines.h"
#include "recharge/PartPeriod.h"
#include "recharge/Schedule.h"
#include "recharge/Totals.h"

using namespace s113;
using namespace s113::testing;

namespace {

const std::vector<std::string> kPartners = {"BNES", "BCCG", "AWP", "SIRONA"};

class AgreementGenerator {
 public:
  explicit AgreementGenerator(unsigned seed) : rng_(seed) {}

  RechargeTerms next(int index) {
    RechargeTerms t;
    t.key = "RA-" + std::to_string(index);
    const std::size_t payer = pick(kPartners.size());
    std::size_t payee = pick(kPartners.size() - 1);
    if (payee >= payer) ++payee;
    t.payer = kPartners[payer];
    t.payee = kPartners[payee];
    t.covers = "generated";
    t.start = Date(2022, 1, 1) + boost::gregorian::days(between(0, 5 * 365));
    if (between(0, 1)) t.end = t.start + boost::gregorian::days(between(0, 900));
    t.shareBp = BasisPoints(static_cast<std::int32_t>(between(1, kWholeShare.value())));
    t.partPeriod = static_cast<PartPeriodMethod>(between(0, 2));
    t.frequency = static_cast<InvoiceFrequency>(between(0, 2));
    t.vat = static_cast<VatTreatment>(between(0, 2));
    t.vatConfirmed = between(0, 1);
    t.nettingAllowed = between(0, 3) != 0;
    t.basis = static_cast<RechargeBasis>(between(0, 2));
    switch (t.basis) {
      case RechargeBasis::ActualCost:
        t.annualPay = Pence(between(0, 25000000));
        for (int i = between(0, 2); i > 0; --i)
          t.payChanges.push_back(
              {t.start + boost::gregorian::days(between(1, 700)), Pence(between(0, 25000000))});
        t.onCosts = randomOnCosts();
        break;
      case RechargeBasis::FixedAnnual:
        t.fixedAnnual = Pence(between(0, 10000000));
        break;
      case RechargeBasis::FixedTotal: {
        const int firstYear = FinancialYear::containing(t.start).startYear();
        const int lastYear =
            t.end ? FinancialYear::containing(*t.end).startYear() : firstYear + between(0, 2);
        for (int y = firstYear; y <= lastYear; ++y) {
          t.phasing.push_back({FinancialYear(y), Pence(between(0, 30000000))});
          t.fixedTotal += t.phasing.back().amount;
        }
        break;
      }
    }
    // Two pay changes on one date would be refused; keep the generator valid.
    if (t.payChanges.size() == 2 && t.payChanges[0].from == t.payChanges[1].from)
      t.payChanges.pop_back();
    return t;
  }

  std::int64_t between(std::int64_t lo, std::int64_t hi) {
    return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng_);
  }

 private:
  std::size_t pick(std::size_t n) { return static_cast<std::size_t>(between(0, n - 1)); }

  OnCosts randomOnCosts() {
    switch (between(0, 2)) {
      case 0:
        return OnCosts::none();
      case 1:
        return OnCosts::flat(static_cast<BasisPoints>(between(0, 4000)));
      default:
        return OnCosts::itemised(static_cast<BasisPoints>(between(0, 3000)),
                                 static_cast<BasisPoints>(between(0, 100)));
    }
  }

  std::mt19937 rng_;
};

std::vector<RechargeTerms> generatedAgreements(int count) {
  AgreementGenerator gen(20240401u);
  std::vector<RechargeTerms> all;
  for (int i = 0; i < count; ++i) all.push_back(gen.next(i));
  return all;
}

}  // namespace

TEST_CASE("generated agreements are valid", "[recharge][property]") {
  for (const auto& t : generatedAgreements(300)) REQUIRE_NOTHROW(validate(t));
}

TEST_CASE("schedule invariants over generated agreements", "[recharge][property]") {
  const auto agreements = generatedAgreements(300);
  const NiRateTable ni = defaultNiRates();
  for (int y = 2021; y <= 2028; ++y) {
    const FinancialYear year(y);
    const Schedule s = schedule(agreements, year, ni);
    INFO("financial year " << year.label());

    // Each line adds up and nothing is negative.
    for (const auto& line : s.lines) {
      INFO("agreement " << line.agreementKey);
      CHECK(line.pay >= Pence(0));
      CHECK(line.onCostItems.employerNi >= Pence(0));
      CHECK(line.onCostItems.pension >= Pence(0));
      CHECK(line.onCostItems.apprenticeshipLevy >= Pence(0));
      CHECK(line.onCostItems.flat >= Pence(0));
      CHECK(line.vat >= Pence(0));
      CHECK(line.onCosts == line.onCostItems.total());
      CHECK(line.net == line.pay + line.onCosts);
      CHECK(line.vat == vatOn(line.net, line.vatTreatment));
      CHECK(line.total == line.net + line.vat);
      CHECK(line.daysActive == line.active.days());
      CHECK(line.period.contains(line.active.first));
      CHECK(line.period.contains(line.active.last));
    }

    // Pair totals are the sums of their lines, and cover every line.
    const auto pairs = totalsByPair(s.lines);
    Totals pairSum;
    for (const auto& pair : pairs) {
      Totals expected;
      for (const auto& line : s.lines)
        if (line.payer == pair.payer && line.payee == pair.payee) expected.add(line);
      CHECK(pair.totals == expected);
      pairSum += pair.totals;
    }
    const Totals yearTotal = totalOf(s.lines);
    CHECK(pairSum == yearTotal);

    // The year is the sum of its periods.
    Totals periodSum;
    for (const auto& p : totalsByPeriod(s.lines)) periodSum += p.totals;
    CHECK(periodSum == yearTotal);

    // Netting is antisymmetric and agrees with settle().
    for (const auto& a : kPartners)
      for (const auto& b : kPartners)
        CHECK(netBetween(s.lines, a, b) == -netBetween(s.lines, b, a));
    const Settlement settlement = settle(s.lines);
    Totals settled;
    for (const auto& n : settlement.netted) {
      CHECK(n.partyA < n.partyB);
      CHECK(n.net() == netBetween(s.lines, n.partyA, n.partyB));
      settled += n.aToB;
      settled += n.bToA;
    }
    for (const auto& g : settlement.gross) settled += g.totals;
    CHECK(settled == yearTotal);  // every line settled once, netted or gross

    // A fixed total's year is exactly its phased amount; whole-year agreements
    // are within a penny a line of their exact annual figure.
    std::map<std::string, std::pair<Pence, long>> byAgreement;
    for (const auto& line : s.lines) {
      byAgreement[line.agreementKey].first += line.pay;
      byAgreement[line.agreementKey].second += 1;
    }
    for (const auto& t : agreements) {
      const auto found = byAgreement.find(t.key);
      if (t.basis == RechargeBasis::FixedTotal) {
        for (const auto& row : t.phasing)
          if (row.year == year) {
            REQUIRE(found != byAgreement.end());
            CHECK(found->second.first == row.amount);
          }
      }
      const bool wholeYear = t.start <= year.firstDay() && (!t.end || *t.end >= year.lastDay());
      if (wholeYear && t.basis != RechargeBasis::FixedTotal && t.payChanges.empty()) {
        REQUIRE(found != byAgreement.end());
        const Pence exact = t.basis == RechargeBasis::ActualCost
                                ? applyShare(t.annualPay, t.shareBp)
                                : t.fixedAnnual;
        CHECK(abs(found->second.first - exact) <= Pence(1) * found->second.second);  // a penny a line
      }
    }
  }
}

TEST_CASE("a schedule of many agreements is the union of their own schedules",
          "[recharge][property]") {
  const auto agreements = generatedAgreements(60);
  const FinancialYear year(2024);
  const Schedule all = schedule(agreements, year, defaultNiRates());
  std::size_t at = 0;
  for (const auto& t : agreements) {
    for (const auto& line : schedule({t}, year, defaultNiRates()).lines) {
      REQUIRE(at < all.lines.size());
      CHECK(all.lines[at].agreementKey == line.agreementKey);
      CHECK(all.lines[at].total == line.total);
      ++at;
    }
  }
  CHECK(at == all.lines.size());
}

TEST_CASE("part-period units of the invoicing periods add up to the year", "[recharge][property]") {
  for (int y = 2020; y <= 2030; ++y)
    for (auto m :
         {PartPeriodMethod::CalendarDay, PartPeriodMethod::Monthly, PartPeriodMethod::WorkingDay})
      for (auto f : {InvoiceFrequency::Monthly, InvoiceFrequency::Quarterly}) {
        std::int64_t units = 0;
        for (const auto& p : invoicingPeriods(f, FinancialYear(y))) units += unitsIn(m, p);
        CHECK(units == unitsPerYear(m, FinancialYear(y)));
      }
}

TEST_CASE("largest-remainder parts always sum to the total", "[recharge][property]") {
  AgreementGenerator gen(7u);
  for (int i = 0; i < 500; ++i) {
    const Pence total(gen.between(-100000000, 100000000));
    std::vector<std::int64_t> weights(static_cast<std::size_t>(gen.between(1, 12)));
    for (auto& w : weights) w = gen.between(0, 100000);
    weights[0] += 1;  // never all zero
    std::int64_t weightSum = 0;
    for (auto w : weights) weightSum += w;
    const auto parts = splitByLargestRemainder(total, weights);
    REQUIRE(parts.size() == weights.size());
    Pence sum{};
    for (std::size_t k = 0; k < parts.size(); ++k) {
      sum += parts[k];
      // Each part is its exact share rounded down or up, never further.
      const Pence floorShare(abs(total).value() * weights[k] / weightSum);
      CHECK(abs(parts[k]) >= floorShare);
      CHECK(abs(parts[k]) <= floorShare + Pence(1));
      if (total >= Pence(0)) CHECK(parts[k] >= Pence(0));
    }
    CHECK(sum == total);
  }
}

TEST_CASE("costed side by side, many agreements give the lines costed one by one, in order",
          "[recharge][property][parallel]") {
  const auto agreements = generatedAgreements(1500);  // several chunks of each task
  const NiRateTable ni = defaultNiRates();
  const FinancialYear year(2024);
  std::vector<ScheduleLine> oneByOne, together;
  for (const auto& t : agreements) forEachLineOf(t, year, ni, [&](ScheduleLine&& l) { oneByOne.push_back(l); });
  forEachLineOfAll(agreements, year, ni, [&](ScheduleLine&& l) { together.push_back(l); });
  REQUIRE(together.size() == oneByOne.size());
  REQUIRE(oneByOne.size() > 3000);
  for (std::size_t i = 0; i < oneByOne.size(); ++i) {
    INFO("line " << i);
    CHECK(together[i].agreementKey == oneByOne[i].agreementKey);
    CHECK(together[i].period.first == oneByOne[i].period.first);
    CHECK(together[i].pay == oneByOne[i].pay);
    CHECK(together[i].onCostItems.employerNi == oneByOne[i].onCostItems.employerNi);
    CHECK(together[i].total == oneByOne[i].total);
  }
}

TEST_CASE("an agreement that cannot be costed stops the lines before any later agreement's",
          "[recharge][property][parallel]") {
  std::vector<RechargeTerms> agreements;
  for (int i = 0; i < 1500; ++i) agreements.push_back(fixedAnnual("FA-" + std::to_string(i), Pence(120000), d(2024, 4, 1)));
  agreements[1000] = actualCost("AC-NI", Pence(3000000), d(2024, 4, 1));
  agreements[1000].onCosts = OnCosts::itemised(BasisPoints(1400), BasisPoints(50));
  const NiRateTable noRowUntil2030({{d(2030, 4, 1), BasisPoints(1380), Pence(910000)}});
  std::size_t laterLines = 0, lines = 0;
  CHECK_THROWS_AS(forEachLineOfAll(agreements, FinancialYear(2024), noRowUntil2030,
                                   [&](ScheduleLine&& l) {
                                     ++lines;
                                     if (l.agreementKey == "AC-NI" || std::stoi(l.agreementKey.substr(3)) > 1000)
                                       ++laterLines;
                                   }),
                  ValidationError);
  CHECK(laterLines == 0);
  CHECK(lines > 0);
}
