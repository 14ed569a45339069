#include "support/TestRegister.h"

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "storage/Migrations.h"
#include "storage/PostgresUri.h"

namespace fs = std::filesystem;

namespace s113::test {
namespace {

std::string serverUrl() {
  const char* file = std::getenv("S113_TEST_PG_FILE");
  if (!file) throw std::runtime_error("S113_TEST_PG_FILE is not set: run the PostgreSQL tests through ctest");
  std::ifstream in(file);
  std::string url;
  std::getline(in, url);
  if (url.empty()) throw std::runtime_error(std::string("no server URL in ") + file);
  return url;
}

std::string uniqueSuffix() {
  static std::atomic<int> counter{0};
  static const auto seed = std::random_device{}();
  return std::to_string(seed % 1000000) + "_" + std::to_string(counter++) + "_" +
         std::to_string(std::chrono::steady_clock::now().time_since_epoch().count() % 100000);
}

// "postgresql://u@h:p/postgres" -> the same server, database `name`.
std::string withDatabase(const std::string& url, const std::string& name) {
  return url.substr(0, url.rfind('/') + 1) + name;
}

}  // namespace

std::string backendUnderTest() {
  const char* backend = std::getenv("S113_TEST_BACKEND");
  return backend ? backend : "sqlite";
}

std::string uniqueLogin(const std::string& stem) { return stem + "_" + uniqueSuffix(); }

std::string tempPath(const std::string& suffix) {
  return (fs::temp_directory_path() / ("s113-test-" + uniqueSuffix() + suffix)).string();
}

TestRegister::TestRegister() {
  if (backendUnderTest() == "postgresql") {
    std::string server = serverUrl();
    databaseName_ = "t_" + uniqueSuffix();
    soci::session admin(soci::postgresql, postgresUriToKeywords(server));
    admin << "CREATE DATABASE " + databaseName_;
    target_ = withDatabase(server, databaseName_);
  } else {
    target_ = tempPath(".s113");
  }
  reg_ = Register::open(target_, true);
}

TestRegister::~TestRegister() {
  reg_.reset();
  try {
    if (!databaseName_.empty()) {
      soci::session admin(soci::postgresql, postgresUriToKeywords(serverUrl()));
      admin << "DROP DATABASE IF EXISTS " + databaseName_ + " WITH (FORCE)";
    } else {
      for (const char* extra : {"", "-wal", "-shm"}) fs::remove(target_ + extra);
    }
  } catch (...) {
    // A leftover temp database or file must not fail the test.
  }
}

std::unique_ptr<Register> TestRegister::openAnother() const { return Register::open(target_, false); }

std::string TestRegister::targetAs(const std::string& login) const {
  if (!isPostgres()) return target_;
  const std::size_t scheme = target_.find("://") + 3;
  const std::size_t at = target_.find('@', scheme);
  return target_.substr(0, scheme) + login + target_.substr(at);
}

std::unique_ptr<Register> TestRegister::openAs(const std::string& login) const {
  if (isPostgres()) return Register::open(targetAs(login), false);
  ScopedOsUser user(login);
  return Register::open(target_, false);
}

ScopedOsUser::ScopedOsUser(const std::string& login) {
  const char* previous = std::getenv("USER");
  had_ = previous != nullptr;
  if (had_) previous_ = previous;
  setenv("USER", login.c_str(), 1);
}

ScopedOsUser::~ScopedOsUser() {
  if (had_)
    setenv("USER", previous_.c_str(), 1);
  else
    unsetenv("USER");
}

bool TestRegister::isPostgres() const { return !databaseName_.empty(); }

EmptyDatabase::EmptyDatabase() {
  if (backendUnderTest() == "postgresql") {
    databaseName_ = "e_" + uniqueSuffix();
    soci::session admin(soci::postgresql, postgresUriToKeywords(serverUrl()));
    admin << "CREATE DATABASE " + databaseName_;
    target_ = withDatabase(serverUrl(), databaseName_);
  } else {
    target_ = tempPath(".s113");
  }
}

EmptyDatabase::~EmptyDatabase() {
  try {
    if (!databaseName_.empty()) {
      soci::session admin(soci::postgresql, postgresUriToKeywords(serverUrl()));
      admin << "DROP DATABASE IF EXISTS " + databaseName_ + " WITH (FORCE)";
    } else {
      for (const char* extra : {"", "-wal", "-shm"}) fs::remove(target_ + extra);
      fs::remove(beforeMigrationPath(target_, latestSchemaVersion()));
    }
  } catch (...) {
    // A leftover temp database or file must not fail the test.
  }
}

std::unique_ptr<soci::session> EmptyDatabase::connect() const {
  if (backend() == Backend::SQLite) return std::make_unique<soci::session>(soci::sqlite3, "db=" + target_);
  return std::make_unique<soci::session>(soci::postgresql, postgresUriToKeywords(target_));
}

}  // namespace s113::test
