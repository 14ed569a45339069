#include <catch2/catch.hpp>

#include "domain/Catalog.h"
#include "domain/ExchangeForm.h"
#include "domain/Split.h"
#include "domain/Validation.h"

using namespace s113;

namespace {
Record validPost() {
  return {{"title", "Head of Commissioning"}, {"fte", "1"}, {"employer", "BNES"}, {"host", "BNES"},
          {"kind", "s113"}, {"statutory_role", "none"}, {"registration", "none"}, {"status", "approved"},
          {"functional_split", "BNES:60;BCCG:40"}};
}
// "field: reason" of every error.
std::vector<std::string> problems(const EntityDef& def, const std::string& key, const Record& record) {
  std::vector<std::string> out;
  for (const auto& e : validateRecord(def, key, record)) out.push_back(e.field() + ": " + e.reason());
  return out;
}
}  // namespace

TEST_CASE("functional splits parse, format and must sum to 100%", "[domain]") {
  auto split = parseSplit("BNES:60;BCCG:40");
  REQUIRE(split.size() == 2);
  CHECK(split[0].partner == "BNES");
  CHECK(split[0].share == BasisPoints(6000));
  CHECK(formatSplit(parseSplit("A:33.34;B:33.33;C:33.33")) == "A:33.34;B:33.33;C:33.33");
  CHECK(parseSplit("").empty());
  CHECK_THROWS_WITH(parseSplit("BNES:50;BCCG:40"), "shares sum to 90%, not 100%");
  CHECK_THROWS_WITH(parseSplit("BNES:60;BNES:40"), "partner BNES appears twice");
  CHECK_THROWS_WITH(parseSplit("BNES:100;BCCG:0"), Catch::Contains("over 0%"));
  CHECK_THROWS_WITH(parseSplit("BNES=100"), Catch::Contains("PARTNER:PERCENT"));
}

TEST_CASE("a valid post passes; each bad field is named", "[domain]") {
  CHECK(problems(postDef(), "JC-1", validPost()).empty());
  auto post = validPost();
  post["fte"] = "0";
  post["kind"] = "secondment";
  post["title"] = "";
  post["line_manager"] = "JC-1";
  post["functional_split"] = "BNES:50;BCCG:40";
  post["colour"] = "blue";
  auto found = problems(postDef(), "JC-1", post);
  CHECK_THAT(found, Catch::VectorContains(std::string("fte: FTE must be over 0 and at most 1")));
  CHECK_THAT(found, Catch::VectorContains(std::string("kind: 'secondment' is not one of: single, s113, joint, single_manager")));
  CHECK_THAT(found, Catch::VectorContains(std::string("title: is required")));
  CHECK_THAT(found, Catch::VectorContains(std::string("line_manager: a post cannot manage itself")));
  CHECK_THAT(found, Catch::VectorContains(std::string("functional_split: shares sum to 90%, not 100%")));
  CHECK_THAT(found, Catch::VectorContains(std::string("colour: is not a field of a Post")));
  CHECK(found.size() == 6);
}

TEST_CASE("keys are required and kept simple", "[domain]") {
  CHECK_THAT(problems(postDef(), "", validPost()), Catch::VectorContains(std::string("ref: a Post needs a ref")));
  CHECK_FALSE(problems(postDef(), " JC-1", validPost()).empty());
  CHECK_FALSE(problems(postDef(), "JC;1", validPost()).empty());
}

TEST_CASE("contracts: dates in order, pay not negative, FTE in range", "[domain]") {
  Record contract{{"person", "P1"}, {"employer", "BNES"}, {"fte", "1.2"}, {"annual_salary", "-5"},
                  {"pay_framework", "NJC"}, {"pension_scheme", "LGPS"}, {"start_date", "2014-04-01"},
                  {"end_date", "2014-03-31"}};
  auto found = problems(contractDef(), "C1", contract);
  CHECK_THAT(found, Catch::VectorContains(std::string("fte: FTE must be over 0 and at most 1")));
  CHECK_THAT(found, Catch::VectorContains(std::string("annual_salary: cannot be negative")));
  CHECK_THAT(found, Catch::VectorContains(std::string("end_date: ends 2014-03-31, before it starts 2014-04-01")));
  contract["annual_salary"] = "12.345";
  CHECK_THAT(problems(contractDef(), "C1", contract),
             Catch::VectorContains(std::string("annual_salary: '12.345' has more than 2 decimal places")));
}

TEST_CASE("rules leave alone the fields already at fault", "[domain]") {
  Record contract{{"person", "P1"}, {"employer", "BNES"}, {"fte", "1"}, {"annual_salary", "30000"},
                  {"pay_framework", "NJC"}, {"pension_scheme", "LGPS"}, {"start_date", "2014-13-01"},
                  {"end_date", "2014-03-31"}};
  auto found = problems(contractDef(), "C1", contract);
  REQUIRE(found.size() == 1);  // the unreadable start, but no order of dates judged from it
  CHECK_THAT(found[0], Catch::StartsWith("start_date: "));
  contract["start_date"] = "2014-04-01";
  contract["end_date"] = "";
  contract["fte"] = "";
  CHECK(problems(contractDef(), "C1", contract) == std::vector<std::string>{"fte: is required"});

  auto post = validPost();  // an unreadable status: whether employer is needed cannot be judged
  post["status"] = "maybe";
  post["employer"] = "";
  found = problems(postDef(), "JC-1", post);
  REQUIRE(found.size() == 1);
  CHECK_THAT(found[0], Catch::StartsWith("status: "));
  post["status"] = "approved";
  CHECK(problems(postDef(), "JC-1", post) ==
        std::vector<std::string>{"employer: is required unless the post is proposed (awaiting its decision)"});
}

TEST_CASE("agreements: two different parties, approvals complete", "[domain]") {
  Record agreement{{"title", "S113"}, {"party_a", "BNES"}, {"party_b", "BNES"}, {"legal_basis", "LGA 1972 s113"},
                   {"in_force_from", "2013-04-01"}, {"notice_months", "6"}, {"protocol_version", "1"},
                   {"party_a_approved_by", "Cabinet"}};
  auto found = problems(agreementDef(), "A1", agreement);
  CHECK_THAT(found, Catch::VectorContains(std::string("party_b: the two parties must be different partners")));
  CHECK_THAT(found, Catch::VectorContains(std::string("party_a_approved_on: an approval needs both party_a_approved_by and party_a_approved_on")));
}

TEST_CASE("canonical values make exports stable", "[domain]") {
  // Parsed once and formatted again, a value takes its one spelling.
  auto canonical = exchangeForm(
      postDef(), parseFields(postDef(), {{"fte", "1.0"}, {"functional_split", "BNES:60.00;BCCG:40"}}, "post"));
  CHECK(canonical["fte"] == "1");
  CHECK(canonical["functional_split"] == "BNES:60;BCCG:40");
  CHECK(canonical.count("title") == 1);  // every field present
}
