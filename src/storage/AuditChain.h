// The audit log's hash chain: each row's hash (one row per change,
// audit_changes) is the SHA-256 of its content and the hash of the row before
// it (by seq), so a row changed, inserted in the middle or deleted outside the
// program breaks the chain at that point. The first row chains from "". One
// hash per row, computed in C++ as the rows are written in order; the chain
// head is read once per write transaction and then kept by the Register
// (Register::auditChainHead). Writers are serialised so the chain cannot fork:
// SQLite lets one writer in at a time (BEGIN IMMEDIATE); on PostgreSQL the
// first audit row of a transaction takes a transaction-scoped advisory lock
// before it reads the head.
#pragma once
#include <functional>
#include <optional>
#include <string>

#include <soci/soci.h>

#include "storage/AuditStore.h"

namespace s113 {

// The hash of `change` chained after `previous` (hex; "" for the first row).
std::string auditChangeHash(const std::string& previous, const AuditChange& change);

// The hash the next audit row of this transaction chains from.
std::string& auditChainHead(Register& reg);

// Hashes every row from `fromSeq` on again, after rows before it were given
// new values (anonymisation), with the guard lifted in the caller's
// transaction; returns how many rows were hashed. The caller records that it
// did so in the log itself.
std::size_t rechainAuditRowsFrom(soci::session& sql, long long fromSeq);

// Where the chain breaks: the first row (by seq) whose stored hash does not
// follow from its content and the stored hash of the row before it.
struct ChainBreak {
  long long seq = 0;
  std::string message;  // names the row and what is wrong
};
// Verifies the whole chain, oldest row first, reading it in pages of rows by
// seq (memory stays bounded whatever the log's length); `each` sees every row read.
std::optional<ChainBreak> verifyAuditChain(Register& reg, const std::function<void(const AuditChange&)>& each);

}  // namespace s113
