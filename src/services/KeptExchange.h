// What finance closed, in the CSV folder (docs/exchange-format.md, "Closed
// periods and true-ups"): recharge_closes.csv, recharge_true_ups.csv and
// recharge_kept_lines.csv (every line kept exactly as invoiced or recorded),
// so an export imported into an empty register invoices the same closed
// periods to the penny, and a PostgreSQL backup keeps them. Append-only like
// the history (HistoryExchange.h): a close or true-up already in the register
// must be identical to the file's, lines included (closed periods never
// change); new ones are added. Used by Exchange.cpp.
#pragma once
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "domain/Errors.h"
#include "storage/Register.h"

namespace s113 {

// The files, in the order they are read and written.
const std::vector<std::string>& keptFiles();
// The columns of one of those files, in order.
const std::vector<std::string>& keptColumns(const std::string& file);

struct KeptRows;  // what the files held, checked row by row

// Reads and checks the files among `files` (found by name in the import's
// folder): columns, values, every line belonging to a close or true-up of
// the files. Problems are appended to `errors` as "<file> row N: column C:
// reason". Writes nothing.
std::shared_ptr<KeptRows> readKept(const std::map<std::string, std::filesystem::path>& files,
                                   std::vector<ValidationError>& errors);

struct KeptImport {
  int added = 0;      // closes and true-ups added, with their lines
  int unchanged = 0;  // already in the register, identical
};

// Adds what is new inside the caller's WriteTransaction, audited under the
// importing user; finance and admin only when there is anything to add. An
// added close counts as closed when imported: the changes an adjustment of it
// names are those recorded after the import. Throws ValidationErrors naming
// the file row when a close or true-up differs from the register's, or a new
// close is not after the year's last one.
KeptImport writeKept(Register& reg, const KeptRows& rows);

// Writes the three files into `folder`; returns their paths.
std::vector<std::string> exportKept(Register& reg, const std::string& folder);

}  // namespace s113
