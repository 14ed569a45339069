// A fresh, empty register for one test on the backend chosen by the
// environment: S113_TEST_BACKEND=sqlite (a temp file) or postgresql (a new
// database on the server whose URL is in the file named by S113_TEST_PG_FILE,
// started by tests/support/pg-start.sh). Dropped again at the end.
#pragma once
#include <memory>
#include <string>

#include "storage/Register.h"

namespace s113::test {

class TestRegister {
 public:
  TestRegister();
  ~TestRegister();
  Register& reg() { return *reg_; }
  Register* operator->() { return reg_.get(); }
  Register& operator*() { return *reg_; }
  // Another connection to the same register (a second user).
  std::unique_ptr<Register> openAnother() const;
  // Another connection as the user `login`: on SQLite the operating-system
  // login the register sees ($USER while it opens), on PostgreSQL that
  // database role (which must exist: `roles grant` creates it).
  std::unique_ptr<Register> openAs(const std::string& login) const;
  // The register's address as `login` would give it (the user in a
  // postgresql:// address; the file itself on SQLite).
  std::string targetAs(const std::string& login) const;
  const std::string& target() const { return target_; }
  bool isPostgres() const;

 private:
  std::string target_;
  std::string databaseName_;
  std::unique_ptr<Register> reg_;
};

// A new database with no schema at all on the backend under test (a temp
// file, or a new database on the test server), for a test that builds a
// register of an older schema by hand. Dropped again at the end.
class EmptyDatabase {
 public:
  EmptyDatabase();
  ~EmptyDatabase();
  EmptyDatabase(const EmptyDatabase&) = delete;
  EmptyDatabase& operator=(const EmptyDatabase&) = delete;
  // What Register::open takes.
  const std::string& target() const { return target_; }
  Backend backend() const { return databaseName_.empty() ? Backend::SQLite : Backend::PostgreSQL; }
  // A plain connection to it.
  std::unique_ptr<soci::session> connect() const;

 private:
  std::string target_;
  std::string databaseName_;
};

// "sqlite" or "postgresql".
std::string backendUnderTest();
// Sets $USER for its lifetime (the login a SQLite register sees), then
// puts back what was there.
class ScopedOsUser {
 public:
  explicit ScopedOsUser(const std::string& login);
  ~ScopedOsUser();

 private:
  bool had_;
  std::string previous_;
};

// A login name no other test uses ("alice_482913_3_1234"): PostgreSQL roles
// belong to the whole test server, not to one database.
std::string uniqueLogin(const std::string& stem);

// A path for a new temp file (not created).
std::string tempPath(const std::string& suffix);

}  // namespace s113::test
