// Recorded times: read from exactly one text form, written back to the same
// text, compared as times.
#include <catch2/catch.hpp>

#include <stdexcept>

#include "domain/Timestamp.h"

using namespace s113;

TEST_CASE("a recorded time reads and writes the same text", "[timestamp]") {
  const Timestamp at = parseTimestamp("2026-11-24T06:40:05Z");
  CHECK(formatTimestamp(at) == "2026-11-24T06:40:05Z");
  CHECK(formatTimestampUk(at) == "24/11/2026 06:40");
  CHECK(at.day() == Date(2026, 11, 24));
}

TEST_CASE("recorded times compare as times", "[timestamp]") {
  CHECK(parseTimestamp("2026-11-24T09:59:59Z") < parseTimestamp("2026-11-24T10:00:00Z"));
  CHECK(parseTimestamp("2025-12-31T23:59:59Z") < parseTimestamp("2026-01-01T00:00:00Z"));
  CHECK(parseTimestamp("2026-01-01T10:00:00Z") == parseTimestamp("2026-01-01T10:00:00Z"));
}

TEST_CASE("text that is not a recorded time is refused, naming it", "[timestamp]") {
  for (const char* bad : {"", "2026-11-24", "2026-11-24T06:40:00", "2026-11-24 06:40:00Z", "2026-11-24T06:40:00.5Z",
                          "2026-02-30T10:00:00Z", "2026-11-24T24:00:00Z", "2026-11-24T10:60:00Z", "x"}) {
    INFO(bad);
    CHECK_THROWS_WITH(parseTimestamp(bad), Catch::Contains(std::string("'") + bad + "'"));
  }
}

TEST_CASE("a time never set is not written", "[timestamp]") {
  CHECK_FALSE(Timestamp().isSet());
  CHECK_THROWS_AS(formatTimestamp(Timestamp()), std::logic_error);
  CHECK(Timestamp::now().isSet());
}
