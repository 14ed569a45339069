#include <catch2/catch.hpp>

#include "storage/AuditStore.h"
#include "support/TestRegister.h"
#include "storage/Session.h"

using namespace s113;

TEST_CASE("recorded decisions cannot be changed or removed in the database", "[storage]") {
  test::TestRegister t;
  sessionOf(*t) << "INSERT INTO partners (code) VALUES ('LA')";
  sessionOf(*t) << "INSERT INTO posts (ref) VALUES ('P1')";
  sessionOf(*t) << "INSERT INTO decisions (decision_key, post_ref, post_decision_no, proposal_kind, protocol_version, "
              "protocol_name, inputs_json, trace_json, outcome_employer, decided_by, decided_on, recorded_at) "
              "VALUES ('D-P1-1', 'P1', 1, 'new_post', 1, 'Default', '{}', '[]', 'LA', 'tester', '2026-01-01', "
              "'2026-01-01T10:00:00Z')";
  CHECK_THROWS(sessionOf(*t) << "UPDATE decisions SET outcome_employer = NULL");
  CHECK_THROWS(sessionOf(*t) << "DELETE FROM decisions");
  int count = 0;
  sessionOf(*t) << "SELECT COUNT(*) FROM decisions", soci::into(count);
  CHECK(count == 1);
}

TEST_CASE("the newest audit entries up to a moment, newest first, and how many there are", "[storage]") {
  test::TestRegister t;
  AuditStore log(t.reg());
  for (int day = 1; day <= 5; ++day) {
    WriteTransaction tx(t.reg());
    log.append({0, "2026-01-0" + std::to_string(day) + "T09:00:00Z", "tester", "post", "P" + std::to_string(day), 1,
                "title", "", "Title " + std::to_string(day)});
    tx.commit();
  }
  CHECK(log.countUntil("2026-01-03T23:59:59Z") == 3);
  const auto newest = log.newest("2026-01-04T23:59:59Z", 2);
  REQUIRE(newest.size() == 2);
  CHECK(newest[0].key == "P4");
  CHECK(newest[1].key == "P3");
  CHECK(newest[0].seq > newest[1].seq);
  CHECK(log.newest("2025-12-31T23:59:59Z", 10).empty());
}
