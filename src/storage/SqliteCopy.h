// Whole copies of a SQLite register that never lie: the copy is written to a
// temporary file in the destination's own folder and renamed into place only
// when complete, so a file under the final name is always a whole register
// (a copy killed part-way leaves only the temporary file behind).
#pragma once
#include <string>

#include <soci/soci.h>

#include "storage/Register.h"

namespace s113 {

// Writes a consistent copy of the SQLite database open in `sql` (VACUUM INTO)
// to `finalPath`, replacing nothing: throws StorageError when it exists.
void copySqliteAtomically(soci::session& sql, const std::string& finalPath);
// The same for a register (a backup).
void copySqliteAtomically(Register& reg, const std::string& finalPath);

// A name for a temporary file beside `finalPath` (same folder, so the rename
// stays on one file system): "FINAL.partial-<random>". Not created.
std::string partialPathFor(const std::string& finalPath);

// Moves `partial` to `finalPath` unless that exists (then the partial is removed
// and StorageError thrown).
void moveIntoPlace(const std::string& partial, const std::string& finalPath);

}  // namespace s113
