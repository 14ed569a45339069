// The append-only history in the CSV folder: HR protocol versions
// (protocol_versions.csv, protocol_rules.csv), recorded employer decisions
// (decisions.csv) and the forum packs frozen for meetings (forum_packs.csv),
// so an export followed by an import into an empty register gives the same
// register, history included, and a PostgreSQL backup keeps it. Append-only on import too: a version
// or decision already in the register must be identical to the file's row
// (they are never changed); new ones are added. Used by Exchange.cpp.
#pragma once
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "domain/Errors.h"
#include "storage/DecisionStore.h"
#include "storage/Register.h"

namespace s113 {

// The files, in the order they are read and written.
const std::vector<std::string>& historyFiles();
// The columns of one of those files, in order.
const std::vector<std::string>& historyColumns(const std::string& file);

struct HistoryRows;  // what the files held, checked row by row

// Reads and checks the history files among `files` (found by name in the
// import's folder, see ExchangeFile.h), each on its own: columns,
// values, duplicates); problems are appended to `errors` as
// "<file> row N: column C: reason". Writes nothing.
std::shared_ptr<HistoryRows> readHistory(const std::map<std::string, std::filesystem::path>& files,
                                         std::vector<ValidationError>& errors);

struct HistoryImport {
  int protocolVersionsAdded = 0;
  int decisionsAdded = 0;
  int packsAdded = 0;
  int unchanged = 0;
};

// Adds what is new, inside the caller's WriteTransaction, after the records
// decisions refer to (posts, partners) and before the forum's records (their
// items may name a decision). Admin only (services/AdminOnly.h). Everything
// added is audited under the importing user. Throws ValidationErrors naming
// the file row when a row differs from what the register holds, refers to
// what is not there, or is a decision that does not follow from its recorded
// inputs under its recorded protocol version (services/DecisionReplay.h).
HistoryImport writeHistory(Register& reg, const HistoryRows& rows);

// Writes every protocol version and every decision; returns the files written.
std::vector<std::string> exportHistory(Register& reg, const std::filesystem::path& folder);

}  // namespace s113
