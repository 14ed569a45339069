#include "services/Exchange.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <string_view>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "domain/References.h"
#include "domain/Validation.h"
#include "services/Csv.h"
#include "services/ExchangeFile.h"
#include "services/HistoryExchange.h"
#include "services/ImportReadAhead.h"
#include "services/KeptExchange.h"
#include "services/PackedFields.h"
#include "services/RecordService.h"
#include "storage/VersionStore.h"
#include "storage/WriteBatch.h"
#include "services/Roles.h"

namespace fs = std::filesystem;

namespace s113 {
namespace {

const char* kValidFrom = "valid_from";
// The version of the record the row was exported from: an import based on an
// older version than the register's newest is refused, like a stale edit.
const char* kVersion = "version";

struct ParsedRow {
  int line;
  std::string key;
  PackedFields fields;  // in the EntityDef's order
  Date validFrom;
  bool validFromGiven = false;
  int basedOn = 0;  // the row's version; 0 when it has none (a spreadsheet's)
};

struct ParsedFile {
  const EntityDef* def;
  std::vector<ParsedRow> rows;
};

std::string rowName(const EntityDef& def, int line) { return def.csvFile + " row " + std::to_string(line); }
std::string column(const std::string& name) { return "column " + name; }

// Reads and checks one file on its own: header, types, entity rules,
// duplicate keys. References are checked once every file is read.
ParsedFile parseFile(const EntityDef& def, const fs::path& path, std::vector<ValidationError>& errors) {
  ParsedFile parsed{&def, {}};
  const std::size_t errorsBeforeReading = errors.size();
  CsvTable table = readExchangeFile(path, def.csvFile, errors);
  if (errors.size() > errorsBeforeReading) return parsed;  // cells with broken text are not parsed further
  const std::vector<CsvRow>& rows = table.rows;
  const std::vector<int>& lines = table.lines;
  if (rows.empty()) {
    errors.emplace_back(def.csvFile + " row 1", "header", "the file is empty: it needs a header row");
    return parsed;
  }
  const std::size_t errorsBefore = errors.size();
  const CsvRow& header = rows[0];
  const auto expected = exchangeColumns(def);
  std::map<std::string, std::size_t> position;
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::string& name = header[i];
    if (std::find(expected.begin(), expected.end(), name) == expected.end()) {
      std::string list;
      for (const auto& e : expected) list += (list.empty() ? "" : ", ") + e;
      errors.emplace_back(def.csvFile + " row 1", column(name.empty() ? "#" + std::to_string(i + 1) : name),
                          "is not a column of " + def.csvFile + " (expected: " + list + ")");
    } else if (position.count(name)) {
      errors.emplace_back(def.csvFile + " row 1", column(name), "appears twice");
    } else {
      position[name] = i;
    }
  }
  if (!position.count(def.keyField))
    errors.emplace_back(def.csvFile + " row 1", column(def.keyField), "is missing: every row needs its " + def.keyField);
  for (const auto& field : def.fields)
    if (field.required && !position.count(field.name))
      errors.emplace_back(def.csvFile + " row 1", column(field.name), "is missing and is required");
  if (errors.size() > errorsBefore) return parsed;  // rows cannot be read without a good header

  std::set<std::string> seen;
  parsed.rows.reserve(rows.size() - 1);  // held until the import ends: no spare capacity
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const CsvRow& row = rows[r];
    const int line = lines[r];
    const std::string name = rowName(def, line);
    if (row.size() != header.size()) {
      errors.emplace_back(name, column(std::to_string(row.size()) + " values"),
                          "the header has " + std::to_string(header.size()) + " columns");
      continue;
    }
    auto cell = [&](const std::string& col) { return position.count(col) ? row[position[col]] : std::string(); };
    ParsedRow parsedRow{line, cell(def.keyField), {}, today()};
    Record fields;
    for (const auto& field : def.fields) fields[field.name] = cell(field.name);
    for (auto& error : validateRecord(def, parsedRow.key, fields, name))
      errors.emplace_back(name, column(error.field()), error.reason());
    std::string validFrom = cell(kValidFrom);
    parsedRow.validFromGiven = !validFrom.empty();
    if (!validFrom.empty()) {
      try {
        parsedRow.validFrom = parseIsoDate(validFrom);
      } catch (const std::exception& e) {
        errors.emplace_back(name, column(kValidFrom), e.what());
      }
    }
    if (const std::string version = cell(kVersion); !version.empty()) {
      if (version.size() > 9 || version.find_first_not_of("0123456789") != std::string::npos ||
          std::stoi(version) <= 0)
        errors.emplace_back(name, column(kVersion), "'" + version + "' is not a version number (a whole number above 0)");
      else
        parsedRow.basedOn = std::stoi(version);
    }
    if (!parsedRow.key.empty() && !seen.insert(parsedRow.key).second)
      errors.emplace_back(name, column(def.keyField), "'" + parsedRow.key + "' appears more than once");
    parsedRow.fields = PackedFields(def, fields);
    parsed.rows.push_back(std::move(parsedRow));
  }
  return parsed;
}

// A row identical to the register's newest version changes nothing, whether
// or not it gives valid_from (a spreadsheet's rows often do not).
bool rowChangesNothing(const EntityDef& def, const ParsedRow& row, const StoredVersion& latest) {
  const FieldValues fields = row.fields.values(def, rowName(def, row.line));
  if (!row.validFromGiven) return latest.fields == fields;
  return RecordService::changesNothing(latest, fields, row.validFrom);
}

// Why a row that changes the record cannot be based on its version, if so.
std::optional<std::string> staleRowProblem(const EntityDef& def, const ParsedRow& row, const StoredVersion& latest) {
  if (row.basedOn == 0 || row.basedOn == latest.version || latest.deleted) return std::nullopt;
  const std::string label = recordLabel(def, row.key);
  if (row.basedOn > latest.version)
    return label + " has no version " + std::to_string(row.basedOn) + " (the register holds version " +
           std::to_string(latest.version) + "): the file was not exported from this register";
  return label + " was changed by " + latest.recordedBy + " at " + latest.recordedAt +
         " after this file was exported (the row is based on version " + std::to_string(row.basedOn) +
         ", the register holds version " + std::to_string(latest.version) +
         "); importing it would undo that change: export again and make your change there";
}

// The keys of every row being imported, by entity: sorted views of the
// rows' own key strings rather than a set of copies, which for a national
// register's 1.26 million rows took about 100 MB more.
class ImportedKeys {
 public:
  explicit ImportedKeys(const std::vector<ParsedFile>& files) {
    for (const auto& file : files) {
      auto& keys = byEntity_[file.def->name];
      for (const auto& row : file.rows) keys.push_back(row.key);
      std::sort(keys.begin(), keys.end());
    }
  }
  bool has(const std::string& entity, const std::string& key) const {
    auto keys = byEntity_.find(entity);
    return keys != byEntity_.end() && std::binary_search(keys->second.begin(), keys->second.end(), std::string_view(key));
  }

 private:
  std::map<std::string, std::vector<std::string_view>> byEntity_;
};

}  // namespace

std::vector<std::string> exchangeColumns(const EntityDef& def) {
  std::vector<std::string> columns{def.keyField};
  for (const auto& field : def.fields) columns.push_back(field.name);
  columns.push_back(kValidFrom);
  columns.push_back(kVersion);
  return columns;
}

namespace {

// Everything an exchange folder holds, parsed; no cell has been written yet.
struct FolderRows {
  std::vector<ParsedFile> files;  // the records, in the catalogue's order of entities
  std::shared_ptr<HistoryRows> history;
  std::shared_ptr<KeptRows> kept;
};

FolderRows readFolder(const std::string& folder, Progress* progress, std::vector<ValidationError>& errors) {
  std::vector<std::string> knownFiles;
  const auto& entities = allEntities();
  for (const EntityDef* def : entities) knownFiles.push_back(def->csvFile);
  for (const auto& name : historyFiles()) knownFiles.push_back(name);
  for (const auto& name : keptFiles()) knownFiles.push_back(name);
  const auto present = exchangeFilesIn(folder, knownFiles, errors);
  FolderRows out;
  for (std::size_t i = 0; i < entities.size(); ++i) {
    const EntityDef* def = entities[i];
    reportProgress(progress, i, entities.size(), "Reading " + def->csvFile);
    if (auto path = present.find(def->csvFile); path != present.end())
      out.files.push_back(parseFile(*def, path->second, errors));
  }
  reportProgress(progress, entities.size(), entities.size(), "Reading the protocol and decisions");
  out.history = readHistory(present, errors);
  out.kept = readKept(present, errors);
  return out;
}

// The records a cell names; none when it does not parse (its file's
// validation has reported that).
std::vector<RecordReference> referencesInCell(const FieldDef& field, const std::string& text) {
  if (!canNameRecords(field)) return {};
  try {
    return referencesIn(field, parseFieldText(field, text));
  } catch (const std::invalid_argument&) {
    return {};
  }
}

// References may point at rows of this import or at live records.
void checkReferences(Register& reg, const std::vector<ParsedFile>& files, std::vector<ValidationError>& errors) {
  const ImportedKeys importedKeys(files);
  for (const auto& file : files)
    for (const auto& row : file.rows)
      for (std::size_t i = 0; i < file.def->fields.size(); ++i) {
        const FieldDef& field = file.def->fields[i];
        for (const auto& ref : referencesInCell(field, row.fields.at(i))) {
          if (importedKeys.has(ref.entity, ref.key)) continue;
          const EntityDef* target = findEntity(ref.entity);
          if (!target || !VersionStore(reg, *target).isLive(ref.key))
            errors.emplace_back(rowName(*file.def, row.line), column(field.name),
                                "there is no " + (target ? target->label : ref.entity) + " '" + ref.key + "'");
        }
      }
}

// The newest stored version of each imported key the register already has,
// by entity then key.
using ExistingVersions = std::map<std::string, std::map<std::string, StoredVersion>>;

// Creates the identity rows of the new keys first, so that records can refer
// to each other in any order, and finds the keys that exist. Read inside the
// transaction, so a colleague's change committed since the file was exported
// is seen: a row based on an older version than the register's is stale.
ExistingVersions createIdentities(Register& reg, const std::vector<ParsedFile>& files,
                                  std::vector<ValidationError>& errors) {
  ExistingVersions existing;
  for (const auto& file : files) {
    VersionStore store(reg, *file.def);
    const bool firstImport = store.neverWritten();  // then no key has a version to look up
    std::vector<std::string> newKeys;
    for (const auto& row : file.rows) {
      auto latest = firstImport ? boost::none : store.latest(row.key);
      if (!latest) {
        newKeys.push_back(row.key);
        continue;
      }
      existing[file.def->name][row.key] = *latest;
      if (!rowChangesNothing(*file.def, row, *latest))
        if (auto stale = staleRowProblem(*file.def, row, *latest))
          errors.emplace_back(rowName(*file.def, row.line), column(kVersion), *stale);
    }
    store.createIdentities(newKeys);
  }
  return existing;
}

// Writes one row as a new version of its record (the first, for a new key).
// Throws ValidationErrors located at the row's line.
void writeRow(RecordService& service, const ParsedFile& file, const ParsedRow& row,
              const ExistingVersions& existing, ImportSummary& summary) {
  int base = 0;
  if (auto ofEntity = existing.find(file.def->name); ofEntity != existing.end())
    if (auto found = ofEntity->second.find(row.key); found != ofEntity->second.end()) {
      const StoredVersion& latest = found->second;
      if (latest.deleted)
        throw ValidationErrors({ValidationError(rowName(*file.def, row.line), column(file.def->keyField),
                                                "'" + row.key + "' was deleted from the register")});
      if (rowChangesNothing(*file.def, row, latest)) {
        ++summary.unchanged;
        return;
      }
      base = latest.version;
    }
  try {
    const FieldValues values = row.fields.values(*file.def, rowName(*file.def, row.line));
    service.saveInTransaction({file.def, row.key, values, base, row.validFrom},
                              {/*identityCreated=*/base == 0, /*referencesChecked=*/true,
                               /*firstVersion=*/std::max(1, row.basedOn)});
  } catch (const ValidationErrors& e) {
    std::vector<ValidationError> located;
    for (const auto& error : e.errors())
      located.emplace_back(rowName(*file.def, row.line), column(error.field()), error.reason());
    throw ValidationErrors(std::move(located));
  }
  ++(base == 0 ? summary.created : summary.updated);
}

// Rows read ahead at a time: enough that a run's few statements are small
// beside its rows, few enough that what is held stays small.
const std::size_t kRowsAhead = 256;

// What the checks of rows [first, last) of `file` will read (services/ImportReadAhead.h).
RowsAhead rowsAhead(const ParsedFile& file, std::size_t first, std::size_t last) {
  RowsAhead ahead;
  ahead.def = file.def;
  for (std::size_t r = first; r < last; ++r) {
    const ParsedRow& row = file.rows[r];
    ahead.keys.insert(row.key);
    for (std::size_t i = 0; i < file.def->fields.size(); ++i) {
      const FieldDef& field = file.def->fields[i];
      for (auto& ref : referencesInCell(field, row.fields.at(i))) ahead.named[ref.entity].insert(std::move(ref.key));
    }
    // A recharge's covers_ref names a record of the entity its covers_kind spells.
    if (file.def->field("covers_kind") && file.def->field("covers_ref")) {
      const std::string& ref = row.fields.at(fieldIndex(*file.def, "covers_ref"));
      if (!ref.empty()) ahead.named[row.fields.at(fieldIndex(*file.def, "covers_kind"))].insert(ref);
    }
  }
  return ahead;
}

}  // namespace

ImportSummary importFolder(Register& reg, const std::string& folder, Progress* progress) {
  if (!fs::is_directory(folder)) throw ValidationError(folder, "folder", "is not a folder");
  std::vector<ValidationError> errors;
  const FolderRows rows = readFolder(folder, progress, errors);
  checkReferences(reg, rows.files, errors);
  if (!errors.empty()) throw ValidationErrors(std::move(errors));
  reportProgress(progress, 0, 0, "Checked every row; writing");

  ImportSummary summary;
  RecordService service(reg);
  // One lock for every check of the import's rows, not one per record each reads.
  WriteTransaction tx(reg, CheckLocks::Whole);
  // Versions and audit rows go in many to a statement (storage/WriteBatch.h).
  WriteBatch batch(reg);
  const ExistingVersions existing = createIdentities(reg, rows.files, errors);
  if (!errors.empty()) throw ValidationErrors(std::move(errors));
  std::size_t totalRows = 0, rowsDone = 0;
  for (const auto& file : rows.files) totalRows += file.rows.size();
  // Protocol versions and decisions go in after the records they refer to
  // (posts, partners) and before the forum's records, which may name them.
  bool historyWritten = false;
  auto addHistory = [&] {
    reportProgress(progress, rowsDone, totalRows, "Writing the protocol and decisions");
    batch.flush();  // the history's own stores read and write without the batch
    const HistoryImport added = writeHistory(reg, *rows.history);
    summary.created += added.protocolVersionsAdded + added.decisionsAdded + added.packsAdded;
    summary.unchanged += added.unchanged;
    historyWritten = true;
  };
  const auto forum = forumEntities();
  for (const auto& file : rows.files) {
    if (!historyWritten && std::find(forum.begin(), forum.end(), file.def) != forum.end()) addHistory();
    summary.rowsByFile[file.def->csvFile] = static_cast<int>(file.rows.size());
    for (std::size_t r = 0; r < file.rows.size(); ++r) {
      const ParsedRow& row = file.rows[r];
      if (r % kRowsAhead == 0)
        readAheadFor(reg, batch.readAhead(), rowsAhead(file, r, std::min(file.rows.size(), r + kRowsAhead)));
      if (rowsDone++ % 100 == 0)
        reportProgress(progress, rowsDone - 1, totalRows,
                       "Writing " + file.def->csvFile + " row " + std::to_string(row.line));
      writeRow(service, file, row, existing, summary);
    }
  }
  if (!historyWritten) addHistory();
  // What finance closed, last: its lines name agreements and partners.
  batch.flush();
  const KeptImport closed = writeKept(reg, *rows.kept);
  summary.created += closed.added;
  summary.unchanged += closed.unchanged;
  tx.commit();
  return summary;
}

std::vector<std::string> exportFolder(Register& reg, const std::string& folder, Progress* progress) {
  require(reg, Action::ReadSalaries);  // contracts carry salaries, people notes
  fs::create_directories(folder);
  std::vector<std::string> written;
  const auto& entities = allEntities();
  for (std::size_t i = 0; i < entities.size(); ++i) {
    const EntityDef* def = entities[i];
    reportProgress(progress, i, entities.size(), "Writing " + def->csvFile);
    fs::path path = fs::path(folder) / def->csvFile;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw StorageError("Cannot write " + path.string());
    writeCsvRow(out, exchangeColumns(*def));
    // One record at a time: a national register's records do not fit in memory at once.
    VersionStore(reg, *def).forEachLatestLive([&](const StoredVersion& version) {
      CsvRow row{version.key};
      for (std::size_t f = 0; f < def->fields.size(); ++f) row.push_back(exchangeText(def->fields[f], version.fields[f]));
      row.push_back(formatIso(version.validFrom));
      row.push_back(std::to_string(version.version));
      writeCsvRow(out, row);
    });
    if (!out.flush()) throw StorageError("Cannot write " + path.string());
    written.push_back(path.string());
  }
  reportProgress(progress, entities.size(), entities.size(), "Writing the protocol and decisions");
  for (auto& file : exportHistory(reg, folder)) written.push_back(std::move(file));
  for (auto& file : exportKept(reg, folder)) written.push_back(std::move(file));
  return written;
}

}  // namespace s113
