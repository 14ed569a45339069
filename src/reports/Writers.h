// The output formats of a report (ReportDocument.h):
//   HTML  the report's template reports/<name>/template.html rendered with
//         mustache (kainjow), charts inlined as SVG drawn by the program;
//   PDF   the pages of PageLayout.h (A4, landscape for tables too wide for
//         portrait, columns sized to their content and wrapped only between
//         words, headers repeated on every page, "page N of M", charts as
//         vector bars and lines) painted with libharu in Helvetica (base14,
//         WinAnsiEncoding, so "£" prints); the desktop paints the same pages;
//   CSV   the report's first table (RFC 4180, UTF-8, plain values);
//   XLSX  every table on its own worksheet, money as numbers in £ format.
//
//   writeReport(doc, "out/forum-pack.pdf");   // the format from the extension
#pragma once
#include <stdexcept>
#include <string>
#include <vector>

#include "reports/ReportDocument.h"

namespace s113::reports {

// A format the report cannot be written in (a letter as CSV, an unknown
// extension): the caller's mistake, exit 2 in the CLI.
class FormatError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

enum class Format { Html, Pdf, Csv, Xlsx };
// From a file name's extension; throws FormatError.
Format formatOfPath(const std::string& path);
const char* extensionOf(Format format);  // "pdf"

std::string renderHtml(const ReportDocument& doc);
std::string renderCsv(const ReportDocument& doc);  // FormatError unless tabular
std::string chartSvg(const Chart& chart);

void writePdf(const ReportDocument& doc, const std::string& path);
void writeXlsx(const ReportDocument& doc, const std::string& path);  // FormatError unless tabular
void writeReport(const ReportDocument& doc, const std::string& path);

// The template text of a report folder's file, e.g. templateText("forum-pack",
// "template.html"); throws std::runtime_error when there is none.
std::string templateText(const std::string& report, const std::string& file);
// The names of the folders under reports/ (compiled into the program).
std::vector<std::string> reportFolders();

}  // namespace s113::reports
