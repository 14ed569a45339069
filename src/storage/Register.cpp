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
#include "storage/WriteBatch.h"
#include "storage/Migrations.h"
#include "storage/OsUser.h"
#include "storage/PostgresRoles.h"
#include "storage/PostgresUri.h"
#include "storage/RoleStore.h"
#include "storage/SqliteConnect.h"
#include "storage/Session.h"

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

// Through the catalogue, not information_schema: that shows a PostgreSQL user
// only the tables they hold a privilege on.
bool hasTable(soci::session& sql, Backend backend, const std::string& table) {
  long long n = 0;
  if (backend == Backend::SQLite)
    sql << "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = :t", soci::use(table), soci::into(n);
  else
    sql << "SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = "
           "current_schema() AND c.relkind = 'r' AND c.relname = :t",
        soci::use(table), soci::into(n);
  return n > 0;
}

long long tableCount(soci::session& sql) {
  long long n = 0;
  sql << "SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = "
         "current_schema() AND c.relkind = 'r'",
      soci::into(n);
  return n;
}

StorageError schemaTooNew(int current, int known) {
  return StorageError("This register uses schema version " + std::to_string(current) +
                      ", newer than this program understands (" + std::to_string(known) +
                      "). Open it with a newer version of S113 Register; it has not been changed.");
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

namespace {
// Migrations are the admin's (domain/Roles.h, Action::Migrate).
void requireMigrationRight(Register& reg, int latest) {
  reg.reloadRoles();
  if (!allows(reg.roles(), Action::Migrate))
    throw NotPermitted("Only admin may " + describe(Action::Migrate) + " (schema " + std::to_string(latest) + ") of '" +
                       reg.displayName() + "'; " + reg.actingUser() + " holds " + reg.roles().names() +
                       " in this register. Nothing was changed.");
}
}  // namespace

bool isPostgresTarget(const std::string& target) {
  return target.rfind("postgresql://", 0) == 0 || target.rfind("postgres://", 0) == 0;
}

Register::Register(const std::string& target, Backend backend) : target_(target), backend_(backend) {}

std::unique_ptr<Register> Register::open(const std::string& target, bool create,
                                         bool backupBeforeMigration) {
  return openIn(target, create ? Mode::Create : Mode::Existing, backupBeforeMigration);
}

std::unique_ptr<Register> Register::openToMigrate(const std::string& target) {
  return openIn(target, Mode::Migrate, true);
}

std::unique_ptr<Register> Register::openReader(const Register& beside) {
  std::unique_ptr<Register> reg(new Register(beside.target_, beside.backend_));
  try {
    reg->connect(Mode::Reader);
  } catch (const soci::soci_error& e) {
    throw StorageError("Cannot open another connection to the register '" + reg->displayName() + "': " + e.what());
  }
  reg->actingUser_ = beside.actingUser_;
  reg->roles_ = beside.roles_;
  return reg;
}

std::unique_ptr<Register> Register::openIn(const std::string& target, Mode mode, bool backupBeforeMigration) {
  if (target.empty()) throw StorageError("No register given: name a file or a postgresql:// address");
  Backend backend = isPostgresTarget(target) ? Backend::PostgreSQL : Backend::SQLite;
  std::unique_ptr<Register> reg(new Register(target, backend));
  try {
    reg->connect(mode);
  } catch (const soci::soci_error& e) {
    throw StorageError("Cannot open the register '" + reg->displayName() + "': " + e.what());
  } catch (const std::invalid_argument& e) {
    throw StorageError("Cannot open the register '" + reg->displayName() + "': " + e.what());
  }
  const auto refuseWithoutRole = [&] {
    if (reg->roles_.empty())
      throw NotPermitted(reg->actingUser_ + " holds no role in the register '" + reg->displayName() +
                         "'. An admin can grant one: s113reg-cli roles REGISTER grant " + reg->actingUser_ + " ROLE");
  };
  try {
    reg->reloadRoles();
    refuseWithoutRole();
    reg->bringSchemaUpToDate(mode, backupBeforeMigration);
    reg->reloadRoles();
  } catch (const soci::soci_error& e) {
    throw StorageError("Cannot open the register '" + reg->displayName() + "': " + e.what());
  }
  refuseWithoutRole();
  return reg;
}

void Register::connect(Mode mode) {
  const bool create = mode == Mode::Create;
  if (backend_ == Backend::PostgreSQL) {
    sql_.open(soci::postgresql, postgresUriToKeywords(target_));
    sql_ << "SET client_min_messages TO warning";
    setLockTimeout(kDefaultLockTimeoutMs);
    sql_ << "SELECT current_user", soci::into(actingUser_);
    if (mode == Mode::Reader) return;
    // A database with tables of its own but no schema_version belongs to
    // another program; an empty one becomes a register only on `init`.
    if (!hasTable(sql_, backend_, "schema_version")) {
      if (tableCount(sql_) > 0) throw notARegister(displayName(), "a database of another program");
      if (!create) throw notARegister(displayName(), "an empty database: run init first");
    }
    return;
  }
  if (mode == Mode::Reader) {
    sql_.open(soci::sqlite3, sqliteConnectString(target_));
    setLockTimeout(kDefaultLockTimeoutMs);
    return;
  }
  const FileBeforeOpening file = inspectFile(target_, create);
  sql_.open(soci::sqlite3, sqliteConnectString(target_));
  setLockTimeout(kDefaultLockTimeoutMs);
  try {
    if (file.closedUncleanly) requireIntact(sql_, target_);
    if (file.holdsData && !hasTable(sql_, backend_, "schema_version"))
      throw notARegister(target_, "a SQLite database of another program");
  } catch (const soci::sqlite3_soci_error& e) {
    const int primary = e.result() & 0xff;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) throw damaged(target_, e.what());
    throw;
  }
  sql_ << "PRAGMA foreign_keys = ON";
  std::string journal;
  sql_ << "PRAGMA journal_mode = WAL", soci::into(journal);
  actingUser_ = osLoginName();
}

// Opening runs no DDL: only `init` and `migrate` (an admin) change the schema.
void Register::bringSchemaUpToDate(Mode mode, bool backupBeforeMigration) {
  const int current = hasTable(sql_, backend_, "schema_version") ? currentSchemaVersion(sql_) : 0;
  const int latest = latestSchemaVersion();
  if (current > latest) throw schemaTooNew(current, latest);
  // `migrate` is the admin's even when there is nothing to do.
  if (mode == Mode::Migrate) requireMigrationRight(*this, latest);
  if (current == latest && !(mode == Mode::Migrate && backend_ == Backend::PostgreSQL)) return;
  if (mode == Mode::Existing)
    throw StorageError("The register '" + displayName() + "' uses schema version " + std::to_string(current) +
                       ", older than this program's (" + std::to_string(latest) +
                       "). It has not been changed. An admin brings it up to date with: s113reg-cli migrate " +
                       displayName() + (backend_ == Backend::SQLite ? " (the file is copied beside itself first)" : ""));
  if (current > 0) requireMigrationRight(*this, latest);
  const bool rolesBefore = hasTable(sql_, backend_, "roles");
  if (backend_ == Backend::SQLite) {
    migrate(sql_, backend_, backupBeforeMigration ? target_ : "");
  } else {
    // The schema belongs to the owner role: its objects are created as it,
    // then each group role is granted exactly its rights.
    postgres::prepareForMigration(sql_);
    postgres::asOwner(sql_, [&] { migrate(sql_, backend_); });
    postgres::grantPrivileges(sql_);
  }
  // The user who creates a register is its first admin; on PostgreSQL also
  // whoever brings a register made before roles existed to this schema
  // (it was theirs alone: its tables were theirs).
  if (current == 0 || (backend_ == Backend::PostgreSQL && !rolesBefore)) {
    WriteTransaction tx(*this);
    RoleStore(*this).grant(actingUser_, Role::Admin, actingUser_);
    tx.commit();
  }
}

void Register::reloadRoles() {
  RoleStore store(*this);
  if (!hasTable(sql_, backend_, "roles"))
    roles_ = RoleSet{Role::Admin};  // a register made before roles: the opener is admin
  else if (backend_ == Backend::PostgreSQL)
    roles_ = postgres::rolesOfCurrentUser(sql_);  // what the database itself enforces
  else if (!store.anyRecorded())
    roles_ = RoleSet{Role::Admin};  // no role granted yet: the opener is admin
  else
    roles_ = store.rolesOf(actingUser_);
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
  // ... nor one given as a parameter (?password=...).
  for (std::size_t key = shown.find("password="); key != std::string::npos; key = shown.find("password=", key + 1)) {
    const std::size_t value = key + 9, end = shown.find('&', value);
    shown.replace(value, (end == std::string::npos ? shown.size() : end) - value, "***");
  }
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

WriteTransaction::WriteTransaction(Register& reg, CheckLocks checks) : reg_(reg), open_(false) {
  try {
    sessionOf(reg_) << (reg_.backend() == Backend::SQLite ? "BEGIN IMMEDIATE" : "BEGIN");
  } catch (const soci::soci_error& e) {
    if (isBusyError(e)) throw Busy();
    throw;
  }
  open_ = true;
  reg_.setInWriteTransaction(true);
  try {
    lockChecksOfTransaction(reg_, checks);
  } catch (const std::exception&) {
    rollBack();  // a constructor that throws runs no destructor
    throw;
  }
}

WriteTransaction::~WriteTransaction() { rollBack(); }

void WriteTransaction::rollBack() {
  if (!open_) return;
  open_ = false;
  reg_.setInWriteTransaction(false);
  try {
    sessionOf(reg_) << "ROLLBACK";
  } catch (...) {
    // Nothing more can be done; the connection drops the transaction.
  }
}

void WriteTransaction::commit() {
  if (WriteBatch* batch = reg_.writeBatch()) batch->flush();  // what it holds is part of the transaction
  try {
    sessionOf(reg_) << "COMMIT";
  } catch (const soci::soci_error& e) {
    if (isBusyError(e)) throw Busy();
    throw;
  }
  open_ = false;
  reg_.setInWriteTransaction(false);
}

Timestamp Register::recordingTime() const { return recordedAt_.isSet() ? recordedAt_ : Timestamp::now(); }

const std::string& Register::recordingUser() const { return recordedBy_.empty() ? actingUser_ : recordedBy_; }

RecordedAs::RecordedAs(Register& reg, const Timestamp& at, const std::string& by)
    : reg_(reg), previousAt_(reg.recordedAt_), previousBy_(reg.recordedBy_) {
  reg_.recordedAt_ = at;
  reg_.recordedBy_ = by;
}

RecordedAs::~RecordedAs() {
  reg_.recordedAt_ = previousAt_;
  reg_.recordedBy_ = previousBy_;
}

std::string utcTimestamp() { return formatTimestamp(Timestamp::now()); }

}  // namespace s113
