#include <catch2/catch.hpp>

#include "domain/Catalog.h"
#include "storage/VersionStore.h"
#include "storage/WriteBatch.h"
#include "support/PartnerVersions.h"
#include "support/TestRegister.h"
#include "support/TextRecords.h"

using namespace s113;

namespace {

StoredVersion partner(const std::string& code, int version, const std::string& successor, bool deleted = false) {
  StoredVersion v = test::partnerVersion(code, version, "Partner " + code);
  v.fields = test::values(partnerDef(), {{"name", "Partner " + code}, {"kind", "council"}, {"nation", "england"},
                                         {"successor", successor}});
  v.deleted = deleted;
  return v;
}

// Everything the test asks, as text: newest versions, who names whom, a history.
std::string answers(Register& reg) {
  VersionStore store(reg, partnerDef());
  std::string out;
  for (const char* key : {"A", "B", "C", "BNES"}) {
    auto v = store.latest(key);
    out += std::string(key) + ": " +
           (v ? std::to_string(v->version) + (v->deleted ? " deleted " : " ") +
                    test::text(partnerDef(), v->fields, "successor")
              : "none") +
           "\n";
  }
  for (const char* successor : {"BNES", "BCCG"}) {
    out += std::string("succeeded by ") + successor + ":";
    for (const auto& key : store.liveKeysWhere("successor", successor)) out += " " + key;
    out += "\n";
  }
  out += "history of A:";
  for (const auto& v : store.history("A")) out += " " + std::to_string(v.version);
  return out;
}

}  // namespace

TEST_CASE("answers read ahead are the database's, and stay so as the transaction writes", "[storage]") {
  test::TestRegister t;
  {
    WriteTransaction tx(t.reg());
    VersionStore store(t.reg(), partnerDef());
    for (const char* code : {"BNES", "BCCG"}) store.insert(partner(code, 1, ""));
    store.insert(partner("A", 1, "BNES"));
    store.insert(partner("B", 1, "BNES"));
    store.createIdentity("C");
    tx.commit();
  }
  WriteTransaction tx(t.reg());
  WriteBatch batch(t.reg());
  ReadAhead& ahead = batch.readAhead();
  const std::size_t successor = fieldIndex(partnerDef(), "successor");
  ahead.startRun(partnerDef());
  ahead.readLatest(t.reg(), partnerDef(), {"A", "B", "C", "BNES"});
  ahead.readLiveWhere(t.reg(), partnerDef(), successor, {"BNES", "BCCG"});
  ahead.readHistories(t.reg(), partnerDef(), {"A"});

  VersionStore store(t.reg(), partnerDef());
  store.insert(partner("A", 2, "BCCG"), false);        // moves from one successor to the other
  store.insert(partner("B", 2, "BNES", true), false);  // deleted: no longer succeeded by anyone
  store.insert(partner("C", 1, "BNES"), false);        // new
  const long long rowsBefore = test::storedPartnerRows(t.reg());
  const std::string readAhead = answers(t.reg());
  CHECK(test::storedPartnerRows(t.reg()) == rowsBefore);  // answered without a flush: nothing went to the database

  ahead.startRun(partnerDef());  // drops the answers: the same questions now go to the database
  CHECK(answers(t.reg()) == readAhead);
  CHECK(readAhead ==
        "A: 2 BCCG\nB: 2 deleted BNES\nC: 1 BNES\nBNES: 1 \n"
        "succeeded by BNES: C\nsucceeded by BCCG: A\nhistory of A: 1 2");
}

TEST_CASE("a read-ahead learns the questions the checks of an entity's rows asked", "[storage]") {
  test::TestRegister t;
  WriteTransaction tx(t.reg());
  WriteBatch batch(t.reg());
  ReadAhead& ahead = batch.readAhead();
  VersionStore(t.reg(), partnerDef()).insert(partner("BNES", 1, ""));
  batch.flush();
  ahead.startRun(postDef());
  VersionStore store(t.reg(), partnerDef());
  store.latest("BNES");
  store.liveKeysWhere("successor", "BNES");
  const ReadAhead::Asked& asked = ahead.asked(postDef());
  CHECK(asked.latest == std::set<std::string>{"partner"});
  CHECK(asked.histories.empty());
  CHECK(asked.liveWhere == std::set<std::pair<std::string, std::size_t>>{
                               {"partner", fieldIndex(partnerDef(), "successor")}});
  CHECK(ahead.asked(partnerDef()).latest.empty());  // asked while saving posts, not partners
}
