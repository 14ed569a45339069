// `check`: the database's own integrity check plus every live record
// validated again (types, entity rules, references), and backups.
#pragma once
#include <string>
#include <vector>

#include "services/Progress.h"
#include "storage/Register.h"

namespace s113 {

struct CheckReport {
  std::size_t recordsChecked = 0;
  std::vector<std::string> errors;
  std::vector<std::string> warnings;
};

CheckReport checkRegister(Register& reg);

// Copies the register into a new SQLite file: the whole file with its
// history from SQLite (VACUUM INTO); the newest records from PostgreSQL
// (an export and import, reported to `progress`).
void backupRegister(Register& reg, const std::string& file, Progress* progress = nullptr);

}  // namespace s113
