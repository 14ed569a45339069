// Backups and restores on SQLite and PostgreSQL: a backup holds every version
// and every audit row exactly as recorded (who, when), never a regenerated
// history; it is complete under its final name or not there; a restore goes
// into a new register only, after the integrity and consistency checks.
#include <filesystem>
#include <fstream>

#include <soci/sqlite3/soci-sqlite3.h>

#include "ArrangementFixture.h"
#include "services/Backup.h"
#include "services/RegisterCheck.h"
#include "storage/PrivateTempDir.h"
#include "storage/SqlValues.h"
#include "storage/Session.h"

namespace fs = std::filesystem;

namespace {

// Every row of the history tables, as text, in a fixed order.
std::vector<std::string> history(Register& reg) {
  std::vector<std::string> rows;
  auto dump = [&](const std::string& query) {
    soci::rowset<soci::row> rs = sessionOf(reg).prepare << query;
    for (const auto& row : rs) {
      std::string line;
      for (std::size_t i = 0; i < row.size(); ++i) line += cellText(row, i) + "|";
      rows.push_back(line);
    }
  };
  for (const EntityDef* def : allEntities())
    dump("SELECT * FROM " + def->versionsTable() + " ORDER BY " + def->keyField + ", version");
  dump("SELECT seq, at, actor, entity, record_key, version, changes, hash FROM audit_changes ORDER BY seq");
  return rows;
}

// A register with history: several versions, written by several people.
struct HistoryFixture : ArrangementFixture {
  HistoryFixture() {
    change(contractDef(), "C-NHS", {{"annual_salary", "41000"}}, Date(2014, 4, 1));
    change(contractDef(), "C-NHS", {{"annual_salary", "42000"}}, Date(2015, 4, 1));
    save(placementDef(), "PL-1", placement("agreed"));
  }
};

struct Folder {
  PrivateTempDir dir{"backup-test"};
  std::string path(const std::string& name) const { return (dir.path() / name).string(); }
  std::vector<std::string> files() const {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir.path())) out.push_back(e.path().filename().string());
    return out;
  }
};

struct CancelAt : Progress {
  std::size_t at;
  explicit CancelAt(std::size_t n) : at(n) {}
  bool step(std::size_t done, std::size_t, const std::string&) override { return done < at; }
};

}  // namespace

TEST_CASE("a backup holds every version and audit row exactly as recorded", "[backup]") {
  HistoryFixture f;
  Folder folder;
  const std::string file = folder.path("copy.s113");
  backupRegister(f.reg(), file);
  CHECK(folder.files() == std::vector<std::string>{"copy.s113"});
  auto copy = Register::open(file, false);
  const auto original = history(f.reg()), copied = history(*copy);
  CHECK(copied.size() == original.size());
  CHECK(copied == original);
  CHECK(checkRegister(*copy).errors.empty());
}

TEST_CASE("a backup stopped part-way leaves nothing under its name and nothing behind", "[backup]") {
  HistoryFixture f;
  Folder folder;
  const std::string file = folder.path("copy.s113");
  CancelAt cancel(f.t.isPostgres() ? 5 : 0);
  CHECK_THROWS_AS(backupRegister(f.reg(), file, &cancel), Cancelled);
  CHECK_FALSE(fs::exists(file));
  CHECK(folder.files().empty());
  // Never over an existing file.
  std::ofstream(file) << "mine";
  CHECK_THROWS_AS(backupRegister(f.reg(), file), StorageError);
  CHECK(fs::file_size(file) == 4);
}

TEST_CASE("restore brings a backup back into a new register, history and all", "[backup][restore]") {
  HistoryFixture f;
  Folder folder;
  const std::string file = folder.path("copy.s113");
  backupRegister(f.reg(), file);
  const auto original = history(f.reg());

  const std::string restored = folder.path("restored.s113");
  restoreRegister(file, restored);
  auto back = Register::open(restored, false);
  CHECK(history(*back) == original);
  if (f.t.isPostgres()) {
    // Into a new PostgreSQL database too; then it takes new writes after the old audit rows.
    TestRegister fresh;
    restoreRegister(file, fresh.target());
    CHECK(history(fresh.reg()) == original);
    RecordService(fresh.reg())
        .save(test::textEdit(personDef(), "P-9", {{"name", "New Person"}}, 0, Date(2016, 1, 1)));
    CHECK(history(fresh.reg()).size() > original.size());
    // Not over records.
    CHECK_THROWS_AS(restoreRegister(file, fresh.target()), StorageError);
  }
  // Never over an existing file.
  CHECK_THROWS_AS(restoreRegister(file, restored), StorageError);
}

TEST_CASE("restore refuses a file that is not a register, or one that fails check", "[backup][restore]") {
  HistoryFixture f;
  Folder folder;
  std::ofstream(folder.path("notes.txt")) << "not a register\n";
  CHECK_THROWS_AS(restoreRegister(folder.path("notes.txt"), folder.path("r1.s113")), StorageError);
  {
    soci::session other(soci::sqlite3, "db=" + folder.path("other.db"));
    other << "CREATE TABLE songs (title TEXT)";
  }
  CHECK_THROWS_AS(restoreRegister(folder.path("other.db"), folder.path("r2.s113")), StorageError);

  const std::string file = folder.path("copy.s113");
  backupRegister(f.reg(), file);
  {
    soci::session raw(soci::sqlite3, "db=" + file);
    // Edited outside the program, its guard dropped first: a record check refuses.
    raw << "DROP TRIGGER people_versions_no_update";
    raw << "UPDATE people_versions SET name = '' WHERE name = 'Sam Nhs'";
  }
  CHECK_THROWS_AS(restoreRegister(file, folder.path("r3.s113")), ValidationErrors);
  CHECK_FALSE(fs::exists(folder.path("r1.s113")));
  CHECK_FALSE(fs::exists(folder.path("r2.s113")));
  CHECK_FALSE(fs::exists(folder.path("r3.s113")));
}

TEST_CASE("a private temp folder is readable by its owner only and removed afterwards", "[backup]") {
  fs::path where;
  {
    PrivateTempDir dir("perm-test");
    where = dir.path();
    CHECK((fs::status(where).permissions() & fs::perms::all) == fs::perms::owner_all);
    std::ofstream(where / "salaries.csv") << "secret";
  }
  CHECK_FALSE(fs::exists(where));
}
