// RFC 4180 CSV: comma separated, fields with commas, quotes or line breaks
// quoted with '"' and inner quotes doubled; UTF-8; CRLF or LF line ends.
// Small enough to own rather than pull in a C library for it.
#pragma once
#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace s113 {

using CsvRow = std::vector<std::string>;

// Reads every row; `lineOfRow` (when given) receives the 1-based line on
// which each row starts, for messages. Throws std::runtime_error on an
// unterminated quote, naming the line.
std::vector<CsvRow> readCsv(std::istream& in, std::vector<int>* lineOfRow = nullptr);
std::vector<CsvRow> readCsvText(const std::string& text, std::vector<int>* lineOfRow = nullptr);
void writeCsvRow(std::ostream& out, const CsvRow& row);  // ends with "\r\n" as RFC 4180 says

}  // namespace s113
