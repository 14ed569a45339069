// SQLite's own checks of a register file, for the services that back up,
// restore and check a register (the PRAGMAs stay in storage).
#pragma once
#include <string>
#include <vector>

#include "storage/Register.h"

namespace s113 {

// "ok", or what SQLite's page-by-page integrity check found wrong with the
// file (a SQLite register only).
std::string sqliteIntegrity(Register& reg);

// The tables holding a foreign key that points nowhere (a SQLite register
// only: PostgreSQL never lets one in).
std::vector<std::string> tablesWithDanglingForeignKeys(Register& reg);

// Writes a consistent copy of the SQLite register file `backup` to `copy`,
// reading it without writing to it; StorageError (saying nothing was
// restored) unless it is an intact S113 register.
void copyCheckedSqliteBackup(const std::string& backup, const std::string& copy);

}  // namespace s113
