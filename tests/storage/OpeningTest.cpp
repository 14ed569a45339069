// What may be opened as a register: never another program's database, an
// empty file or a text file (refused, the file unchanged, "not an S113
// register"); init may create a register in a new or empty file only. A
// file not closed cleanly is checked whole first; a register is copied
// beside itself before a migration.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>
#ifdef __linux__
#include <linux/magic.h>
#endif

#include "domain/Errors.h"
#include "storage/FileSystemKind.h"
#include "storage/Migrations.h"
#include "storage/PostgresUri.h"
#include "storage/Register.h"
#include "support/TestRegister.h"
#include "storage/Session.h"

using namespace s113;
namespace fs = std::filesystem;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The message of the StorageError opening `target` throws; "opened" if none.
std::string openRefusal(const std::string& target, bool create) {
  try {
    Register::open(target, create);
  } catch (const StorageError& e) {
    return e.what();
  }
  return "opened";
}

struct TempFile {
  std::string path = test::tempPath(".db");
  ~TempFile() {
    std::error_code ec;
    for (const char* extra : {"", "-wal", "-shm"}) fs::remove(path + extra, ec);
    for (auto& entry : fs::directory_iterator(fs::path(path).parent_path(), ec))
      if (entry.path().string().rfind(path + ".", 0) == 0) fs::remove(entry.path(), ec);
  }
};

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("another program's SQLite file is refused by every open, and left unchanged", "[storage][opening]") {
  TempFile f;
  {
    soci::session other(soci::sqlite3, "db=" + f.path);
    other << "CREATE TABLE songs (title TEXT)";
    other << "INSERT INTO songs VALUES ('Jerusalem')";
  }
  const std::string before = slurp(f.path);
  for (bool create : {false, true}) {
    const std::string message = openRefusal(f.path, create);
    CHECK(contains(message, "is not an S113 register"));
    CHECK(slurp(f.path) == before);
  }
}

TEST_CASE("an empty file and a text file are not registers", "[storage][opening]") {
  TempFile empty;
  std::ofstream(empty.path).close();
  CHECK(contains(openRefusal(empty.path, false), "is not an S113 register (an empty file)"));
  CHECK(fs::file_size(empty.path) == 0);
  // init may make a register of an empty file.
  CHECK(openRefusal(empty.path, true) == "opened");

  TempFile text;
  std::ofstream(text.path) << "ref,title\nP-1,Nurse\n";
  const std::string before = slurp(text.path);
  CHECK(contains(openRefusal(text.path, false), "is not an S113 register (not a SQLite database)"));
  CHECK(contains(openRefusal(text.path, true), "is not an S113 register"));
  CHECK(slurp(text.path) == before);
}

TEST_CASE("a PostgreSQL database of another program, or an empty one, is not a register",
          "[storage][opening]") {
  if (test::backendUnderTest() != "postgresql") return;
  test::TestRegister server;  // reaches the test server
  const std::string base = server.target().substr(0, server.target().rfind('/') + 1);
  soci::session admin(soci::postgresql, postgresUriToKeywords(base + "postgres"));
  const std::string foreign = "foreign_" + std::to_string(std::rand() % 100000), empty = foreign + "_empty";
  admin << "CREATE DATABASE " + foreign;
  admin << "CREATE DATABASE " + empty;
  {
    soci::session other(soci::postgresql, postgresUriToKeywords(base + foreign));
    other << "CREATE TABLE songs (title TEXT)";
  }
  CHECK(contains(openRefusal(base + foreign, true), "is not an S113 register (a database of another program)"));
  CHECK(contains(openRefusal(base + empty, false), "is not an S113 register (an empty database: run init first)"));
  CHECK(openRefusal(base + empty, true) == "opened");
  admin << "DROP DATABASE " + foreign + " WITH (FORCE)";
  admin << "DROP DATABASE " + empty + " WITH (FORCE)";
}

TEST_CASE("network file systems are recognised by their statfs magic", "[storage][opening]") {
#ifdef __linux__
  CHECK(networkFileSystemName(NFS_SUPER_MAGIC) == "NFS");
  CHECK(networkFileSystemName(SMB_SUPER_MAGIC) == "SMB");
  CHECK(networkFileSystemName(0xFF534D42UL) == "CIFS");
  CHECK(networkFileSystemName(0xFE534D42UL) == "SMB");
  CHECK(networkFileSystemName(EXT4_SUPER_MAGIC).empty());
  CHECK(networkFileSystemName(TMPFS_MAGIC).empty());
#endif
  // The test's temp folder is local.
  CHECK(networkFileSystemOf(test::tempPath(".s113")).empty());
}

TEST_CASE("a register file not closed cleanly is checked whole before use", "[storage][opening]") {
  TempFile f, crashed;
  {
    auto reg = Register::open(f.path, true);
    sessionOf(*reg) << "CREATE TABLE filler (n INTEGER, pad TEXT)";
    for (int i = 0; i < 400; ++i)
      sessionOf(*reg) << "INSERT INTO filler VALUES (:n, :p)", soci::use(i), soci::use(std::string(500, 'x'));
  }
  // The state a crash leaves: a file with its write-ahead log beside it.
  {
    auto reg = Register::open(f.path, false);
    sessionOf(*reg) << "PRAGMA wal_autocheckpoint = 0";
    sessionOf(*reg) << "INSERT INTO filler VALUES (1, 'last')";
    REQUIRE(fs::exists(f.path + "-wal"));
    fs::copy_file(f.path, crashed.path);
    fs::copy_file(f.path + "-wal", crashed.path + "-wal");
  }
  // Damage a page in the middle of the file (the filler rows).
  {
    std::fstream io(crashed.path, std::ios::in | std::ios::out | std::ios::binary);
    io.seekp(static_cast<std::streamoff>(fs::file_size(crashed.path) / 2 / 4096 * 4096));
    const std::string garbage(4096, '\xA5');
    io.write(garbage.data(), garbage.size());
  }
  const std::string message = openRefusal(crashed.path, false);
  INFO(message);
  CHECK(contains(message, "is damaged"));
  CHECK(contains(message, "restore it from a backup"));
}

TEST_CASE("a SQLite register of an older schema is refused on opening, and copied beside itself before `migrate`", "[storage][opening]") {
  TempFile f;
  const int latest = latestSchemaVersion();
  {
    soci::session sql(soci::sqlite3, "db=" + f.path);
    migrate(sql, Backend::SQLite, f.path, latest - 1);  // a register of the previous schema
    int version = 0;
    sql << "SELECT MAX(version) FROM schema_version", soci::into(version);
    REQUIRE(version == latest - 1);
  }
  const std::string copy = beforeMigrationPath(f.path, latest);
  REQUIRE_FALSE(fs::exists(copy));
  // Opening runs no DDL: it says what to run instead and changes nothing.
  const std::string refusal = openRefusal(f.path, false);
  CHECK(contains(refusal, "s113reg-cli migrate"));
  CHECK_FALSE(fs::exists(copy));
  auto reg = Register::openToMigrate(f.path);
  CHECK(reg->schemaVersion() == latest);
  REQUIRE(fs::exists(copy));
  soci::session old(soci::sqlite3, "db=" + copy);
  int version = 0;
  old << "SELECT MAX(version) FROM schema_version", soci::into(version);
  CHECK(version == latest - 1);
  // A new register has nothing to keep: no copy.
  TempFile fresh;
  Register::open(fresh.path, true);
  CHECK_FALSE(fs::exists(beforeMigrationPath(fresh.path, latest)));
}
