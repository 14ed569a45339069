#include <catch2/catch.hpp>

#include "protocol/DefaultProtocol.h"
#include "protocol/ProtocolDocument.h"
#include "protocol/ProtocolEdits.h"

using namespace s113;

TEST_CASE("the protocol document lists every rule in order with words, params and source",
          "[protocol][document]") {
  const Protocol p = defaultProtocol();
  const std::string doc = renderProtocolDocument(p);
  CHECK_THAT(doc, Catch::StartsWith("# HR protocol: Default protocol (B&NES Joint Working "
                                    "Framework 2013) (version 1)"));
  std::size_t last = 0;
  for (const Rule& rule : p.rules) {
    const std::string heading = "## " + std::to_string(rule.position) + ". " + rule.title;
    const std::size_t at = doc.find(heading);
    REQUIRE(at != std::string::npos);
    CHECK(at > last);
    last = at;
    CHECK_THAT(doc, Catch::Contains("- Source: " + rule.source));
    CHECK_THAT(doc, Catch::Contains(describeRule(rule)));
  }
  CHECK_THAT(doc, Catch::Contains("`threshold_bp` = `5000`"));
  CHECK_THAT(doc, Catch::Contains("at least 50% of the post's functional split"));
  CHECK_THAT(doc, Catch::Contains("social_work -> the council"));
  CHECK_THAT(doc, Catch::Contains("allied_health, medical, nursing -> the NHS body"));
  CHECK_THAT(doc, Catch::Contains("no TUPE under s113"));
}

TEST_CASE("the document shows edits: a disabled rule and a new threshold", "[protocol][document]") {
  const Protocol v3 = withThreshold(withRuleEnabled(defaultProtocol(), 7, false), BasisPoints(6500));
  const std::string doc = renderProtocolDocument(v3);
  CHECK_THAT(doc, Catch::Contains("(version 3)"));
  CHECK_THAT(doc, Catch::Contains("## 7. Pension protection (disabled)"));
  CHECK_THAT(doc, Catch::Contains("at least 65% of the post's functional split"));
}
