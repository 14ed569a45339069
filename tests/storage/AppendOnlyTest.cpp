#include <catch2/catch.hpp>

#include "support/TestRegister.h"

using namespace s113;

TEST_CASE("recorded decisions cannot be changed or removed in the database", "[storage]") {
  test::TestRegister t;
  t->sql() << "INSERT INTO partners (code) VALUES ('LA')";
  t->sql() << "INSERT INTO posts (ref) VALUES ('P1')";
  t->sql() << "INSERT INTO decisions (decision_key, post_ref, post_decision_no, proposal_kind, protocol_version, "
              "protocol_name, inputs_json, trace_json, outcome_employer, decided_by, decided_on, recorded_at) "
              "VALUES ('D-P1-1', 'P1', 1, 'new_post', 1, 'Default', '{}', '[]', 'LA', 'tester', '2026-01-01', "
              "'2026-01-01T10:00:00Z')";
  CHECK_THROWS(t->sql() << "UPDATE decisions SET outcome_employer = NULL");
  CHECK_THROWS(t->sql() << "DELETE FROM decisions");
  int count = 0;
  t->sql() << "SELECT COUNT(*) FROM decisions", soci::into(count);
  CHECK(count == 1);
}
