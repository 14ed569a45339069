// Recharges through the register: agreements saved through RecordService,
// the NI table seeded by schema 5, and the schedule of a year, on SQLite and
// PostgreSQL. The worked examples of docs/domain.md to the penny.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "domain/RechargeCatalog.h"
#include "domain/RechargePhasing.h"
#include "recharge/LargestRemainder.h"
#include "recharge/Netting.h"
#include "recharge/RechargeEnums.h"
#include "recharge/ScheduleSums.h"
#include "recharge/Totals.h"
#include "services/Demo.h"
#include "services/Exchange.h"
#include "services/RechargeService.h"
#include "services/RechargeTables.h"
#include "services/RecordService.h"
#include "storage/AuditStore.h"
#include "storage/VersionStore.h"
#include "support/TestRegister.h"
#include "support/TextRecords.h"

using namespace s113;
namespace fs = std::filesystem;

namespace {

// Partners, a person and a contract on £117,311 (the worked example's salary).
void addBasics(RecordService& s) {
  s.save(test::textEdit(partnerDef(), "BNES",
                        {{"name", "B&NES Council"}, {"kind", "council"}, {"nation", "england"}}, 0,
                        Date(2009, 4, 1)));
  s.save(test::textEdit(partnerDef(), "BCCG",
                        {{"name", "B&NES CCG"}, {"kind", "nhs"}, {"nation", "england"}}, 0,
                        Date(2009, 4, 1)));
  s.save(test::textEdit(personDef(), "P-1", {{"name", "Ashley Morgan"}}, 0, Date(2010, 9, 1)));
  s.save(test::textEdit(contractDef(), "C-1",
                        {{"person", "P-1"},
                         {"employer", "BNES"},
                         {"fte", "1"},
                         {"annual_salary", "117311.00"},
                         {"pay_framework", "JNC"},
                         {"pension_scheme", "LGPS"},
                         {"start_date", "2010-09-01"}},
                        0, Date(2010, 9, 1)));
}

Record agreement(Record specific) {
  Record r{{"payer", "BCCG"},
           {"payee", "BNES"},
           {"covers_kind", "contract"},
           {"covers_ref", "C-1"},
           {"description", "test"},
           {"basis", "actual_cost"},
           {"share", "100"},
           {"on_costs", "none"},
           {"part_period", "calendar_day"},
           {"frequency", "monthly"},
           {"vat", "outside_scope"},
           {"vat_confirmed", "true"},
           {"netting_allowed", "true"},
           {"start_date", "2013-04-01"}};
  for (auto& [k, v] : specific) r[k] = v;
  return r;
}

int save(Register& reg, const std::string& key, Record fields, Date validFrom = Date(2009, 4, 1)) {
  return RecordService(reg).save(
      test::textEdit(rechargeAgreementDef(), key, std::move(fields), 0, validFrom));
}

std::vector<ScheduleLine> linesOf(const Schedule& s, const std::string& key) {
  std::vector<ScheduleLine> out;
  for (const auto& l : s.lines)
    if (l.agreementKey == key) out.push_back(l);
  return out;
}

// The first error of a refused edit as "record | field | reason".
std::string refusal(const std::function<void()>& edit) {
  try {
    edit();
  } catch (const ValidationErrors& e) {
    const auto& f = e.errors().front();
    return f.record() + " | " + f.field() + " | " + f.reason();
  }
  return "accepted";
}

template <typename E>
std::vector<std::string> spellingsOf() {
  std::vector<std::string> list;
  for (const auto& s : spellings<E>()) list.push_back(s.text);
  return list;
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("the recharge entity spells its choices as the engine does", "[services][recharge]") {
  const EntityDef& def = rechargeAgreementDef();
  CHECK(def.field("basis")->allowed == spellingsOf<RechargeBasis>());
  CHECK(def.field("on_costs")->allowed == spellingsOf<OnCostKind>());
  CHECK(def.field("part_period")->allowed == spellingsOf<PartPeriodMethod>());
  CHECK(def.field("frequency")->allowed == spellingsOf<InvoiceFrequency>());
  CHECK(def.field("vat")->allowed == spellingsOf<VatTreatment>());
  CHECK(findEntity("recharge_agreement") == &def);
  CHECK(findEntity("ni_rate") == &niRateDef());
}

TEST_CASE("phasing cells parse, refuse nonsense and spell one way", "[services][recharge]") {
  auto rows = parsePhasing(" 2009/10:95000 ; 2010/11:38750.00;2011/12:38750.00");
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].year == FinancialYear(2009));
  CHECK(rows[0].amount == Pence(9500000));
  CHECK(formatPhasing(rows) == "2009/10:95000.00;2010/11:38750.00;2011/12:38750.00");
  CHECK_THROWS_WITH(parsePhasing("2009/10:95000;"), Catch::Contains("phasing row 2 is empty"));
  CHECK_THROWS_WITH(parsePhasing("2009/10=95000"), Catch::Contains("has no ':'"));
  CHECK_THROWS_WITH(parsePhasing("2009/11:1"), Catch::Contains("phasing row 1"));
  CHECK_THROWS_WITH(parsePhasing("2009/10:1.234"), Catch::Contains("phasing row 1"));
}

TEST_CASE("schema 5 seeds the employer NI table of docs/domain.md", "[services][recharge][ni]") {
  test::TestRegister t;
  const NiRateTable table = niRatesOf(t.reg());
  const NiRateTable known = defaultNiRates();
  for (const auto& row : known.rows()) {  // 2013/14, 2024/25, 2025/26 exactly as docs/domain.md
    const NiRate* seeded = table.at(row.validFrom);
    REQUIRE(seeded != nullptr);
    CHECK(seeded->validFrom == row.validFrom);
    CHECK(seeded->rateBp == row.rateBp);
    CHECK(seeded->secondaryThresholdAnnual == row.secondaryThresholdAnnual);
  }
  // 1-5 April 2013 (the start of 2013/14) fall under 2012/13's row.
  REQUIRE(table.at(Date(2013, 4, 1)) != nullptr);
  CHECK(table.at(Date(2013, 4, 1))->secondaryThresholdAnnual == Pence(748800));
  // The 2022/23 Health and Social Care Levy: 15.05% until 5 November 2022.
  CHECK(table.at(Date(2022, 11, 5))->rateBp == BasisPoints(1505));
  CHECK(table.at(Date(2022, 11, 6))->rateBp == BasisPoints(1380));
  CHECK(table.at(Date(2025, 3, 31))->secondaryThresholdAnnual == Pence(910000));
}

TEST_CASE("demo: the worked examples to the penny", "[services][recharge][worked]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());

  SECTION(
      "B&NES 2009: £345,000 shared equally; the council's £172,500 phased 95,000 / 38,750 / "
      "38,750") {
    CHECK(splitByLargestRemainder(Pence(34500000), {1, 1}) == std::vector<Pence>{Pence(17250000), Pence(17250000)});
    auto stored = VersionStore(t.reg(), rechargeAgreementDef()).latest("RA-BNES-2009");
    REQUIRE(stored.has_value());
    CHECK(test::text(rechargeAgreementDef(), stored->fields, "fixed_total") == "172500.00");
    Pence overall{0};
    for (auto [year, expected] :
         {std::pair<int, Pence>{2009, Pence(9500000)}, {2010, Pence(3875000)}, {2011, Pence(3875000)}}) {
      const auto lines = linesOf(rechargeSchedule(t.reg(), FinancialYear(year)), "RA-BNES-2009");
      REQUIRE(lines.size() == 4);  // quarterly
      CHECK(totalOf(lines).total == expected);
      overall += totalOf(lines).total;
    }
    CHECK(overall == Pence(17250000));
    CHECK(linesOf(rechargeSchedule(t.reg(), FinancialYear(2012)), "RA-BNES-2009").empty());
  }

  SECTION("Stockport: £173,596 shared 50/50 is £86,798 a year, from the contract's salary") {
    for (int year : {2010, 2013, 2023}) {
      const auto lines = linesOf(rechargeSchedule(t.reg(), FinancialYear(year)), "RA-SK-001");
      REQUIRE(lines.size() == 1);
      CHECK(lines[0].payer == "SPCT");
      CHECK(lines[0].payee == "SMBC");
      CHECK(lines[0].pay == Pence(8679800));
      CHECK(lines[0].total == Pence(8679800));
    }
    // 2009/10 from 1 November 2009: 151 of 365 days.
    const auto first = linesOf(rechargeSchedule(t.reg(), FinancialYear(2009)), "RA-SK-001");
    REQUIRE(first.size() == 1);
    CHECK(first[0].daysActive == 151);
    CHECK(first[0].pay == Pence(3590821));  // 86,798 x 151 / 365 = 35,908.21
  }

  SECTION("the CCG's agreed fixed fee for the officer's 2 days") {
    const auto lines = linesOf(rechargeSchedule(t.reg(), FinancialYear(2013)), "RA-BN-001-FEE");
    REQUIRE(lines.size() == 1);  // invoiced once a year
    CHECK(lines[0].pay == Pence(4500000));
  }

  SECTION(
      "2013/14: itemised on-costs, standard VAT per line, part year, every total from its lines") {
    const Schedule s = rechargeSchedule(t.reg(), FinancialYear(2013));
    const auto adults = linesOf(s, "RA-2013-ADULTS");
    REQUIRE(adults.size() == 4);
    for (const auto& l : adults) {
      CHECK(l.onCostItems.employerNi > Pence(0));
      CHECK(l.onCostItems.pension > Pence(0));
      CHECK(l.onCostItems.apprenticeshipLevy == Pence(0));
      CHECK(l.vat == applyShare(l.net, BasisPoints(2000)));
      CHECK(l.total == l.net + l.vat);
    }
    const auto subst = linesOf(s, "RA-2013-SUBST");
    REQUIRE(subst.size() == 7);  // September to March
    CHECK(subst[0].active.first == Date(2013, 9, 2));
    CHECK(subst[0].daysActive == 29);
    CHECK(subst[0].onCostItems.flat == applyShare(subst[0].pay, BasisPoints(2800)));
    Totals byPair;
    for (const auto& p : totalsByPair(s.lines)) byPair += p.totals;
    CHECK(byPair == totalOf(s.lines));
  }
}

TEST_CASE("3/5 of £117,311 = £70,386.60 from the contract, and a part period across 29 February",
          "[services][recharge][worked]") {
  test::TestRegister t;
  RecordService service(t.reg());
  addBasics(service);
  save(t.reg(), "RA-3-5",
       agreement({{"cost_contract", "C-1"}, {"share", "60"}, {"frequency", "annual"}}));
  save(t.reg(), "RA-LEAP",
       agreement({{"covers_kind", "other"},
                  {"covers_ref", ""},
                  {"annual_cost", "60000"},
                  {"start_date", "2024-02-20"},
                  {"end_date", "2024-03-10"}}));
  save(t.reg(), "RA-APRIL",
       agreement({{"covers_kind", "other"},
                  {"covers_ref", ""},
                  {"annual_cost", "60000"},
                  {"start_date", "2023-04-15"},
                  {"end_date", "2023-04-30"}}));

  const auto fiveths = linesOf(rechargeSchedule(t.reg(), FinancialYear(2014)), "RA-3-5");
  REQUIRE(fiveths.size() == 1);
  CHECK(fiveths[0].pay == Pence(7038660));
  CHECK(formatMoney(fiveths[0].total) == "70386.60");

  const Schedule leapYear = rechargeSchedule(t.reg(), FinancialYear(2023));  // 2023/24: 366 days
  const auto leap = linesOf(leapYear, "RA-LEAP");
  REQUIRE(leap.size() == 2);
  CHECK(leap[0].active.last == Date(2024, 2, 29));
  CHECK(leap[0].daysActive == 10);  // 20-29 February, 29th included
  CHECK(leap[1].daysActive == 10);  // 1-10 March
  CHECK(leap[0].pay == Pence(163934));     // 60,000 x 10 / 366 = 1,639.34
  // The stretch, 60,000 x 20 / 366 = 3,278.69, less February's 1,639.34.
  CHECK(leap[1].pay == Pence(163935));
  const auto april = linesOf(leapYear, "RA-APRIL");
  REQUIRE(april.size() == 1);
  CHECK(april[0].pay == Pence(262295));  // docs/domain.md: 60,000 x 16 / 366 = £2,622.95
}

TEST_CASE("a salary change on the cost contract becomes a pay change mid-year",
          "[services][recharge]") {
  test::TestRegister t;
  RecordService service(t.reg());
  addBasics(service);
  save(t.reg(), "RA-1", agreement({{"cost_contract", "C-1"}, {"frequency", "annual"}}));
  auto contract = VersionStore(t.reg(), contractDef()).latest("C-1");
  Record raised = test::text(contractDef(), contract->fields);
  raised["annual_salary"] = "120000.00";
  service.save(test::textEdit(contractDef(), "C-1", raised, contract->version, Date(2013, 10, 1)));
  const auto terms = rechargeAgreementsOf(t.reg());
  REQUIRE(terms.size() == 1);
  CHECK(terms[0].annualPay == Pence(11731100));
  REQUIRE(terms[0].payChanges.size() == 1);
  CHECK(terms[0].payChanges[0].from == Date(2013, 10, 1));
  const auto lines = linesOf(rechargeSchedule(t.reg(), FinancialYear(2013)), "RA-1");
  REQUIRE(lines.size() == 1);
  // 117,311 x 183/365 + 120,000 x 182/365 = 58,816.20 + 59,835.6164, rounded once.
  CHECK(lines[0].pay == Pence(11865182));
  // As at 30 September 2013 the raise had not taken effect.
  CHECK(linesOf(rechargeSchedule(t.reg(), FinancialYear(2013), Date(2013, 9, 30)), "RA-1")[0].pay ==
        Pence(11731100));
}

TEST_CASE("employer NI changes mid-year (6 November 2022) split the month",
          "[services][recharge][ni]") {
  test::TestRegister t;
  RecordService service(t.reg());
  addBasics(service);
  save(t.reg(), "RA-NI",
       agreement({{"cost_contract", "C-1"},
                  {"on_costs", "itemised"},
                  {"pension_rate", "0"},
                  {"levy_rate", "0"},
                  {"start_date", "2022-04-01"}}));
  const Schedule s = rechargeSchedule(t.reg(), FinancialYear(2022));
  REQUIRE(s.lines.size() == 12);
  const ScheduleLine &october = s.lines[6], &november = s.lines[7], &december = s.lines[8];
  CHECK(october.pay == december.pay);  // 31 days each
  CHECK(october.onCostItems.employerNi > december.onCostItems.employerNi);
  CHECK(november.onCostItems.employerNi < october.onCostItems.employerNi);
  // The engine with the same table gives the same lines.
  const Schedule engine =
      schedule(rechargeAgreementsOf(t.reg()), FinancialYear(2022), niRatesOf(t.reg()));
  for (std::size_t i = 0; i < s.lines.size(); ++i) CHECK(s.lines[i].total == engine.lines[i].total);
}

TEST_CASE("the net settlement from the register equals the engine's on the same terms",
          "[services][recharge][netting]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  const FinancialYear year(2013);
  const Schedule fromRegister = rechargeSchedule(t.reg(), year);

  // The demo's 2013/14 agreements written out by hand for the engine.
  auto terms = [](const char* key, const char* payer, const char* payee, Pence annual,
                  BasisPoints share) {
    RechargeTerms r;
    r.key = key;
    r.payer = payer;
    r.payee = payee;
    r.basis = RechargeBasis::ActualCost;
    r.annualPay = annual;
    r.shareBp = share;
    r.start = Date(2013, 4, 1);
    r.nettingAllowed = true;
    return r;
  };
  RechargeTerms mh = terms("RA-2013-MH", "BNES", "BCCG", Pence(5869800), BasisPoints(4000));
  mh.onCosts = OnCosts::itemised(BasisPoints(1400), BasisPoints(0));
  RechargeTerms adults = terms("RA-2013-ADULTS", "BCCG", "BNES", Pence(7250000), BasisPoints(4000));
  adults.onCosts = OnCosts::itemised(BasisPoints(1340), BasisPoints(0));
  adults.frequency = InvoiceFrequency::Quarterly;
  adults.vat = VatTreatment::Standard;
  RechargeTerms fee = terms("RA-BN-001-FEE", "BCCG", "BNES", Pence(0), BasisPoints(4000));
  fee.basis = RechargeBasis::FixedAnnual;
  fee.fixedAnnual = Pence(4500000);
  fee.frequency = InvoiceFrequency::Annual;
  RechargeTerms subst = terms("RA-2013-SUBST", "BCCG", "BNES", Pence(3950000), BasisPoints(2000));
  subst.onCosts = OnCosts::flat(BasisPoints(2800));
  subst.start = Date(2013, 9, 2);
  subst.nettingAllowed = false;
  RechargeTerms cex = terms("RA-SK-001", "SPCT", "SMBC", Pence(17359600), BasisPoints(5000));
  cex.frequency = InvoiceFrequency::Annual;
  cex.start = Date(2009, 11, 1);
  cex.nettingAllowed = false;
  const NiRateTable rates({{Date(2012, 4, 6), BasisPoints(1380), Pence(748800)}, {Date(2013, 4, 6), BasisPoints(1380), Pence(769600)}});
  const Schedule engine = schedule({mh, adults, fee, subst, cex}, year, rates);

  const Settlement a = settle(fromRegister.lines), b = settle(engine.lines);
  REQUIRE(a.netted.size() == 1);
  REQUIRE(b.netted.size() == 1);
  CHECK(a.netted[0].partyA == "BCCG");
  CHECK(a.netted[0].partyB == "BNES");
  CHECK(a.netted[0].aToB == b.netted[0].aToB);
  CHECK(a.netted[0].bToA == b.netted[0].bToA);
  CHECK(a.netted[0].net() == b.netted[0].net());
  CHECK(a.netted[0].net() == netBetween(engine.lines, "BCCG", "BNES"));
  REQUIRE(a.gross.size() == b.gross.size());
  for (std::size_t i = 0; i < a.gross.size(); ++i) CHECK(a.gross[i].totals == b.gross[i].totals);
  // VAT per line: the netted VAT is the sum of the lines' VAT, not 20% of the net.
  Pence lineVat{0};
  for (const auto& l : fromRegister.lines)
    if (l.nettingAllowed && l.payer == "BCCG") lineVat += l.vat;
  CHECK(a.netted[0].aToB.vat == lineVat);

  const Table net = scheduleNetTable(fromRegister);
  REQUIRE(net.rows.size() == 1 + a.gross.size());
  CHECK(net.rows[0][0].text == "netted");
  CHECK(net.columns == std::vector<std::string>{"settlement", "payer", "payee", "amount",
                                                "payer_to_payee", "payee_to_payer"});
  // The payer first: whoever owes the difference.
  const bool bccgPays = a.netted[0].net() >= Pence(0);
  CHECK(net.rows[0][1].text == (bccgPays ? "BCCG" : "BNES"));
  CHECK(net.rows[0][3].value == abs(a.netted[0].net()).value());
  CHECK(net.rows[0][4].value - net.rows[0][5].value == net.rows[0][3].value);
}

TEST_CASE("refused agreements name the record and field, and nothing is written",
          "[services][recharge]") {
  test::TestRegister t;
  RecordService service(t.reg());
  addBasics(service);
  const std::size_t auditBefore = AuditStore(t.reg()).list(boost::none).size();
  auto attempt = [&](Record fields) {
    return refusal([&] { save(t.reg(), "RA-X", std::move(fields)); });
  };
  const Record phased{{"basis", "fixed_total"},
                      {"covers_kind", "other"},
                      {"covers_ref", ""},
                      {"fixed_total", "172500"},
                      {"start_date", "2009-04-01"},
                      {"end_date", "2012-03-31"},
                      {"phasing", "2009/10:95000;2010/11:38750;2011/12:38000"}};

  CHECK(
      attempt(agreement(phased)) ==
      "recharge_agreement RA-X | phasing | years sum to 171750.00, not the fixed total 172500.00");
  Record outside = phased;
  outside["phasing"] = "2009/10:95000;2010/11:38750;2012/13:38750";
  CHECK_THAT(attempt(agreement(outside)),
             Catch::Contains("phasing | 2012/13 is outside the agreement's dates"));
  CHECK_THAT(attempt(agreement({{"annual_cost", "1000"}, {"payer", "BNES"}})),
             Catch::Contains("recharge_agreement RA-X | payee | must differ from the payer"));
  CHECK(attempt(agreement({{"annual_cost", "1000"}, {"payer", "NOPE"}})) ==
        "recharge_agreement RA-X | payer | there is no Partner 'NOPE'");
  CHECK(attempt(agreement({{"annual_cost", "1000"}, {"share", "0"}})) ==
        "recharge_agreement RA-X | share | must be over 0% and at most 100%");
  CHECK(attempt(agreement(
            {{"annual_cost", "1000"}, {"covers_kind", "post"}, {"covers_ref", "BN-999"}})) ==
        "recharge_agreement RA-X | covers_ref | there is no Post 'BN-999'");
  CHECK_THAT(attempt(agreement({})),
             Catch::Contains("annual_cost | an actual_cost agreement needs"));
  CHECK_THAT(attempt(agreement({{"basis", "fixed_annual"},
                                {"fixed_annual", "45000"},
                                {"on_costs", "flat"},
                                {"on_cost_rate", "28"}})),
             Catch::Contains("on_costs | apply to actual_cost only"));
  CHECK_THAT(attempt(agreement({{"annual_cost", "1000"}, {"on_costs", "itemised"}})),
             Catch::Contains("pension_rate | is required for itemised on-costs"));

  CHECK(VersionStore(t.reg(), rechargeAgreementDef()).countLive() == 0);
  CHECK_FALSE(VersionStore(t.reg(), rechargeAgreementDef()).latest("RA-X").has_value());
  CHECK(AuditStore(t.reg()).list(boost::none).size() == auditBefore);
}

TEST_CASE("itemised on-costs on a day without an NI row are refused by the schedule",
          "[services][recharge][ni]") {
  test::TestRegister t;
  RecordService service(t.reg());
  addBasics(service);
  save(t.reg(), "RA-OLD",
       agreement({{"annual_cost", "30000"},
                  {"on_costs", "itemised"},
                  {"pension_rate", "10"},
                  {"start_date", "2010-04-01"}}));
  try {
    rechargeSchedule(t.reg(), FinancialYear(2010));
    FAIL("accepted");
  } catch (const ValidationError& e) {
    CHECK(e.record() == "recharge_agreement RA-OLD");
    CHECK(e.field() == "on_costs");
  }
  std::size_t visited = 0;
  try {
    forEachScheduleLine(t.reg(), FinancialYear(2010), boost::none, [&](const ScheduleLine&) { ++visited; });
    FAIL("accepted");
  } catch (const ValidationError& e) {
    CHECK(e.record() == "recharge_agreement RA-OLD");
    CHECK(e.field() == "on_costs");
  }
  CHECK(visited == 0);
}

TEST_CASE("recharge files survive export -> import -> export unchanged",
          "[services][recharge][exchange]") {
  test::TestRegister source;
  buildDemoRegister(source.reg());
  const fs::path first = test::tempPath("-rch1"), second = test::tempPath("-rch2");
  exportFolder(source.reg(), first.string());
  test::TestRegister copy;
  importFolder(copy.reg(), first.string());
  exportFolder(copy.reg(), second.string());
  for (const char* file : {"ni_rates.csv", "recharge_agreements.csv"}) {
    INFO(file);
    CHECK(slurp(first / file) == slurp(second / file));
  }
  const std::string agreements = slurp(first / "recharge_agreements.csv");
  CHECK_THAT(agreements,
             Catch::StartsWith("ref,payer,payee,covers_kind,covers_ref,description,basis,"));
  CHECK_THAT(agreements, Catch::Contains("2009/10:95000.00;2010/11:38750.00;2011/12:38750.00"));
  CHECK_THAT(slurp(first / "ni_rates.csv"), Catch::Contains("2013-04-06,13.8,7696.00,"));
  CHECK(VersionStore(copy.reg(), rechargeAgreementDef()).countLive() == 6);
  const Schedule a = rechargeSchedule(source.reg(), FinancialYear(2013));
  const Schedule b = rechargeSchedule(copy.reg(), FinancialYear(2013));
  CHECK(totalOf(a.lines) == totalOf(b.lines));
  fs::remove_all(first);
  fs::remove_all(second);
}

TEST_CASE("schedule tables: columns, money in pence, pairs add up to the lines",
          "[services][recharge]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  const Schedule s = rechargeSchedule(t.reg(), FinancialYear(2013));
  const Table lines = scheduleLinesTable(s);
  REQUIRE(lines.rows.size() == s.lines.size());
  CHECK(lines.columns.front() == "agreement");
  CHECK(lines.columns.back() == "cause");
  for (const auto& row : lines.rows) CHECK(row.size() == lines.columns.size());
  const Table pairs = schedulePairsTable(s);
  Pence sum{0};
  long long count = 0;
  for (const auto& row : pairs.rows) {
    sum += Pence(row[7].value);
    count += row[2].value;
  }
  CHECK(sum == totalOf(s.lines).total);
  CHECK(count == static_cast<long long>(s.lines.size()));
}

TEST_CASE("the schedule's lines one at a time are its lines, in order, now and as at a date",
          "[services][recharge]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  for (const OptionalDate& asAt : {OptionalDate(), OptionalDate(Date(2013, 10, 1)), OptionalDate(Date(2009, 1, 1))}) {
    const Schedule whole = rechargeSchedule(t.reg(), FinancialYear(2013), asAt);
    std::vector<ScheduleLine> streamed;
    forEachScheduleLine(t.reg(), FinancialYear(2013), asAt, [&](const ScheduleLine& l) { streamed.push_back(l); });
    REQUIRE(streamed.size() == whole.lines.size());
    for (std::size_t i = 0; i < streamed.size(); ++i) {
      CHECK(streamed[i].agreementKey == whole.lines[i].agreementKey);
      CHECK(streamed[i].payer == whole.lines[i].payer);
      CHECK(streamed[i].period.first == whole.lines[i].period.first);
      CHECK(streamed[i].total == whole.lines[i].total);
    }
    const ScheduleSums sums = sumsOf(streamed);
    CHECK(sums.total() == totalOf(whole.lines));
  }
}
