// Copies every row of every table of one register into another of the same
// schema, exactly as stored: each record version, each audit row with its
// sequence number, who and when. Used by the PostgreSQL backup (into a new
// SQLite file) and by restore (from a backup file into a new register); never
// an export and import, which would rewrite the history as new writes.
#pragma once
#include <functional>
#include <string>

#include "storage/Register.h"

namespace s113 {

// Replaces the rows of every table of `to` (a new register: only the seed rows
// its migrations wrote) with those of `from`, in one transaction of `to`,
// reading `from` in one consistent snapshot. Both must be at the same schema
// version. `step(table, rows)` is called as each table is copied.
void copyAllTables(Register& from, Register& to,
                   const std::function<void(const std::string&, std::size_t)>& step = {});

// Rows users wrote (record versions not seeded by the schema, audit rows):
// 0 for a new register.
long long userRowCount(Register& reg);

}  // namespace s113
