// docs/domain.md is the project's account of its rules. Its table of worked
// money examples is read here and every figure in it is computed again by the
// recharge engine, so the page and the code cannot drift apart.
#include <catch2/catch.hpp>

#include <fstream>
#include <functional>
#include <map>
#include <sstream>

#include "TermsFixtures.h"
#include "domain/Money.h"
#include "domain/RechargeParts.h"
#include "recharge/LargestRemainder.h"
#include "recharge/Schedule.h"
#include "recharge/Totals.h"

using namespace s113;
using namespace s113::testing;

namespace {

std::string domainDoc() {
  std::ifstream in(std::string(S113_SOURCE_DIR) + "/docs/domain.md");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The rows between the worked-examples markers: id -> figure as written.
std::map<std::string, std::string> documentedFigures(const std::string& doc) {
  const auto begin = doc.find("<!-- worked-examples");
  const auto end = doc.find("<!-- end worked-examples -->");
  REQUIRE(begin != std::string::npos);
  REQUIRE(end != std::string::npos);
  std::map<std::string, std::string> figures;
  std::istringstream rows(doc.substr(begin, end - begin));
  for (std::string row; std::getline(rows, row);) {
    if (row.rfind("| `", 0) != 0) continue;
    const auto idEnd = row.find('`', 3);
    const auto lastBar = row.rfind('|');
    const auto figureBar = row.rfind('|', lastBar - 1);
    std::string figure = row.substr(figureBar + 1, lastBar - figureBar - 1);
    figure = figure.substr(figure.find_first_not_of(' '));
    figure = figure.substr(0, figure.find_last_not_of(' ') + 1);
    figures[row.substr(3, idEnd - 3)] = figure;
  }
  return figures;
}

Pence councilHalf() { return splitByLargestRemainder(Pence(34500000), {5000, 5000})[0]; }

Pence laterYearOfPhasing() {
  const Pence rest = councilHalf() - Pence(9500000);  // £95,000 in 2009/10
  RechargeTerms t = fixedTotal("RA-BNES-2009", councilHalf(),
                               {{FinancialYear(2009), Pence(9500000)},
                                {FinancialYear(2010), splitByLargestRemainder(rest, {1, 1})[0]},
                                {FinancialYear(2011), splitByLargestRemainder(rest, {1, 1})[1]}},
                               d(2009, 4, 1), d(2012, 3, 31));
  return totalOf(schedule({t}, FinancialYear(2010), NiRateTable()).lines).total;
}

Pence sharedChiefExecutive() {
  RechargeTerms t = actualCost("RA-CEX", Pence(17359600), d(2013, 4, 1));
  t.shareBp = BasisPoints(5000);
  t.frequency = InvoiceFrequency::Annual;
  return totalOf(schedule({t}, FinancialYear(2013), NiRateTable()).lines).total;
}

Pence threeDaysOfFive() {
  RechargeTerms t = actualCost("RA-3-5", Pence(11731100), d(2023, 4, 1));
  t.shareBp = BasisPoints(6000);
  t.frequency = InvoiceFrequency::Annual;
  return totalOf(schedule({t}, FinancialYear(2024), NiRateTable()).lines).total;
}

Pence partPeriodApril2023() {
  RechargeTerms t = actualCost("RA-PART", Pence(6000000), d(2023, 4, 15), d(2023, 4, 30));
  return totalOf(schedule({t}, FinancialYear(2023), NiRateTable()).lines).total;
}

Pence fortyPercentQuarterly() {
  RechargeTerms t = actualCost("RA-40", Pence(5000000), d(2013, 4, 1));
  t.shareBp = BasisPoints(4000);
  t.frequency = InvoiceFrequency::Quarterly;
  return totalOf(schedule({t}, FinancialYear(2013), NiRateTable()).lines).total;
}

Pence fiftyPercentMonthly() {
  RechargeTerms t = actualCost("RA-50", Pence(7721000), d(2013, 4, 1));
  t.shareBp = BasisPoints(5000);
  return totalOf(schedule({t}, FinancialYear(2013), NiRateTable()).lines).total;
}

Pence employerNi2025() {
  RechargeTerms t = actualCost("RA-NI", Pence(2500000), d(2025, 4, 1));
  t.onCosts = OnCosts::itemised(BasisPoints(0), BasisPoints(0));  // employer NI only
  Pence ni{};
  for (const auto& line : schedule({t}, FinancialYear(2025), defaultNiRates()).lines)
    ni += line.onCostItems.employerNi;
  return ni;
}

// A cost incurred by BNES and shared by the partners in `parts`.
Schedule sharedCost(Pence annual, const std::string& parts, int year) {
  RechargeTerms t = fixedAnnual("CS", annual, d(year, 4, 1));
  t.payer.clear();
  t.payee = "BNES";
  for (const auto& row : parseParts(parts)) t.parts.push_back({row.partner, row.weight});
  t.partsArePercentages = false;
  t.frequency = InvoiceFrequency::Annual;
  return schedule({t}, FinancialYear(year), NiRateTable());
}

Pence threeWayFirstPart() { return sharedCost(Pence(10000), "BNES:1;BCCG:1;WCCG:1", 2024).lines.at(0).pay; }

Pence threeWayWhole() {
  Pence sum{};
  for (const auto& line : sharedCost(Pence(10000), "BNES:1;BCCG:1;WCCG:1", 2024).lines) sum += line.pay;
  return sum;
}

Pence headcountCouncilPart() { return sharedCost(Pence(6220000), "BNES:512;BCCG:110", 2024).lines.at(0).pay; }

const std::map<std::string, std::function<Pence()>>& computations() {
  static const std::map<std::string, std::function<Pence()>> all = {
      {"joint-management-halves", councilHalf},
      {"joint-management-phasing", laterYearOfPhasing},
      {"shared-chief-executive", sharedChiefExecutive},
      {"three-days-of-five", threeDaysOfFive},
      {"part-period-april-2023", partPeriodApril2023},
      {"forty-percent-quarterly", fortyPercentQuarterly},
      {"fifty-percent-monthly", fiftyPercentMonthly},
      {"employer-ni-pay-day", employerNi2025},
      {"three-way-first-part", threeWayFirstPart},
      {"three-way-whole", threeWayWhole},
      {"headcount-ratio", headcountCouncilPart},
  };
  return all;
}

}  // namespace

TEST_CASE("every worked example in docs/domain.md is what the engine computes", "[recharge][worked][doc]") {
  const auto figures = documentedFigures(domainDoc());
  REQUIRE(figures.size() == computations().size());
  for (const auto& [id, compute] : computations()) {
    INFO(id);
    REQUIRE(figures.count(id) == 1);
    CHECK(formatMoneyDisplay(compute()) == figures.at(id));
  }
}
