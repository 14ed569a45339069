#include <catch2/catch.hpp>

#include "domain/Catalog.h"
#include "storage/VersionStore.h"
#include "storage/WriteBatch.h"
#include "support/PartnerVersions.h"
#include "support/TestRegister.h"
#include "support/TextRecords.h"

using namespace s113;

TEST_CASE("a batch writes its versions when flushed, and answers a read of one it holds itself", "[storage]") {
  test::TestRegister t;
  WriteTransaction tx(t.reg());
  WriteBatch batch(t.reg());
  VersionStore store(t.reg(), partnerDef());
  store.insert(test::partnerVersion("BNES", 1, "Council"));
  store.insert(test::partnerVersion("BNES", 2, "Council, renamed"), false);
  CHECK(test::storedPartnerRows(t.reg()) == 0);

  auto newest = store.latest("BNES");
  REQUIRE(newest.has_value());
  CHECK(newest->version == 2);
  CHECK(test::text(partnerDef(), newest->fields, "name") == "Council, renamed");
  CHECK(newest->recordedAt == "2026-01-02T10:00:00Z");
  CHECK(test::storedPartnerRows(t.reg()) == 0);  // answered without writing or asking the database

  // A store that reads some fields gets only those, as from the database:
  // the others are blank.
  auto named = VersionStore(t.reg(), partnerDef(), {"name"}).latest("BNES");
  REQUIRE(named.has_value());
  CHECK(test::text(partnerDef(), named->fields) ==
        Record{{"name", "Council, renamed"}, {"kind", ""}, {"nation", ""}, {"successor", ""}});

  // A read of the whole table must see the held rows: it flushes first.
  CHECK(store.allLatestLive().size() == 1);
  CHECK(test::storedPartnerRows(t.reg()) == 2);
  CHECK(store.latest("BNES")->fields == newest->fields);  // the stored row reads as the held one did
  tx.commit();
}
