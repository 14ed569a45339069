// Hostile or broken input is refused by the domain's own checks, whatever
// the way in (form, command line, CSV import).
#include <catch2/catch.hpp>

#include "domain/Catalog.h"
#include "domain/Dates.h"
#include "domain/ExchangeForm.h"
#include "domain/Text.h"
#include "domain/Validation.h"

using namespace s113;

namespace {
Record validAgreement() {
  return {{"title", "Section 113 agreement"}, {"party_a", "BNES"}, {"party_b", "BCCG"},
          {"legal_basis", "s113 LGA 1972"}, {"in_force_from", "2013-04-01"}, {"notice_months", "6"},
          {"protocol_version", "1"}};
}
std::string problemsOf(const EntityDef& def, const std::string& key, const Record& record) {
  std::string out;
  for (const auto& e : validateRecord(def, key, record)) out += e.field() + ": " + e.reason() + "\n";
  return out;
}
}  // namespace

TEST_CASE("text must be well-formed UTF-8 without control characters", "[domain][input]") {
  CHECK(textProblem("Caf\xC3\xA9 \xE2\x82\xAC 100 \xF0\x9F\x98\x80", false).empty());
  CHECK(textProblem("two\nlines\ttab", true).empty());
  CHECK_THAT(textProblem("two\nlines", false), Catch::Contains("U+000A"));
  CHECK_THAT(textProblem("bad \xFF byte", true), Catch::Contains("not valid UTF-8 (byte 5)"));
  CHECK_THAT(textProblem("\xC0\xAF", true), Catch::Contains("not valid UTF-8"));          // overlong '/'
  CHECK_THAT(textProblem("\xED\xA0\x80", true), Catch::Contains("not valid UTF-8"));      // surrogate
  CHECK_THAT(textProblem("cut \xE2\x82", true), Catch::Contains("not valid UTF-8"));      // truncated
  CHECK_THAT(textProblem(std::string("P-0003\0", 7), false), Catch::Contains("U+0000 at character 7"));
  CHECK_THAT(textProblem("P-\x01" "0003", false), Catch::Contains("U+0001"));
  CHECK_THAT(textProblem("\x1B[31mred", true), Catch::Contains("U+001B"));
  CHECK_THAT(textProblem("del\x7F", true), Catch::Contains("U+007F"));
  CHECK_THAT(textProblem("c1 \xC2\x85", true), Catch::Contains("U+0085"));
  CHECK(sanitisedText("ok \xFF\x01 \xC3\xA9\n") == "ok \xEF\xBF\xBD \xC3\xA9\n");
}

TEST_CASE("keys and text fields with control characters or broken UTF-8 are refused", "[domain][input]") {
  Record partner{{"name", "Bath"}, {"kind", "council"}, {"nation", "england"}};
  CHECK(problemsOf(partnerDef(), "BNES", partner).empty());
  CHECK_THAT(problemsOf(partnerDef(), std::string("BNES\0", 5), partner), Catch::Contains("code: contains the control"));
  CHECK_THAT(problemsOf(partnerDef(), "BN\x1B" "ES", partner), Catch::Contains("U+001B"));
  CHECK_THAT(problemsOf(partnerDef(), "BN\xFF", partner), Catch::Contains("not valid UTF-8"));
  partner["name"] = "Bath \xC3";
  CHECK_THAT(problemsOf(partnerDef(), "BNES", partner), Catch::Contains("name: is not valid UTF-8"));
}

TEST_CASE("whole numbers are range-checked, never truncated", "[domain][input]") {
  const auto& def = agreementDef();
  CHECK(problemsOf(def, "A1", validAgreement()).empty());
  auto record = validAgreement();
  record["protocol_version"] = "2147483648";
  CHECK_THAT(problemsOf(def, "A1", record), Catch::Contains("protocol_version: '2147483648' is out of range"));
  record["protocol_version"] = "99999999999999999999999";
  CHECK_THAT(problemsOf(def, "A1", record), Catch::Contains("protocol_version: '99999999999999999999999' is out of range"));
  // Too long to hold at all, it is refused in the same words, which give the range.
  CHECK_THAT(problemsOf(def, "A1", record), Catch::Contains("between -2147483648 and 2147483647"));
  record["protocol_version"] = "-2147483649";
  CHECK_THAT(problemsOf(def, "A1", record),
             Catch::Contains("protocol_version: '-2147483649' is out of range: "
                             "a whole number here is between -2147483648 and 2147483647"));
  record["protocol_version"] = "2147483647";
  CHECK_THAT(problemsOf(def, "A1", record), !Catch::Contains("protocol_version"));
  record["protocol_version"] = " 12";
  CHECK_THAT(problemsOf(def, "A1", record), Catch::Contains("is not a whole number"));
  record = validAgreement();
  record["notice_months"] = "1201";
  CHECK_THAT(problemsOf(def, "A1", record), Catch::Contains("notice_months: '1201' months is more than 1200"));
  record["notice_months"] = "1200";
  CHECK(problemsOf(def, "A1", record).empty());
}

TEST_CASE("a financial year the calendar cannot hold is refused when parsed", "[domain][input]") {
  CHECK(FinancialYear::parse("9998/99").startYear() == 9998);
  CHECK_THROWS_WITH(FinancialYear::parse("9999/00"), Catch::Contains("outside the financial years"));
  CHECK_THROWS_WITH(FinancialYear::parse("0001/02"), Catch::Contains("outside the financial years"));
}
