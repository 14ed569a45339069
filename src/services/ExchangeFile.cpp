#include "services/ExchangeFile.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>

#include "domain/Dates.h"
#include "domain/Text.h"
#include "domain/Timestamp.h"

namespace fs = std::filesystem;

namespace s113 {
namespace {

std::string lowerCase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

std::string megabytes(std::uintmax_t bytes) { return std::to_string(bytes / (1024 * 1024)) + " MB"; }

std::string columnName(const std::string& name) { return "column " + name; }

}  // namespace

CsvTable readExchangeText(const std::string& text, const std::string& file, std::vector<ValidationError>& errors) {
  CsvTable table;
  try {
    table.rows = readCsvText(text, &table.lines);
  } catch (const std::exception& e) {
    errors.emplace_back(file, "format", e.what());
    return {};
  }
  for (std::size_t r = 0; r < table.rows.size(); ++r)
    for (std::size_t i = 0; i < table.rows[r].size(); ++i) {
      const std::string problem = textProblem(table.rows[r][i], true);
      if (problem.empty()) continue;
      const CsvRow& header = table.rows[0];
      const std::string column = r > 0 && i < header.size() && textProblem(header[i], false).empty()
                                     ? header[i]
                                     : "#" + std::to_string(i + 1);
      errors.emplace_back(file + " row " + std::to_string(table.lines[r]), "column " + column, problem);
    }
  return table;
}

CsvTable readExchangeFile(const fs::path& path, const std::string& file, std::vector<ValidationError>& errors,
                          std::uintmax_t maxBytes) {
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec || !fs::is_regular_file(status)) {
    errors.emplace_back(file, "file", "is not a regular file (a folder, device or pipe is never read)");
    return {};
  }
  const std::uintmax_t size = fs::file_size(path, ec);
  if (ec || size > maxBytes) {
    errors.emplace_back(file, "file", "is larger than " + megabytes(maxBytes) + ", the most one file may hold");
    return {};
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    errors.emplace_back(file, "file", "cannot be read");
    return {};
  }
  // Read in chunks, stopping once past the limit: a file growing while it
  // is read is refused rather than read without end.
  std::string text;
  text.reserve(static_cast<std::size_t>(size));
  std::vector<char> chunk(1 << 20);
  while (in && text.size() <= maxBytes) {
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    text.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
  }
  if (text.size() > maxBytes) {
    errors.emplace_back(file, "file", "is larger than " + megabytes(maxBytes) + ", the most one file may hold");
    return {};
  }
  return readExchangeText(text, file, errors);
}

std::map<std::string, fs::path> exchangeFilesIn(const fs::path& folder, const std::vector<std::string>& wanted,
                                                std::vector<ValidationError>& errors) {
  std::map<std::string, std::string> byLowerCase;
  for (const auto& name : wanted) byLowerCase[lowerCase(name)] = name;
  std::map<std::string, fs::path> found;
  std::vector<fs::path> entries;
  for (const auto& entry : fs::directory_iterator(folder)) entries.push_back(entry.path());
  std::sort(entries.begin(), entries.end());
  for (const auto& path : entries) {
    const std::string name = path.filename().string();
    const std::string lower = lowerCase(name);
    auto known = byLowerCase.find(lower);
    if (known == byLowerCase.end()) {
      if (lowerCase(path.extension().string()) == ".csv")
        errors.emplace_back(name, "file", "is not a file of the exchange format");
      continue;
    }
    auto [it, added] = found.emplace(known->second, path);
    if (!added)
      errors.emplace_back(name, "file",
                          "is the same file name as " + it->second.filename().string() + " (names are matched without regard to case): keep one");
  }
  return found;
}

std::vector<FileRow> readColumnsFile(const fs::path& path, const std::string& file,
                                     const std::vector<std::string>& columns,
                                     std::vector<ValidationError>& errors) {
  const std::size_t errorsBefore = errors.size();
  const CsvTable table = readExchangeFile(path, file, errors);
  if (errors.size() > errorsBefore) return {};
  const std::vector<CsvRow>& rows = table.rows;
  const std::vector<int>& lines = table.lines;
  if (rows.empty()) {
    errors.emplace_back(file + " row 1", "header", "the file is empty: it needs a header row");
    return {};
  }
  const CsvRow& header = rows[0];
  std::string expected;
  for (const auto& c : columns) expected += (expected.empty() ? "" : ", ") + c;
  bool good = true;
  for (const auto& name : header)
    if (std::find(columns.begin(), columns.end(), name) == columns.end()) {
      errors.emplace_back(file + " row 1", columnName(name), "is not a column of " + file + " (expected: " + expected + ")");
      good = false;
    }
  for (const auto& name : columns)
    if (std::count(header.begin(), header.end(), name) != 1) {
      errors.emplace_back(file + " row 1", columnName(name), "must appear once in the header");
      good = false;
    }
  if (!good) return {};
  std::vector<FileRow> out;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const std::string where = file + " row " + std::to_string(lines[r]);
    if (rows[r].size() != header.size()) {
      errors.emplace_back(where, columnName(std::to_string(rows[r].size()) + " values"),
                          "the header has " + std::to_string(header.size()) + " columns");
      continue;
    }
    FileRow row{where, {}};
    for (std::size_t i = 0; i < header.size(); ++i) row.cells[header[i]] = rows[r][i];
    out.push_back(std::move(row));
  }
  return out;
}

bool isoDateCell(const FileRow& row, const std::string& column, std::vector<ValidationError>& errors,
                 bool optional) {
  const std::string& text = row.at(column);
  if (text.empty() && optional) return true;
  try {
    parseIsoDate(text);
    return true;
  } catch (const std::exception& e) {
    errors.emplace_back(row.where, columnName(column), e.what());
    return false;
  }
}

bool timestampCell(const FileRow& row, const std::string& column, std::vector<ValidationError>& errors) {
  try {
    parseTimestamp(row.at(column));
    return true;
  } catch (const std::invalid_argument& e) {
    errors.emplace_back(row.where, columnName(column), e.what());
    return false;
  }
}

bool requiredCell(const FileRow& row, const std::string& column, std::vector<ValidationError>& errors) {
  if (!row.at(column).empty()) return true;
  errors.emplace_back(row.where, columnName(column), "is required");
  return false;
}

}  // namespace s113
