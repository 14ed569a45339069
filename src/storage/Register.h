// A register: one SOCI session on a SQLite file or a PostgreSQL database,
// migrated to the schema this program knows. All SQL lives in storage/,
// schema/ and reports/ (whose queries run through storage/TextQuery.h); only
// storage/ holds the session (storage/Session.h).
#pragma once
#include <boost/optional.hpp>
#include <memory>
#include <string>
#include <unordered_set>

#include <soci/soci.h>

#include "domain/Roles.h"
#include "domain/Timestamp.h"

namespace s113 {

enum class Backend { SQLite, PostgreSQL };

class StatementCache;
class WriteBatch;

class StorageSession;  // storage/Session.h: the session, for storage alone

class Register {
 public:
  // Opens `target`: a SQLite file path or a postgresql:// (or postgres://)
  // connection string. With create = false a SQLite file that does not exist
  // is refused rather than created, and so is a register of an older schema
  // (StorageError saying to run `s113reg-cli migrate`): opening runs no DDL.
  // With create = true (`init`) a new register is made and its creator
  // recorded as its admin, or an existing one brought to this program's
  // schema (admin only, as `openToMigrate`). Refuses a register whose schema
  // is newer than this program (StorageError), and a user who holds no role
  // in it (NotPermitted). Refuses
  // (StorageError "not an S113 register") anything that is not a register:
  // another program's database, an empty file unless creating, a text file;
  // refuses a register file on a network file system; checks the integrity of
  // a file that was not closed cleanly. A SQLite register is copied beside
  // itself before a migration unless backupBeforeMigration is false (a copy
  // being restored).
  static std::unique_ptr<Register> open(const std::string& target, bool create,
                                        bool backupBeforeMigration = true);
  // Opens an existing register and applies the migrations it lacks: the
  // `migrate` command. Only an admin may (NotPermitted otherwise).
  static std::unique_ptr<Register> openToMigrate(const std::string& target);
  // Another connection to the register `beside` is open on, for reads run
  // beside that one's (services/ParallelReads.h): the same acting user and
  // roles, and none of open()'s checks or migrations, which `beside` made.
  static std::unique_ptr<Register> openReader(const Register& beside);
  // Whether another connection would see what this one sees: not while a
  // write transaction or a write batch holds writes it has not committed.
  bool readersSeeWhatThisSees() const { return !inWriteTransaction_ && !writeBatch_; }

  Backend backend() const { return backend_; }
  const std::string& target() const { return target_; }
  // Register name for the status bar and messages (the file or the database).
  std::string displayName() const;
  // The acting user: the operating-system login on SQLite, the database role
  // on PostgreSQL.
  const std::string& actingUser() const { return actingUser_; }
  // What a write is stamped with (recorded_at, recorded_by): now and the
  // acting user, unless a RecordedAs is in force on this register.
  Timestamp recordingTime() const;
  const std::string& recordingUser() const;
  int schemaVersion();
  // The acting user's roles in this register, read when it was opened
  // (services/Roles.h says what they allow). A register in which no role has
  // been granted yet treats its opener as admin.
  const RoleSet& roles() const { return roles_; }
  // Reads them again (after a grant or a revocation).
  void reloadRoles();
  // The prepared statements of this connection (storage/StatementCache.h).
  StatementCache& statements();
  // How long a write waits for another user's lock before it is refused
  // with Busy (SQLite busy_timeout, PostgreSQL lock_timeout); 10 s at open.
  void setLockTimeout(int milliseconds);
  // Whether a WriteTransaction is open on this connection.
  bool inWriteTransaction() const { return inWriteTransaction_; }
  // The audit log's chain head within the open write transaction
  // (storage/AuditChain.h); none until the transaction's first audit row.
  boost::optional<std::string>& auditChainHead() { return auditChainHead_; }
  // True the first time `lock` is named in the open write transaction: a
  // transaction-scoped lock already taken need not be asked for again
  // (storage/Locks.h).
  bool firstAskForLock(const std::string& lock) { return !inWriteTransaction_ || locksTaken_.insert(lock).second; }
  // Whether `lock` was asked for in the open write transaction.
  bool holdsLock(const std::string& lock) const { return inWriteTransaction_ && locksTaken_.count(lock) > 0; }
  // The write batch open on this connection, if any (storage/WriteBatch.h).
  WriteBatch* writeBatch() const { return writeBatch_; }
  void setWriteBatch(WriteBatch* batch) { writeBatch_ = batch; }

 private:
  friend class StorageSession;
  enum class Mode { Existing, Create, Migrate, Reader };
  static std::unique_ptr<Register> openIn(const std::string& target, Mode mode, bool backupBeforeMigration);
  void connect(Mode mode);
  void bringSchemaUpToDate(Mode mode, bool backupBeforeMigration);
  friend class WriteTransaction;
  void setInWriteTransaction(bool open) {
    inWriteTransaction_ = open;
    auditChainHead_ = boost::none;
    locksTaken_.clear();
  }
  Register(const std::string& target, Backend backend);
  std::string target_;
  Backend backend_;
  soci::session sql_;
  std::string actingUser_;
  friend class RecordedAs;
  Timestamp recordedAt_;    // set by a RecordedAs; not set = now
  std::string recordedBy_;  // set by a RecordedAs; empty = the acting user
  RoleSet roles_;
  bool inWriteTransaction_ = false;
  boost::optional<std::string> auditChainHead_;
  WriteBatch* writeBatch_ = nullptr;
  std::unordered_set<std::string> locksTaken_;
  // Declared after sql_ so its statements are destroyed before the session.
  std::shared_ptr<StatementCache> statements_;
};

bool isPostgresTarget(const std::string& target);

// What a write transaction's cross-record checks lock on PostgreSQL
// (storage/Locks.h): the records each check reads, one by one, or every
// check of the register at once, for an import that checks thousands of
// records in one transaction (one lock instead of one per record it reads).
enum class CheckLocks { PerRecord, Whole };

// A write transaction: BEGIN IMMEDIATE on SQLite (so two writers queue rather
// than deadlock), BEGIN on PostgreSQL and the lock its checks begin with;
// rolled back unless committed. Throws Busy when another writer holds the
// register past the lock timeout.
class WriteTransaction {
 public:
  explicit WriteTransaction(Register& reg, CheckLocks checks = CheckLocks::PerRecord);
  ~WriteTransaction();
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;
  void commit();

 private:
  void rollBack();  // unless committed or rolled back already
  Register& reg_;
  bool open_;
};

// While one of these lives, writes on `reg` are stamped as recorded at `at`
// by `by`, as if made then: the sample register is laid
// down this way as it would have been recorded over the years
// (services/DemoHistory.h). Nothing else uses it.
class RecordedAs {
 public:
  RecordedAs(Register& reg, const Timestamp& at, const std::string& by);
  ~RecordedAs();
  RecordedAs(const RecordedAs&) = delete;
  RecordedAs& operator=(const RecordedAs&) = delete;

 private:
  Register& reg_;
  Timestamp previousAt_;
  std::string previousBy_;
};

// The current UTC time as ISO 8601 "2026-11-24T06:40:00Z" (recorded_at).
std::string utcTimestamp();

}  // namespace s113
