// `check`: the tamper evidence (the
// audit log's hash chain, the append-only triggers, an audit row for every
// version: TamperCheck.h), plus every live record validated again (types,
// entity rules, references); on SQLite the foreign keys, and when asked the
// database's own page-by-page integrity check. Backups: Backup.h.
#pragma once
#include <string>
#include <vector>

#include "services/Backup.h"
#include "services/Progress.h"
#include "storage/Register.h"

namespace s113 {

struct CheckReport {
  std::size_t recordsChecked = 0;
  std::vector<std::string> errors;
  std::vector<std::string> warnings;
};

struct CheckOptions {
  // SQLite's PRAGMA integrity_check: reads every page and cross-checks every
  // index against its table, so it costs as much as the rest of check
  // together (2 s of CPU per 250 MB file). It finds damage to the file, not
  // tampering (the hash chain and the audit rows do that), so it runs when
  // asked (`check --integrity`), when a backup is written or restored, and
  // when a register left open by a crash is opened again.
  bool integrity = false;
};

CheckReport checkRegister(Register& reg, const CheckOptions& options = {});

}  // namespace s113
