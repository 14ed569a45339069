// The CSV exchange format (docs/exchange-format.md): one file per entity in
// a folder, a header row, the key column first, then every field, then
// valid_from; plus the append-only history (HistoryExchange.h: protocol
// versions and recorded decisions) and what finance closed (KeptExchange.h:
// closes, true-ups and their kept lines). Imports are all-or-nothing.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "domain/EntityDef.h"
#include "services/Progress.h"
#include "storage/Register.h"

namespace s113 {

// The columns of an entity's file, in order.
std::vector<std::string> exchangeColumns(const EntityDef& def);

struct ImportSummary {
  int created = 0;
  int updated = 0;
  int unchanged = 0;
  std::map<std::string, int> rowsByFile;
};

// Imports every entity file present in `folder`. Each bad cell is reported
// as "<file> row N: column C: reason"; with any error nothing is written and
// ValidationErrors is thrown. A key already in the register gets a new
// version when its row differs from the newest version. `progress` hears of
// every file read and every hundred rows written; when it asks to stop,
// Cancelled is thrown and nothing is written.
ImportSummary importFolder(Register& reg, const std::string& folder, Progress* progress = nullptr);

// Writes every entity file (the newest version of every live record) into
// `folder`, creating it when needed. Returns the files written. `progress`
// hears of every file.
std::vector<std::string> exportFolder(Register& reg, const std::string& folder,
                                      Progress* progress = nullptr);

}  // namespace s113
