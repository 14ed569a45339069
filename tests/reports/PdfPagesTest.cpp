// The PDF pages are designed for paper: every catalogue report from the
// sample, read back with pdftotext -layout, shows every column header of every
// table on one line, the totals of its widest table, every cell's words whole
// (no "Ref/ere/nce"), and "page N of M" on every page.
#include <catch2/catch.hpp>
#include <filesystem>

#include "ReportFiles.h"
#include "reports/Catalogue.h"
#include "reports/ColumnFit.h"
#include "reports/ReportSql.h"
#include "reports/Writers.h"
#include "domain/Catalog.h"
#include "storage/DecisionStore.h"
#include "storage/VersionStore.h"
#include "services/Demo.h"
#include "support/ReportQueryText.h"
#include "support/TestRegister.h"

using namespace s113;
using namespace s113::reports;
namespace fs = std::filesystem;

namespace {

// The parameters each catalogue report needs, from the sample.
ReportParams sampleParams() {
  ReportParams p;
  p.asAt = Date(2016, 3, 31);
  p.year = FinancialYear::parse("2013/14");
  p.post = "BN-037";
  p.agreement = "BNES-S113-2013";
  p.placement = "PL-001";
  return p;
}

std::vector<std::string> wordsIn(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

// Words the PDF's WinAnsi font prints as they are: ASCII and "£".
bool printsAsIs(const std::string& word) {
  std::string rest = word;
  for (std::size_t at; (at = rest.find("\xC2\xA3")) != std::string::npos;) rest.erase(at, 2);
  for (unsigned char c : rest)
    if (c >= 0x80) return false;
  return true;
}

const Table* widestTable(const ReportDocument& doc) {
  const Table* widest = nullptr;
  for (const Table* t : doc.tables())
    if (!widest || t->columns.size() > widest->columns.size()) widest = t;
  return widest;
}

void checkPaperLayout(const ReportDocument& doc) {
  INFO("report " << doc.report);
  const std::string pdf = test::tempPath(".pdf");
  writePdf(doc, pdf);
  const std::string text = test::commandOutput("pdftotext -layout '" + pdf + "' - 2>/dev/null");
  const int pages =
      std::stoi(test::commandOutput("pdfinfo '" + pdf + "' | sed -n 's/^Pages: *//p'"));
  fs::remove(pdf);
  REQUIRE(!text.empty());
  for (int n = 1; n <= pages; ++n) {
    INFO("page " << n);
    CHECK(text.find("page " + std::to_string(n) + " of " + std::to_string(pages)) !=
          std::string::npos);
  }
  for (const Table* t : doc.tables()) {
    INFO("table " << t->id);
    for (const auto& c : t->columns) CHECK(text.find(c.name) != std::string::npos);
    for (const auto& row : t->rows)
      for (std::size_t c = 0; c < row.size() && c < t->columns.size(); ++c)
        for (const auto& word : wordsIn(displayCell(row[c], t->columns[c].type))) {
          if (!printsAsIs(word)) continue;
          INFO("cell word '" << word << "'");
          CHECK(text.find(word) != std::string::npos);
        }
  }
  // The totals of every table (the widest's included), and the widest table's last column.
  for (const Table* t : doc.tables()) {
    INFO("totals of " << t->id);
    for (std::size_t c = 0; c < t->totals.size(); ++c)
      if (!t->totals[c].empty())
        CHECK(text.find(displayCell(t->totals[c], t->columns.at(c).type)) != std::string::npos);
  }
  const Table* widest = widestTable(doc);
  if (!widest) return;
  for (const auto& row : widest->rows) {  // one-word cells print on one line, whole
    if (row.size() != widest->columns.size()) continue;
    const std::string last = displayCell(row.back(), widest->columns.back().type);
    if (!last.empty() && last.find(' ') == std::string::npos && printsAsIs(last))
      CHECK(text.find(last) != std::string::npos);
  }
}

// Every report the program writes for the sample (as `reports` does): the
// single reports once, the decision record of every recorded decision, the
// exit scenario of every agreement and the letter of every placement.
std::vector<ReportParams> everyReportOf(Register& reg, const ReportInfo& info) {
  const ReportParams base = sampleParams();
  std::vector<ReportParams> all;
  auto each = [&](const std::string& report, const std::string& query, const char* column,
                  std::string ReportParams::*field) {
    for (const auto& row : test::reportQueryText(reg, report, query, {{"post", base.post}, {"as_at", "2016-03-31"}})) {
      ReportParams p = base;
      p.*field = row.at(column);
      all.push_back(p);
    }
  };
  if (info.name == "decision") {
    for (const auto& row : DecisionStore(reg).list()) {
      ReportParams p = base;
      p.post = row.postRef;
      p.decision = row.key;
      all.push_back(p);
    }
  } else if (info.name == "exit") {
    each("exit", "agreements", "ref", &ReportParams::agreement);
  } else if (info.name == "placement-letter") {
    for (const auto& v : VersionStore(reg, *findEntity("placement")).allLatestLive()) {
      ReportParams p = base;
      p.placement = v.key;
      all.push_back(p);
    }
  } else {
    all.push_back(base);
  }
  return all;
}

}  // namespace

TEST_CASE("every report prints whole words, all its headers and totals, page N of M",
          "[reports][pdf]") {
  REQUIRE(test::haveTool("pdftotext"));  // Debian poppler-utils, installed by .ci/install-deps.sh
  test::TestRegister t;
  buildDemoRegister(t.reg());
  bool sawTotals = false;
  std::size_t documents = 0;
  for (const auto& info : reportCatalogue()) {
    if (!info.available) continue;
    for (const auto& p : everyReportOf(t.reg(), info)) {
      INFO("post " << p.post << " decision " << p.decision << " agreement " << p.agreement
                   << " placement " << p.placement);
      ReportDocument doc = buildReport(t.reg(), info.name, p);
      const Table* widest = widestTable(doc);
      sawTotals |= widest && !widest->totals.empty();
      checkPaperLayout(doc);
      ++documents;
    }
  }
  CHECK(sawTotals);  // at least one report has a totals row to look for
  CHECK(documents > reportCatalogue().size());
}

TEST_CASE("a table too wide for portrait is set on landscape pages, its header on each",
          "[reports][pdf]") {
  REQUIRE(test::haveTool("pdftotext"));
  ReportDocument doc;
  doc.report = "register";
  doc.title = "Wide";
  Section s;
  Table wide;
  wide.id = "wide";
  for (int c = 0; c < 12; ++c)
    wide.columns.push_back({"Column heading " + std::to_string(c), ColumnType::Text});
  for (int r = 0; r < 90; ++r)
    wide.rows.push_back(std::vector<std::string>(12, "Reference RA-2013-ADULTS"));
  s.tables.push_back(wide);
  doc.sections.push_back(s);
  const std::string pdf = test::tempPath(".pdf");
  writePdf(doc, pdf);
  const std::string info = test::commandOutput("pdfinfo '" + pdf + "'");
  const std::string text = test::commandOutput("pdftotext -layout '" + pdf + "' - 2>/dev/null");
  fs::remove(pdf);
  CHECK(info.find("841.89 x 595.276") != std::string::npos);  // landscape
  const int pages = std::stoi(info.substr(info.find("Pages:") + 6));
  REQUIRE(pages >= 2);
  std::size_t headers = 0;
  for (std::size_t at = 0; (at = text.find("Column heading 11", at)) != std::string::npos; ++at)
    ++headers;
  CHECK(headers == static_cast<std::size_t>(pages));
  std::size_t whole = 0;
  for (std::size_t at = 0; (at = text.find("RA-2013-ADULTS", at)) != std::string::npos; ++at)
    ++whole;
  CHECK(whole == 90 * 12);
}

TEST_CASE("columns get their natural width when it fits, else their longest word and a share",
          "[reports][pdf]") {
  CHECK(fitColumns({{30, 50}, {40, 40}}, 100) == std::vector<float>{50, 40});
  CHECK(fitColumns({{30, 80}, {40, 40}}, 100) == std::vector<float>{60, 40});
  CHECK(fitColumns({{30, 130}, {20, 120}}, 100) == std::vector<float>{55, 45});
  CHECK(fitColumns({{60, 80}, {50, 50}}, 100).empty());
}
