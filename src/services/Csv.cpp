#include "services/Csv.h"

#include <stdexcept>

namespace s113 {

std::vector<CsvRow> readCsv(std::istream& in, std::vector<int>* lineOfRow) {
  return readCsvText(std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()), lineOfRow);
}

std::vector<CsvRow> readCsvText(const std::string& text, std::vector<int>* lineOfRow) {
  const bool bom = text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0;  // from Excel
  std::vector<CsvRow> rows;
  CsvRow row;
  std::string field;
  bool quoted = false, fieldStarted = false;
  int line = 1, rowLine = 1, quoteLine = 1;
  auto endRow = [&] {
    row.push_back(field);
    field.clear();
    bool blank = row.size() == 1 && row[0].empty() && !fieldStarted;
    if (!blank) {
      rows.push_back(row);
      if (lineOfRow) lineOfRow->push_back(rowLine);
    }
    row.clear();
    fieldStarted = false;
  };
  for (std::size_t i = bom ? 3 : 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    switch (c) {
      case '"':
        quoted = true;
        fieldStarted = true;
        quoteLine = line;
        break;
      case ',':
        row.push_back(field);
        field.clear();
        fieldStarted = true;
        break;
      case '\r':
        break;
      case '\n':
        endRow();
        rowLine = ++line;
        break;
      default:
        field += c;
        fieldStarted = true;
    }
  }
  if (quoted) throw std::runtime_error("line " + std::to_string(quoteLine) + ": a quoted field is never closed");
  if (fieldStarted || !field.empty() || !row.empty()) endRow();
  return rows;
}

void writeCsvRow(std::ostream& out, const CsvRow& row) {
  // A row of one empty field is written "" : a bare line end reads as no row.
  if (row.size() == 1 && row[0].empty()) {
    out << "\"\"\r\n";
    return;
  }
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (i) out << ',';
    const std::string& f = row[i];
    if (f.find_first_of(",\"\r\n") != std::string::npos) {
      out << '"';
      for (char c : f) {
        if (c == '"') out << '"';
        out << c;
      }
      out << '"';
    } else {
      out << f;
    }
  }
  out << "\r\n";
}

}  // namespace s113
