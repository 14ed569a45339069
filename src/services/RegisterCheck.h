// `check`: the database's own integrity check, the tamper evidence (the
// audit log's hash chain, the append-only triggers, an audit row for every
// version: TamperCheck.h), plus every live record validated again (types,
// entity rules, references). Backups: Backup.h.
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

CheckReport checkRegister(Register& reg);

}  // namespace s113
