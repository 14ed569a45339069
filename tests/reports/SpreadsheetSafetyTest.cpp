// Report cells reach a spreadsheet as data, never as a formula (OWASP CSV
// injection), and an XLSX never holds what XML cannot.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "support/FieldsByName.h"
#include "domain/Catalog.h"
#include "domain/Text.h"
#include "reports/Catalogue.h"
#include "reports/Writers.h"
#include "services/Demo.h"
#include "services/RecordService.h"
#include "storage/VersionStore.h"
#include "support/TestRegister.h"

using namespace s113;
using namespace s113::reports;

namespace {

std::string shell(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return out;
  char buffer[4096];
  while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
  pclose(pipe);
  return out;
}

ReportDocument hostileTable() {
  ReportDocument doc;
  doc.report = "register";
  doc.title = "Hostile";
  doc.tabular = true;
  Section section;
  Table table;
  table.id = "cells";
  table.columns = {{"text", ColumnType::Text}, {"amount", ColumnType::Money}};
  table.rows = {{"=HYPERLINK(\"http://evil\",\"x\")", "-1234.56"},
                {"+1+cmd|' /C calc'!A0", "12.00"},
                {"-2+3", "-0.01"},
                {"@SUM(A1:A2)", "0.00"},
                {"\tTab", "1.00"},
                {"bad \xFF byte \x01", "2.00"}};
  section.tables.push_back(table);
  doc.sections.push_back(section);
  return doc;
}

}  // namespace

TEST_CASE("a cell that would run as a formula gets an apostrophe; numbers stay numbers", "[reports][input]") {
  CHECK(spreadsheetSafe("=1+1") == "'=1+1");
  CHECK(spreadsheetSafe("+44 1225") == "'+44 1225");
  CHECK(spreadsheetSafe("-2+3") == "'-2+3");
  CHECK(spreadsheetSafe("@SUM(A1)") == "'@SUM(A1)");
  CHECK(spreadsheetSafe("\tx") == "'\tx");
  CHECK(spreadsheetSafe("\rx") == "'\rx");
  CHECK(spreadsheetSafe("-1234.56") == "-1234.56");
  CHECK(spreadsheetSafe("+5") == "+5");
  CHECK(spreadsheetSafe("-") == "'-");
  CHECK(spreadsheetSafe("-1.2.3") == "'-1.2.3");
  CHECK(spreadsheetSafe("Head of Service") == "Head of Service");

  const std::string csv = renderCsv(hostileTable());
  CHECK_THAT(csv, Catch::Contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",-1234.56\r\n"));
  CHECK_THAT(csv, Catch::Contains("'+1+cmd|' /C calc'!A0,12.00\r\n"));
  CHECK_THAT(csv, Catch::Contains("'-2+3,-0.01\r\n"));
  CHECK_THAT(csv, Catch::Contains("'@SUM(A1:A2),0.00\r\n"));
}

TEST_CASE("a register report's CSV neutralises a formula typed into a record", "[reports][input]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  auto latest = VersionStore(t.reg(), postDef()).latest("BN-007");
  FieldValues fields = latest->fields;
  setText(postDef(), fields, "title", "=HYPERLINK(\"http://evil\")");
  RecordService(t.reg()).save({&postDef(), "BN-007", fields, latest->version, latest->validFrom});
  ReportParams p;
  p.asAt = Date(2016, 3, 31);
  const std::string csv = renderCsv(buildReport(t.reg(), "register", p));
  CHECK_THAT(csv, Catch::Contains("\"'=HYPERLINK(\"\"http://evil\"\")\""));
  CHECK_THAT(csv, !Catch::Contains(",\"=HYPERLINK"));
}

TEST_CASE("an XLSX holds neutralised, well-formed text and numbers as numbers", "[reports][input]") {
  if (std::system("command -v unzip >/dev/null 2>&1") != 0) {
    WARN("unzip missing: the XLSX's XML is not checked");
    return;
  }
  const std::string path = test::tempPath(".xlsx");
  writeXlsx(hostileTable(), path);
  const std::string strings = shell("unzip -p '" + path + "' xl/sharedStrings.xml");
  const std::string sheet = shell("unzip -p '" + path + "' xl/worksheets/sheet1.xml");
  std::filesystem::remove(path);
  CHECK_THAT(strings, Catch::Contains("'=HYPERLINK"));
  CHECK_THAT(strings, Catch::Contains("'@SUM(A1:A2)"));
  CHECK_THAT(strings, Catch::Contains("bad \xEF\xBF\xBD byte "));
  CHECK(textProblem(strings, true).empty());  // valid UTF-8, no control characters
  CHECK_THAT(sheet, Catch::Contains("<v>-1234.56</v>"));
  CHECK_THAT(sheet, Catch::Contains("<v>-0.01</v>"));
}
