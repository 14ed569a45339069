// Reading one file of the exchange folder safely: only a regular file (a
// FIFO would block the import forever, /dev/zero would fill the memory), at
// most kMaxExchangeFileBytes, every cell well-formed UTF-8 without control
// characters. Problems are reported as "<file> row N: column C: reason".
#pragma once
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "domain/Errors.h"
#include "services/Csv.h"

namespace s113 {

// Large enough for a register of 250,000 posts in one file.
constexpr std::uintmax_t kMaxExchangeFileBytes = 512ull * 1024 * 1024;

struct CsvTable {
  std::vector<CsvRow> rows;  // rows[0] is the header
  std::vector<int> lines;    // the line each row starts on
};

// Reads `path` (shown as `file` in messages). On a problem appends errors and
// returns what could be read; a file that cannot be read gives no rows.
CsvTable readExchangeFile(const std::filesystem::path& path, const std::string& file,
                          std::vector<ValidationError>& errors,
                          std::uintmax_t maxBytes = kMaxExchangeFileBytes);

// The same checks on text already in memory (the fuzz harness uses it).
CsvTable readExchangeText(const std::string& text, const std::string& file, std::vector<ValidationError>& errors);

// The files of `folder` whose names match `wanted` without regard to case
// ("POSTS.CSV" is posts.csv). Two files that differ only in case are an
// error; so is a .csv file that is not wanted.
// Returns each wanted name found, with the path of the file holding it.
std::map<std::string, std::filesystem::path> exchangeFilesIn(const std::filesystem::path& folder,
                                                             const std::vector<std::string>& wanted,
                                                             std::vector<ValidationError>& errors);

// One data row of a file read by readColumnsFile: where it is and its cells by column.
struct FileRow {
  std::string where;  // "decisions.csv row 3"
  std::map<std::string, std::string> cells;
  const std::string& at(const std::string& column) const { return cells.at(column); }
};

// Reads a file (shown as `file`) whose header must hold exactly `columns`,
// in any order; a row with another number of cells is an error.
std::vector<FileRow> readColumnsFile(const std::filesystem::path& path, const std::string& file,
                                     const std::vector<std::string>& columns,
                                     std::vector<ValidationError>& errors);

// Cell checks of a FileRow: each appends an error naming the row and the
// column ("column decided_on") and returns whether the value was good.
// A date is ISO yyyy-mm-dd; an optional one may be blank.
bool isoDateCell(const FileRow& row, const std::string& column, std::vector<ValidationError>& errors,
                 bool optional = false);
bool requiredCell(const FileRow& row, const std::string& column, std::vector<ValidationError>& errors);
// A UTC time "2026-11-24T06:40:00Z" (domain/Timestamp.h), required.
bool timestampCell(const FileRow& row, const std::string& column, std::vector<ValidationError>& errors);

}  // namespace s113
