#include "storage/Register.h"

#include <boost/date_time/posix_time/posix_time.hpp>
#include <filesystem>
#include <fstream>

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <sqlite3.h>

#include "domain/Errors.h"
#include "storage/FileSystemKind.h"
#include "storage/Locks.h"
#include "storage/Migrations.h"
#include "storage/OsUser.h"
#include "storage/PostgresUri.h"
#include "storage/SqliteConnect.h"

namespace s113 {

namespace {
constexpr int kDefaultLockTimeoutMs = 10000;
namespace fs = std::filesystem;

StorageError notARegister(const std::string& name, const std::string& why) {
  return StorageError("'" + name + "' is not an S113 register (" + why + "). It has not been changed.");
}

// What is known of a SQLite file before it is opened.
struct FileBeforeOpening {
  bool holdsData = false;     // not new and not empty: must already be a register
  bool closedUncleanly = false;  // a write-ahead log was left beside it
};

// Refuses what must not be opened as a register file: a missing file (unless
// creating), a file on a network file system, something that is not a
// regular file, an empty file (unless creating), a file that is not SQLite.
FileBeforeOpening inspectFile(const std::string& target, bool create) {
  FileBeforeOpening file;
  std::error_code ec;
  const bool exists = fs::exists(target, ec);
  if (!exists && !create) throw StorageError("There is no register file '" + target + "'");
  const std::string network = networkFileSystemOf(target);
  if (!network.empty())
    throw StorageError("'" + target + "' is on a network file system (" + network +
                       "): a register file there can be damaged when several computers use it. "
                       "Keep register files on a local disk; to share a register, use PostgreSQL "
                       "(File > Connect to PostgreSQL).");
  if (!exists) return file;
  if (!fs::is_regular_file(target, ec)) throw notARegister(target, "not a regular file");
  if (fs::file_size(target, ec) == 0) {
    if (!create) throw notARegister(target, "an empty file");
    return file;
  }
  char header[16] = {};
  std::ifstream in(target, std::ios::binary);
  in.read(header, sizeof header);
  if (in.gcount() != sizeof header || std::string(header, sizeof header) != std::string("SQLite format 3\0", 16))
    throw notARegister(target, "not a SQLite database");
  file.holdsData = true;
  const std::string wal = target + "-wal";
  file.closedUncleanly = fs::exists(wal, ec) && fs::file_size(wal, ec) > 0;
  return file;
}

bool hasTable(soci::session& sql, Backend backend, const std::string& table) {
  long long n = 0;
  if (backend == Backend::SQLite)
    sql << "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = :t", soci::use(table), soci::into(n);
  else
    sql << "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND "
           "table_name = :t",
        soci::use(table), soci::into(n);
  return n > 0;
}

long long tableCount(soci::session& sql) {
  long long n = 0;
  sql << "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()", soci::into(n);
  return n;
}

StorageError damaged(const std::string& name, const std::string& why) {
  return StorageError("The register '" + name + "' is damaged (" + why +
                      "). Nothing was changed: restore it from a backup (s113reg-cli restore).");
}

// A SQLite file left with a write-ahead log was not closed cleanly (a crash,
// a kill, a power cut, or another user has it open): check it whole first.
void requireIntact(soci::session& sql, const std::string& name) {
  std::string result;
  sql << "PRAGMA integrity_check", soci::into(result);
  if (result != "ok") throw damaged(name, result);
}
}  // namespace

bool isPostgresTarget(const std::string& target) {
  return target.rfind("postgresql://", 0) == 0 || target.rfind("postgres://", 0) == 0;
}

Register::Register(const std::string& target, Backend backend) : target_(target), backend_(backend) {}

std::unique_ptr<Register> Register::open(const std::string& target, bool create,
                                         bool backupBeforeMigration) {
  if (target.empty()) throw StorageError("No register given: name a file or a postgresql:// address");
  Backend backend = isPostgresTarget(target) ? Backend::PostgreSQL : Backend::SQLite;
  std::unique_ptr<Register> reg(new Register(target, backend));
  try {
    if (backend == Backend::PostgreSQL) {
      reg->sql_.open(soci::postgresql, postgresUriToKeywords(target));
      reg->sql_ << "SET client_min_messages TO warning";
      reg->setLockTimeout(kDefaultLockTimeoutMs);
      reg->sql_ << "SELECT current_user", soci::into(reg->actingUser_);
      // A database with tables of its own but no schema_version belongs to
      // another program; an empty one becomes a register only on `init`.
      if (!hasTable(reg->sql_, backend, "schema_version")) {
        if (tableCount(reg->sql_) > 0) throw notARegister(reg->displayName(), "a database of another program");
        if (!create) throw notARegister(reg->displayName(), "an empty database: run init first");
      }
    } else {
      const FileBeforeOpening file = inspectFile(target, create);
      reg->sql_.open(soci::sqlite3, sqliteConnectString(target));
      reg->setLockTimeout(kDefaultLockTimeoutMs);
      try {
        if (file.closedUncleanly) requireIntact(reg->sql_, target);
        if (file.holdsData && !hasTable(reg->sql_, backend, "schema_version"))
          throw notARegister(target, "a SQLite database of another program");
      } catch (const soci::sqlite3_soci_error& e) {
        const int primary = e.result() & 0xff;
        if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) throw damaged(target, e.what());
        throw;
      }
      reg->sql_ << "PRAGMA foreign_keys = ON";
      std::string mode;
      reg->sql_ << "PRAGMA journal_mode = WAL", soci::into(mode);
      reg->actingUser_ = osLoginName();
    }
  } catch (const soci::soci_error& e) {
    throw StorageError("Cannot open the register '" + reg->displayName() + "': " + e.what());
  } catch (const std::invalid_argument& e) {
    throw StorageError("Cannot open the register '" + reg->displayName() + "': " + e.what());
  }
  migrate(reg->sql_, backend, backend == Backend::SQLite && backupBeforeMigration ? target : "");
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
  reg_.setInWriteTransaction(true);
}

WriteTransaction::~WriteTransaction() {
  if (open_) {
    reg_.setInWriteTransaction(false);
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
  reg_.setInWriteTransaction(false);
}

std::string Register::recordingTime() const { return recordedAt_.empty() ? utcTimestamp() : recordedAt_; }

const std::string& Register::recordingUser() const { return recordedBy_.empty() ? actingUser_ : recordedBy_; }

RecordedAs::RecordedAs(Register& reg, const std::string& at, const std::string& by)
    : reg_(reg), previousAt_(reg.recordedAt_), previousBy_(reg.recordedBy_) {
  reg_.recordedAt_ = at;
  reg_.recordedBy_ = by;
}

RecordedAs::~RecordedAs() {
  reg_.recordedAt_ = previousAt_;
  reg_.recordedBy_ = previousBy_;
}

std::string utcTimestamp() {
  auto now = boost::posix_time::second_clock::universal_time();
  return boost::posix_time::to_iso_extended_string(now) + "Z";
}

}  // namespace s113
