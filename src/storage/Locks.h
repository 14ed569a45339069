// Serialising the writes a cross-record rule depends on. A rule that reads
// other records (a contract's placements add up to no more than its FTE)
// holds under concurrency only when two writers cannot both read the same
// state and both commit: each check first locks the records it reads.
// SQLite needs nothing more (BEGIN IMMEDIATE lets one writer in at a time);
// PostgreSQL takes a transaction-scoped advisory lock on the record (table
// and key), so a second writer waits for the first to commit and then sees
// its rows. An import, which checks thousands of records in one
// transaction, instead locks every check of the register at once.
#pragma once
#include <string>

#include <soci/soci.h>

#include "domain/EntityDef.h"
#include "storage/Register.h"

namespace s113 {

// Taken by every write transaction as it begins, before any other lock, so
// that no two writers wait for each other in a circle: on PostgreSQL one
// advisory lock for every check of the register, shared when the
// transaction's checks lock the records they read (PerRecord), exclusive
// when they need not (Whole: no other writer's checks run until it ends).
void lockChecksOfTransaction(Register& reg, CheckLocks checks);

// Locks the record `key` until the transaction ends (on PostgreSQL, with
// every key of its table that shares its bucket); nothing for an empty key.
// Throws Busy when the lock is not granted in time (or PostgreSQL breaks a
// deadlock). Nothing when the transaction locked every check (Whole).
void lockForCheck(Register& reg, const EntityDef& def, const std::string& key);

// True for the errors that mean "another writer holds the lock": SQLite
// BUSY/LOCKED, PostgreSQL lock_not_available, deadlock, serialization failure.
bool isBusyError(const soci::soci_error& error);

}  // namespace s113
