#include <catch2/catch.hpp>

#include "support/FieldsByName.h"
#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "storage/SqlValues.h"
#include "storage/StatementCache.h"
#include "storage/VersionStore.h"
#include "support/PartnerVersions.h"
#include "support/TestRegister.h"
#include "support/TextRecords.h"
#include "storage/Session.h"

using namespace s113;

namespace {

std::vector<std::string> namesOf(Register& reg, const std::string& code) {
  CachedStatement st(reg, "SELECT name FROM partners_versions WHERE code = :c ORDER BY version");
  st.bindText(code);
  st.query();
  std::vector<std::string> names;
  while (st.fetch()) names.push_back(cellText(st.row(), 0));
  return names;
}

}  // namespace

TEST_CASE("a statement is compiled once per connection and bound afresh on every use", "[storage]") {
  test::TestRegister t;
  VersionStore store(t.reg(), partnerDef());
  store.insert(test::partnerVersion("BNES", 1, "Council"));
  store.insert(test::partnerVersion("BCCG", 1, "CCG"));
  store.insert(test::partnerVersion("BNES", 2, "Council, renamed"));
  const std::size_t before = t->statements().size();
  CHECK(namesOf(t.reg(), "BNES") == std::vector<std::string>{"Council", "Council, renamed"});
  CHECK(namesOf(t.reg(), "BCCG") == std::vector<std::string>{"CCG"});
  CHECK(namesOf(t.reg(), "NONE").empty());
  CHECK(t->statements().size() == before + 1);
}

TEST_CASE("a statement in use is not handed out twice", "[storage]") {
  test::TestRegister t;
  VersionStore store(t.reg(), partnerDef());
  store.insert(test::partnerVersion("BNES", 1, "Council"));
  store.insert(test::partnerVersion("BCCG", 1, "CCG"));
  CachedStatement outer(t.reg(), "SELECT name FROM partners_versions WHERE code = :c ORDER BY version");
  outer.bindText("BNES");
  outer.query();
  REQUIRE(outer.fetch());
  // The same SQL while the outer one is still being read.
  CHECK(namesOf(t.reg(), "BCCG") == std::vector<std::string>{"CCG"});
  CHECK(cellText(outer.row(), 0) == "Council");
  CHECK_FALSE(outer.fetch());
}

TEST_CASE("null and non-null values may take the same parameter in turn", "[storage]") {
  test::TestRegister t;
  VersionStore store(t.reg(), partnerDef());
  store.insert(test::partnerVersion("BNES", 1, "Council"));
  auto second = test::partnerVersion("BCCG", 1, "CCG");
  setText(partnerDef(), second.fields, "successor", "BNES");
  store.insert(second);
  store.insert(test::partnerVersion("SMBC", 1, "Stockport"));
  CHECK(test::text(partnerDef(), store.latest("BCCG")->fields, "successor") == "BNES");
  CHECK(isBlank(valueIn(partnerDef(), store.latest("SMBC")->fields, "successor")));
}

TEST_CASE("a statement is compiled once whatever its nulls, and an integer after a null stays an integer",
          "[storage]") {
  test::TestRegister t;
  sessionOf(*t) << "CREATE TEMPORARY TABLE figures (label TEXT, amount BIGINT)";
  const std::string insert = "INSERT INTO figures (label, amount) VALUES (:l, :a)";
  auto write = [&](const char* label, const long long* amount) {
    CachedStatement st(t.reg(), insert);
    label ? st.bindText(label) : st.bindNull();
    amount ? st.bindInteger(*amount) : st.bindNull();
    st.execute();
  };
  const long long pence = 123456;
  const std::size_t before = t->statements().size();
  write("none", nullptr);  // compiled here, a null where later an integer goes
  write("some", &pence);
  write(nullptr, &pence);
  write(nullptr, nullptr);
  CHECK(t->statements().size() == before + 1);
  CachedStatement sum(t.reg(), "SELECT COUNT(*), SUM(amount) FROM figures WHERE amount = :a");
  sum.bindInteger(pence);
  sum.query();
  REQUIRE(sum.fetch());
  CHECK(cellInteger(sum.row(), 0) == 2);
  CHECK(cellInteger(sum.row(), 1) == 2 * pence);
  if (t->backend() == Backend::SQLite) {
    std::string type;
    sessionOf(*t) << "SELECT typeof(amount) FROM figures WHERE label = 'some'", soci::into(type);
    CHECK(type == "integer");
  }
}

TEST_CASE("a failed write leaves its statement usable", "[storage]") {
  test::TestRegister t;
  VersionStore store(t.reg(), partnerDef());
  store.insert(test::partnerVersion("BNES", 1, "Council"));
  CHECK_THROWS_AS(store.insert(test::partnerVersion("BNES", 1, "Again")), Conflict);
  store.insert(test::partnerVersion("BNES", 2, "Council, renamed"));
  CHECK(store.latest("BNES")->version == 2);
}

TEST_CASE("a kept statement does not hide another user's later commit", "[storage]") {
  test::TestRegister t;
  auto other = t.openAnother();
  VersionStore mine(t.reg(), partnerDef()), theirs(*other, partnerDef());
  mine.insert(test::partnerVersion("BNES", 1, "Council"));
  mine.insert(test::partnerVersion("BCCG", 1, "CCG"));
  CHECK(mine.latest("BNES")->version == 1);
  {
    // Read one row of two and stop: the statement goes back unfinished.
    CachedStatement partly(t.reg(), "SELECT code FROM partners_versions ORDER BY code");
    partly.query();
    REQUIRE(partly.fetch());
  }
  theirs.insert(test::partnerVersion("BNES", 2, "Council, renamed by another user"));
  CHECK(mine.latest("BNES")->version == 2);
  CHECK(namesOf(t.reg(), "BNES").size() == 2);
}
