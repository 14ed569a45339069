// Backups and restores. A backup is always one SQLite file, complete or not
// there at all (written beside its final name and renamed into place). From
// a SQLite register it is the file itself (VACUUM INTO); from PostgreSQL every
// row of every table copied as stored: each version, each audit row with its
// sequence number, who and when (storage/TableCopy.h).
#pragma once
#include <string>

#include "services/Progress.h"
#include "storage/Register.h"

namespace s113 {

// Copies the register into the new SQLite file `file` (refused if it exists).
void backupRegister(Register& reg, const std::string& file, Progress* progress = nullptr);

// Restores `backup` (a backup file, or any SQLite register) into a new
// register `target`: a SQLite file that does not exist yet, or a PostgreSQL
// database holding no records. Refused, writing nothing, unless the backup
// is an S113 register that passes the database's integrity check and `check`
// (StorageError / ValidationErrors naming what is wrong).
void restoreRegister(const std::string& backup, const std::string& target, Progress* progress = nullptr);

}  // namespace s113
