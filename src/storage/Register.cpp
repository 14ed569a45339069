#include "storage/Register.h"

#include <boost/date_time/posix_time/posix_time.hpp>
#include <fstream>

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "domain/Errors.h"
#include "storage/Locks.h"
#include "storage/Migrations.h"
#include "storage/OsUser.h"
#include "storage/PostgresUri.h"

namespace s113 {

namespace {
constexpr int kDefaultLockTimeoutMs = 10000;
}  // namespace

bool isPostgresTarget(const std::string& target) {
  return target.rfind("postgresql://", 0) == 0 || target.rfind("postgres://", 0) == 0;
}

Register::Register(const std::string& target, Backend backend) : target_(target), backend_(backend) {}

std::unique_ptr<Register> Register::open(const std::string& target, bool create) {
  if (target.empty()) throw StorageError("No register given: name a file or a postgresql:// address");
  Backend backend = isPostgresTarget(target) ? Backend::PostgreSQL : Backend::SQLite;
  std::unique_ptr<Register> reg(new Register(target, backend));
  try {
    if (backend == Backend::PostgreSQL) {
      reg->sql_.open(soci::postgresql, postgresUriToKeywords(target));
      reg->sql_ << "SET client_min_messages TO warning";
      reg->setLockTimeout(kDefaultLockTimeoutMs);
      reg->sql_ << "SELECT current_user", soci::into(reg->actingUser_);
    } else {
      if (!create && !std::ifstream(target).good())
        throw StorageError("There is no register file '" + target + "'");
      reg->sql_.open(soci::sqlite3, "db=\"" + target + "\" timeout=10");
      reg->sql_ << "PRAGMA foreign_keys = ON";
      std::string mode;
      reg->sql_ << "PRAGMA journal_mode = WAL", soci::into(mode);
      reg->setLockTimeout(kDefaultLockTimeoutMs);
      reg->actingUser_ = osLoginName();
    }
  } catch (const soci::soci_error& e) {
    throw StorageError("Cannot open the register '" + reg->displayName() + "': " + e.what());
  } catch (const std::invalid_argument& e) {
    throw StorageError("Cannot open the register '" + reg->displayName() + "': " + e.what());
  }
  migrate(reg->sql_, backend);
  return reg;
}

std::string Register::displayName() const {
  if (backend_ == Backend::SQLite) return target_;
  // Never show a password that may sit in the URI.
  std::string shown = target_;
  std::size_t scheme = shown.find("://");
  std::size_t at = shown.find('@');
  std::size_t colon = shown.find(':', scheme + 3);
  if (at != std::string::npos && colon != std::string::npos && colon < at)
    shown.replace(colon, at - colon, ":***");
  return shown;
}

int Register::schemaVersion() { return currentSchemaVersion(sql_); }

void Register::setLockTimeout(int milliseconds) {
  const std::string ms = std::to_string(milliseconds);
  if (backend_ == Backend::SQLite)
    sql_ << "PRAGMA busy_timeout = " + ms;
  else
    sql_ << "SET lock_timeout = " + ms;
}

WriteTransaction::WriteTransaction(Register& reg) : reg_(reg), open_(false) {
  try {
    reg_.sql() << (reg_.backend() == Backend::SQLite ? "BEGIN IMMEDIATE" : "BEGIN");
  } catch (const soci::soci_error& e) {
    if (isBusyError(e)) throw Busy();
    throw;
  }
  open_ = true;
}

WriteTransaction::~WriteTransaction() {
  if (open_) {
    try {
      reg_.sql() << "ROLLBACK";
    } catch (...) {
      // Nothing more can be done; the connection drops the transaction.
    }
  }
}

void WriteTransaction::commit() {
  try {
    reg_.sql() << "COMMIT";
  } catch (const soci::soci_error& e) {
    if (isBusyError(e)) throw Busy();
    throw;
  }
  open_ = false;
}

std::string utcTimestamp() {
  auto now = boost::posix_time::second_clock::universal_time();
  return boost::posix_time::to_iso_extended_string(now) + "Z";
}

}  // namespace s113
