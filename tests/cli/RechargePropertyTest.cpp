// Properties of the recharge schedule through the register: generated
// agreements are imported as CSV and their schedules computed by
// `s113reg-cli recharges`, as finance would. Fixed seed, so a failure
// reproduces. Each generated agreement has a twin the register costs
// independently: the same terms invoiced annually (its one line per year is
// the stretch rounded once), and for a cost-sharing agreement the whole cost
// as an ordinary agreement at 100%.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <algorithm>
#include <map>
#include <random>
#include <sstream>

#include "cli/CliRun.h"
#include "domain/Dates.h"
#include "domain/Money.h"
#include "services/Csv.h"
#include "support/TestRegister.h"

namespace fs = std::filesystem;
using s113::Pence;
using s113::test::cli;
using s113::test::Run;

namespace {

const std::vector<std::string> kPartners = {"BNES", "BCCG", "WCCG", "AWP"};
using Row = std::map<std::string, std::string>;

class Generator {
 public:
  explicit Generator(unsigned seed) : rng_(seed) {}
  int between(int low, int high) { return low + static_cast<int>(rng_() % (high - low + 1)); }
  std::string pick(const std::vector<std::string>& from) { return from[between(0, from.size() - 1)]; }
  std::string money(int maxPounds) {
    return std::to_string(between(0, maxPounds)) + "." + twoDigits(between(0, 99));
  }
  std::string date(int fromYear, int years) {
    const auto d = boost::gregorian::date(fromYear, 4, 1) +
                   boost::gregorian::days(between(0, 365 * years));
    return boost::gregorian::to_iso_extended_string(d);
  }
  static std::string twoDigits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

  // The terms both kinds of agreement share.
  Row costTerms() {
    Row r{{"covers_kind", "other"},
          {"description", "generated"},
          {"part_period", pick({"calendar_day", "monthly", "working_day"})},
          {"frequency", pick({"monthly", "quarterly", "annual"})},
          {"vat", pick({"outside_scope", "standard", "exempt"})},
          {"vat_confirmed", "true"},
          {"netting_allowed", between(0, 3) ? "true" : "false"},
          {"start_date", date(2013, 3)}};
    if (between(0, 1)) {
      const auto start = boost::gregorian::from_string(r["start_date"]);
      r["end_date"] = boost::gregorian::to_iso_extended_string(
          start + boost::gregorian::days(between(0, 800)));
    }
    if (between(0, 2)) {
      r["basis"] = "actual_cost";
      r["annual_cost"] = money(150000);
      r["on_costs"] = pick({"none", "flat", "itemised"});
      if (r["on_costs"] == "flat") r["on_cost_rate"] = std::to_string(between(0, 40));
      if (r["on_costs"] == "itemised") {
        r["pension_rate"] = std::to_string(between(0, 25)) + "." + twoDigits(between(0, 99));
        r["levy_rate"] = between(0, 1) ? "0.5" : "0";
        if (between(0, 2) == 0) r["pay_day"] = std::to_string(between(1, 31));
      }
    } else {
      r["basis"] = "fixed_annual";
      r["fixed_annual"] = money(60000);
      r["on_costs"] = "none";
    }
    return r;
  }

  // "A:512;B:110" by counts, or percentages in ten-thousandths adding to 100.
  std::pair<std::string, std::string> parts(const std::string& payee) {
    std::vector<std::string> partners = kPartners;
    std::shuffle(partners.begin(), partners.end(), rng_);
    partners.resize(between(2, 4));
    if (std::find(partners.begin(), partners.end(), payee) == partners.end() && between(0, 1))
      partners.back() = payee;
    bool anotherPays = false;
    for (const auto& p : partners) anotherPays = anotherPays || p != payee;
    if (!anotherPays) partners[0] = payee == "BNES" ? "BCCG" : "BNES";
    std::string text;
    if (between(0, 1)) {
      for (const auto& p : partners)
        text += (text.empty() ? "" : ";") + p + ":" + std::to_string(between(1, 700));
      return {"headcount", text};
    }
    int left = 1000000;
    for (std::size_t i = 0; i < partners.size(); ++i) {
      const int weight = i + 1 == partners.size() ? left : between(1, left - int(partners.size() - i - 1));
      left -= weight;
      text += (text.empty() ? "" : ";") + partners[i] + ":" + std::to_string(weight / 10000) + "." +
              std::to_string(10000 + weight % 10000).substr(1);
    }
    return {"percentage", text};
  }

 private:
  std::mt19937 rng_;
};

void writeCsv(const fs::path& file, const std::vector<std::string>& columns,
              const std::vector<Row>& rows) {
  std::ofstream out(file, std::ios::binary);
  s113::writeCsvRow(out, columns);
  for (const auto& row : rows) {
    s113::CsvRow cells;
    for (const auto& c : columns) cells.push_back(row.count(c) ? row.at(c) : "");
    s113::writeCsvRow(out, cells);
  }
}

const std::vector<std::string> kTermColumns = {
    "covers_kind", "description", "basis",        "annual_cost", "fixed_annual",
    "on_costs",    "on_cost_rate", "pension_rate", "levy_rate",   "pay_day",
    "part_period", "frequency",   "vat",          "vat_confirmed", "netting_allowed",
    "start_date",  "end_date"};

std::vector<std::string> withColumns(std::vector<std::string> first) {
  first.insert(first.end(), kTermColumns.begin(), kTermColumns.end());
  return first;
}

std::vector<Row> records(const std::string& text) {
  std::istringstream in(text);
  const auto rows = s113::readCsv(in);
  std::vector<Row> out;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    Row m;
    for (std::size_t c = 0; c < rows[0].size(); ++c) m[rows[0][c]] = rows[r][c];
    out.push_back(m);
  }
  return out;
}

Pence pence(const Row& row, const std::string& column) { return s113::parseMoney(row.at(column)); }

const std::vector<std::string> kFigures = {"pay", "employer_ni", "pension", "apprenticeship_levy",
                                           "flat_on_costs"};

}  // namespace

TEST_CASE("recharge properties over generated agreements, through import and the CLI",
          "[cli][recharge][property][postgresql]") {
  s113::test::TestRegister reg;
  const std::string db = reg.target();
  const fs::path folder = s113::test::tempPath("-rchprop");
  fs::create_directories(folder);
  Generator gen(20261201);

  std::vector<Row> partners;
  for (const auto& code : kPartners)
    partners.push_back({{"code", code}, {"name", code}, {"kind", code == "BNES" ? "council" : "nhs"},
                        {"nation", "england"}});
  writeCsv(folder / "partners.csv", {"code", "name", "kind", "nation"}, partners);

  std::vector<Row> agreements, shared;
  for (int i = 0; i < 30; ++i) {
    Row r = gen.costTerms();
    r["ref"] = "RA-" + std::to_string(i);
    r["payer"] = gen.pick(kPartners);
    do r["payee"] = gen.pick(kPartners);
    while (r["payee"] == r["payer"]);
    r["share"] = std::to_string(gen.between(1, 100)) + "." + Generator::twoDigits(gen.between(0, 99));
    if (r["share"].rfind("100.", 0) == 0) r["share"] = "100";
    Row twin = r;  // the same terms invoiced once a year: the stretch rounded once
    twin["ref"] += "-Y";
    twin["frequency"] = "annual";
    agreements.push_back(r);
    agreements.push_back(twin);
  }
  for (int i = 0; i < 20; ++i) {
    Row r = gen.costTerms();
    r["ref"] = "CS-" + std::to_string(i);
    r["payee"] = gen.pick(kPartners);
    std::tie(r["split_by"], r["parts"]) = gen.parts(r["payee"]);
    Row whole = r;  // the whole cost, as an ordinary agreement at 100%
    whole.erase("split_by");
    whole.erase("parts");
    whole["ref"] = "CS-" + std::to_string(i) + "-WHOLE";
    whole["payer"] = r["payee"] == "BNES" ? "BCCG" : "BNES";
    whole["share"] = "100";
    shared.push_back(r);
    agreements.push_back(whole);
  }
  writeCsv(folder / "recharge_agreements.csv", withColumns({"ref", "payer", "payee", "share"}),
           agreements);
  writeCsv(folder / "cost_sharing_agreements.csv", withColumns({"ref", "payee", "split_by", "parts"}),
           shared);
  const Run imported = cli({"import", db, folder.string()});
  INFO(imported.err);
  REQUIRE(imported.status == 0);

  for (const std::string year : {"2013/14", "2014/15", "2015/16", "2016/17", "2025/26"}) {
    INFO(year);
    const Run run = cli({"recharges", db, "--year", year});
    REQUIRE(run.status == 0);
    const auto lines = records(run.out);
    std::map<std::string, std::map<std::string, Pence>> byAgreement;  // key -> figure -> sum
    std::map<std::pair<std::string, std::string>, std::map<std::string, Pence>> byLine;
    std::map<std::pair<std::string, std::string>, Pence> nettable;  // payer, payee -> totals
    for (const auto& l : lines) {
      // No negative amount from valid input; VAT is each line's own.
      for (const char* column : {"pay", "employer_ni", "pension", "apprenticeship_levy",
                                 "flat_on_costs", "on_costs", "net", "vat", "total"})
        CHECK(pence(l, column) >= Pence(0));
      const bool invoiced = l.at("invoiced") == "true";
      const Pence expectedVat =
          invoiced && l.at("vat_treatment") == "standard" ? s113::applyShare(pence(l, "net"), s113::BasisPoints(2000)) : Pence(0);
      CHECK(pence(l, "vat") == expectedVat);
      for (const auto& f : kFigures) {
        byAgreement[l.at("agreement")][f] += pence(l, f);
        byLine[{l.at("agreement"), l.at("period_start")}][f] += pence(l, f);
      }
      if (invoiced && l.at("netting_allowed") == "true")
        nettable[{l.at("payer"), l.at("payee")}] += pence(l, "total");
    }
    // Σ periods = the stretch's amount rounded once (the annual twin), figure by figure.
    for (int i = 0; i < 30; ++i) {
      const std::string key = "RA-" + std::to_string(i);
      for (const auto& f : kFigures) CHECK(byAgreement[key][f] == byAgreement[key + "-Y"][f]);
    }
    // Σ parts of a shared cost's line = the line's cost (the whole twin's line).
    for (int i = 0; i < 20; ++i) {
      const std::string key = "CS-" + std::to_string(i);
      for (const auto& [id, figures] : byLine)
        if (id.first == key)
          for (const auto& f : kFigures)
            CHECK(figures.at(f) == byLine[{key + "-WHOLE", id.second}][f]);
    }
    // Netting: antisymmetric, from the lines' totals (VAT included per line, never on the net).
    const Run net = cli({"recharges", db, "--year", year, "--by", "net"});
    REQUIRE(net.status == 0);
    for (const auto& row : records(net.out)) {
      if (row.at("settlement") != "netted") continue;
      const std::string payer = row.at("payer"), payee = row.at("payee");
      const Pence there = nettable[{payer, payee}], back = nettable[{payee, payer}];
      CHECK(pence(row, "payer_to_payee") == there);
      CHECK(pence(row, "payee_to_payer") == back);
      CHECK(pence(row, "amount") == there - back);
      CHECK(pence(row, "amount") >= Pence(0));  // the payer is whoever owes: -(B->A) = A->B
    }
  }
  fs::remove_all(folder);
}
