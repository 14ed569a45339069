// The reports on the sample register, on SQLite and PostgreSQL: figures in
// every report, every format written (PDFs rendered by pdftoppm, XLSX a zip),
// the forum pack's changes since the last meeting and its frozen snapshot,
// and that no report writes to the register.
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <regex>
#include <thread>

#include "support/FieldsByName.h"
#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "recharge/Netting.h"
#include "reports/Catalogue.h"
#include "reports/ForumChanges.h"
#include "reports/ReportRows.h"
#include "reports/Writers.h"
#include "services/Demo.h"
#include "services/ExitScenario.h"
#include "services/RechargeService.h"
#include "services/RecordService.h"
#include "storage/DecisionStore.h"
#include "support/TestRegister.h"
#include "support/TextRecords.h"
#include "storage/Session.h"

using namespace s113;
using namespace s113::reports;
namespace fs = std::filesystem;

namespace {

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string shell(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return out;
  char buffer[4096];
  while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
  pclose(pipe);
  return out;
}

bool havePdftoppm() { return std::system("command -v pdftoppm >/dev/null 2>&1") == 0; }

// pdftoppm renders every page of the PDF: as many PNGs as pdfinfo counts pages, at least one.
void checkPdfRenders(const std::string& pdf) {
  INFO(pdf);
  REQUIRE(readFile(pdf).rfind("%PDF-", 0) == 0);
  if (!havePdftoppm()) {
    WARN("pdftoppm missing (Debian poppler-utils): PDF rendering not checked");
    return;
  }
  fs::path dir = fs::path(test::tempPath("-ppm"));
  fs::create_directories(dir);
  int rc = std::system(
      ("pdftoppm -r 20 -png '" + pdf + "' '" + (dir / "page").string() + "' 2>&1").c_str());
  REQUIRE(rc == 0);
  long pngs = std::distance(fs::directory_iterator(dir), fs::directory_iterator());
  std::string info = shell("pdfinfo '" + pdf + "' 2>/dev/null | sed -n 's/^Pages: *//p'");
  CHECK(pngs >= 1);
  if (!info.empty()) CHECK(pngs == std::stol(info));
  fs::remove_all(dir);
}

std::string pdfText(const std::string& pdf) {
  return shell("pdftotext -layout '" + pdf + "' - 2>/dev/null");
}

const std::vector<std::string>* rowOf(const Table& t, std::size_t column,
                                      const std::string& value) {
  for (const auto& r : t.rows)
    if (r.at(column) == value) return &r;
  return nullptr;
}

long long countRows(Register& reg, const std::string& table) {
  long long n = 0;
  sessionOf(reg) << "SELECT COUNT(*) FROM " + table, soci::into(n);
  return n;
}

// Row counts of every table a report could touch.
std::map<std::string, long long> registerCounts(Register& reg) {
  std::map<std::string, long long> counts;
  for (const auto* def : allEntities()) {
    counts[def->table] = countRows(reg, def->table);
    counts[def->versionsTable()] = countRows(reg, def->versionsTable());
  }
  for (const char* t : {"audit_log", "forum_meetings", "forum_packs"})
    counts[t] = countRows(reg, t);
  return counts;
}

void retitle(Register& reg, const std::string& ref, const std::string& title) {
  VersionStore store(reg, postDef());
  auto latest = store.latest(ref);
  FieldValues fields = latest->fields;
  setText(postDef(), fields, "title", title);
  RecordService(reg).save({&postDef(), ref, fields, latest->version, latest->validFrom});
}

void tick() { std::this_thread::sleep_for(std::chrono::milliseconds(1100)); }

}  // namespace

TEST_CASE("register report lists the S113, joint and single-manager posts as at a date",
          "[reports]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  ReportParams p;
  p.asAt = Date(2016, 3, 31);
  ReportDocument doc = buildReport(t.reg(), "register", p);
  const Table* posts = doc.table("posts");
  REQUIRE(posts);
  CHECK(posts->rows.size() == 33);  // 29 s113 + 3 joint + 1 single manager
  REQUIRE(rowOf(*posts, 0, "BN-007"));
  CHECK(rowOf(*posts, 0, "BN-007")->at(8) == "Mike Bowden");
  CHECK(rowOf(*posts, 0, "BN-022")->at(8) == "(vacant)");
  CHECK(rowOf(*posts, 0, "SK-001")->at(8) == "Terry Dafter");
  CHECK(rowOf(*posts, 0, "BN-002") == nullptr);  // a single post
  const Table* kinds = doc.table("by-kind");
  REQUIRE(kinds);
  CHECK(rowOf(*kinds, 0, "s113")->at(1) == "29");
  CHECK(rowOf(*kinds, 0, "joint")->at(1) == "3");
  // Before Nadia Khan's contract started (2015-02-02) BN-025 is vacant.
  p.asAt = Date(2014, 6, 30);
  CHECK(rowOf(*buildReport(t.reg(), "register", p).table("posts"), 0, "BN-025")->at(8) ==
        "(vacant)");
}

TEST_CASE("forum pack lists changes after the last meeting only, and an issued pack stays frozen",
          "[reports]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  const Date meeting1 = today(), meeting2 = today() + boost::gregorian::days(1);
  tick();
  retitle(t.reg(), "BN-020", "Contracts Manager - before the meeting");
  tick();
  ReportParams p;
  ReportDocument issued = issueForumPack(t.reg(), meeting1, "Joint Staff Forum 1", p);
  const std::string issuedJson = toJson(issued).dump();
  CHECK(issued.fact("status").find("Issued") == 0);
  tick();
  retitle(t.reg(), "BN-030", "Project Manager - after the meeting");

  p.meeting = meeting2;
  ReportDocument pack = buildReport(t.reg(), "forum-pack", p);
  const Table* changes = pack.table("changes");
  REQUIRE(changes);
  CHECK(pack.fact("previous_meeting") == formatUk(meeting1));
  REQUIRE(rowOf(*changes, 1, "Post BN-030"));
  CHECK(rowOf(*changes, 1, "Post BN-030")->at(2).find("after the meeting") != std::string::npos);
  CHECK(rowOf(*changes, 1, "Post BN-020") == nullptr);
  CHECK(rowOf(*changes, 1, "Post BN-001") == nullptr);  // the sample, recorded before meeting 1
  CHECK(changes->rows.size() == 1);

  // The issued pack is read back unchanged after the later edit, and issuing again is refused.
  p.meeting = meeting1;
  ReportDocument again = buildReport(t.reg(), "forum-pack", p);
  CHECK(toJson(again).dump() == issuedJson);
  bool listsLaterEdit = false, listsEarlierEdit = false;
  for (const auto& row : again.table("changes")->rows) {
    listsLaterEdit |= row.at(2).find("after the meeting") != std::string::npos;
    listsEarlierEdit |= row.at(2).find("before the meeting") != std::string::npos;
  }
  CHECK_FALSE(listsLaterEdit);
  CHECK(listsEarlierEdit);
  CHECK_THROWS_AS(issueForumPack(t.reg(), meeting1, "again", p), Conflict);

  // Headcount by employer and host: 37 staff; Stockport's one person shows as <5.
  const Table* hc = pack.table("headcount");
  REQUIRE(hc);
  CHECK(hc->totals.at(2) == "37");
  REQUIRE(rowOf(*hc, 0, "SMBC"));
  CHECK(rowOf(*hc, 0, "SMBC")->at(2) == "<5");
  CHECK(rowOf(*hc, 0, "SMBC")->at(3) == "<5");
  const auto* bnes = rowOf(*hc, 0, "BNES");
  REQUIRE(bnes);
  CHECK(bnes->at(1) == "BNES");
  CHECK(bnes->at(2) == "24");
  REQUIRE(pack.section("headcount")->charts.size() == 1);
}

TEST_CASE("every available report is written in every format and the register is unchanged",
          "[reports]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  auto before = registerCounts(t.reg());
  fs::path dir = test::tempPath("-reports");
  ReportParams p;
  auto files = writeAllReports(t.reg(), dir.string(), p);
  CHECK(registerCounts(t.reg()) == before);  // reports only read
  REQUIRE(files.size() >= 20);
  auto wrote = [&](const std::string& name) {
    return std::find(files.begin(), files.end(), (dir / name).string()) != files.end();
  };
  CHECK(std::any_of(files.begin(), files.end(), [](const std::string& f) {
    return std::regex_search(f, std::regex("recharges-20[0-9][0-9]-[0-9][0-9]\\.xlsx$"));
  }));
  CHECK(wrote("exit-BNES-S113-2013.pdf"));
  CHECK(wrote("placement-letter-PL-001.pdf"));
  for (const auto& file : files) {
    INFO(file);
    std::string content = readFile(file);
    REQUIRE(!content.empty());
    switch (formatOfPath(file)) {
      case Format::Pdf:
        checkPdfRenders(file);
        break;
      case Format::Xlsx:
        CHECK(content.rfind("PK", 0) == 0);
        break;
      case Format::Html:
        CHECK(content.find("<!DOCTYPE html>") == 0);
        CHECK(content.find("{{") == std::string::npos);
        break;
      case Format::Csv:
        CHECK(content.find("\r\n") != std::string::npos);
        break;
    }
  }
  std::string registerHtml = readFile((dir / "register.html").string());
  CHECK(registerHtml.find("Mike Bowden") != std::string::npos);
  std::string packHtml = readFile((dir / "forum-pack.html").string());
  CHECK(packHtml.find("<svg") != std::string::npos);
  CHECK(packHtml.find("&lt;5") != std::string::npos);
  if (havePdftoppm())
    CHECK(pdfText((dir / "register.pdf").string()).find("Mike Bowden") != std::string::npos);

  // The one write: issuing a pack adds a meeting and a frozen pack, nothing else.
  issueForumPack(t.reg(), today(), "Forum", p);
  auto after = registerCounts(t.reg());
  CHECK(after["forum_meetings"] == before["forum_meetings"] + 1);
  CHECK(after["forum_packs"] == before["forum_packs"] + 1);
  after["forum_meetings"] = before["forum_meetings"];
  after["forum_packs"] = before["forum_packs"];
  CHECK(after == before);
  fs::remove_all(dir);
}

TEST_CASE(
    "the PDF writer prints the pound sign and draws charts; CSV and XLSX refuse non-tabular "
    "reports",
    "[reports]") {
  ReportDocument doc;
  doc.report = "register";
  doc.title = "Money £ test – en dash";
  doc.tabular = true;
  Section s;
  s.heading = "Figures";
  Table table;
  table.id = "money";
  table.columns = {{"Item", ColumnType::Text}, {"Amount", ColumnType::Money}};
  for (int i = 0; i < 120; ++i) table.rows.push_back({"Line " + std::to_string(i), "1234.56"});
  s.tables.push_back(table);
  Chart chart;
  chart.kind = Chart::Kind::Lines;
  chart.title = "Monthly";
  chart.unit = "£";
  chart.divisor = 100;
  chart.categories = {"Apr", "May", "Jun"};
  chart.series = {"BNES to BCCG"};
  chart.values = {{100000, 250000, 50000}};
  s.charts.push_back(chart);
  doc.sections.push_back(s);
  fs::path pdf = test::tempPath(".pdf");
  writePdf(doc, pdf.string());
  checkPdfRenders(pdf.string());
  if (havePdftoppm()) {
    std::string text = pdfText(pdf.string());
    CHECK(text.find("£1,234.56") != std::string::npos);
    CHECK(text.find("Money £ test – en dash") != std::string::npos);
    CHECK(std::stoi(shell("pdfinfo '" + pdf.string() + "' | sed -n 's/^Pages: *//p'")) >=
          2);  // table continues
  }
  CHECK(renderCsv(doc).find("Line 0,1234.56\r\n") != std::string::npos);
  doc.tabular = false;
  CHECK_THROWS_AS(writeReport(doc, test::tempPath(".xlsx")), FormatError);
  CHECK_THROWS_AS(renderCsv(doc), FormatError);
  CHECK_THROWS_AS(formatOfPath("x.docx"), FormatError);
  fs::remove(pdf);
}

TEST_CASE("unknown reports and missing parameters are usage errors", "[reports]") {
  test::TestRegister t;
  CHECK_THROWS_AS(buildReport(t.reg(), "nonsense", ReportParams()), ReportUsageError);
  for (const auto& info : reportCatalogue())
    if (!info.available)
      CHECK_THROWS_AS(buildReport(t.reg(), info.name, ReportParams()), ReportUsageError);
}

TEST_CASE("recharge report: net settlement equals the recharge engine's, with a monthly chart",
          "[reports]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  ReportParams p;
  p.year = FinancialYear::parse("2013/14");
  ReportDocument doc = buildReport(t.reg(), "recharges", p);
  Schedule schedule = rechargeSchedule(t.reg(), *p.year);
  REQUIRE(!schedule.lines.empty());
  CHECK(doc.table("schedule")->rows.size() == schedule.lines.size());
  Settlement engine = settle(schedule.lines);
  const Table* net = doc.table("settlement");
  REQUIRE(net);
  REQUIRE(net->rows.size() == engine.netted.size() + engine.gross.size());
  for (std::size_t i = 0; i < engine.netted.size(); ++i) {
    CHECK(net->rows[i].at(0) == engine.netted[i].partyA);
    CHECK(parseMoney(net->rows[i].at(4)) == engine.netted[i].net());
  }
  Pence listed{0};  // the schedule lists every line (totals are per pair, see FinanceExportTest)
  for (const auto& row : doc.table("schedule")->rows) listed += parseMoney(row.at(11));
  CHECK(listed == totalOf(schedule.lines).total);
  const Chart& chart = doc.section("position")->charts.at(0);
  CHECK(chart.categories.size() == 12);
  long long charted = 0;
  for (const auto& s : chart.values)
    for (long long v : s) charted += v;
  CHECK(charted == totalOf(schedule.lines).total.value());
  fs::path pdf = test::tempPath(".pdf");
  writeReport(doc, pdf.string());
  checkPdfRenders(pdf.string());
  if (havePdftoppm()) CHECK(pdfText(pdf.string()).find("£") != std::string::npos);
  fs::remove(pdf);
}

TEST_CASE("decision record, exit scenario and placement letter from the sample", "[reports]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  auto decisions = DecisionStore(t.reg()).list();
  REQUIRE(!decisions.empty());
  ReportParams p;
  p.post = decisions.back().postRef;
  ReportDocument decision = buildReport(t.reg(), "decision", p);
  CHECK(decision.fact("decision") == DecisionStore(t.reg()).list(p.post).back().key);
  CHECK(decision.table("trace")->rows.size() >= 8);
  p.post = "BN-001";  // a post without a recorded decision: the protocol's outcome, not recorded
  if (DecisionStore(t.reg()).list("BN-001").empty())
    CHECK(buildReport(t.reg(), "decision", p).fact("decision").find("not recorded") == 0);
  CHECK_THROWS_AS(buildReport(t.reg(), "decision", ReportParams()), ReportUsageError);

  p.agreement = "BNES-S113-2013";
  p.asAt = Date(2016, 9, 30);
  ReportDocument exit = buildReport(t.reg(), "exit", p);
  ExitScenario scenario = buildExitScenario(t.reg(), "BNES-S113-2013", Date(2016, 9, 30));
  CHECK(exit.table("people")->rows.size() == scenario.people.size());
  CHECK(exit.table("posts")->rows.size() == scenario.posts.size());

  p.placement = "PL-001";
  ReportDocument letter = buildReport(t.reg(), "placement-letter", p);
  CHECK(letter.fact("name") == "Andrea Pearce");
  CHECK(letter.section("termination") != nullptr);
  std::string html = renderHtml(letter);
  CHECK(html.find("Dear Andrea Pearce") != std::string::npos);
  // The query's typed row: a share in basis points, dates and a number of months.
  CHECK(letter.section("role")->paragraphs.at(1) ==
        "From 01/04/2013 you are placed at the disposal of Bath and North East Somerset Council for 100% of "
        "your contracted hours.");
  CHECK(letter.section("management")->paragraphs.at(1) == "The arrangement will next be reviewed by 01/04/2016.");
  CHECK_THAT(letter.section("termination")->paragraphs.at(0), Catch::StartsWith("Either partner may end this "
                                                                                 "placement by giving 3 months'"));
  CHECK_THROWS_AS(writeReport(letter, test::tempPath(".csv")), FormatError);
  p.placement = "PL-999";
  CHECK_THROWS_AS(buildReport(t.reg(), "placement-letter", p), NotFound);
}

namespace {
struct MisnamedRow {
  std::string ref;
};
template <class Columns>
void columns(Columns& c, MisnamedRow& r) { c("no_such_column", r.ref); }
}  // namespace

TEST_CASE("a report's row struct names a column its query lacks: the query is named", "[reports]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  CHECK_THROWS_WITH(reportRows<MisnamedRow>(t.reg(), "placement-letter", "letter", {{"placement", "PL-001"}}),
                    "reports/placement-letter/query.sql, query letter has no column no_such_column");
}

TEST_CASE("the forum pack lists the meeting's agenda and the actions still open from earlier meetings",
          "[reports][forum]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  // Today's meeting, planned with one item (a pack reads what was recorded by its meeting day).
  RecordService service(t.reg());
  const Date day = today();
  service.save(test::textEdit(meetingDef(), "JSF-TODAY",
                              {{"meeting_date", formatIso(day)}, {"title", "Joint Staff Forum"}, {"status", "planned"}},
                              0, day));
  service.save(test::textEdit(meetingItemDef(), "JSF-TODAY-1",
                              {{"meeting", "JSF-TODAY"}, {"subject", "Long secondments"}, {"placement", "PL-006"}}, 0,
                              day));
  ReportParams p;
  p.meeting = day;
  ReportDocument pack = buildReport(t.reg(), "forum-pack", p);
  const Table* agenda = pack.table("agenda");
  REQUIRE(agenda);
  REQUIRE(agenda->rows.size() == 1);
  CHECK(agenda->rows[0][0] == "JSF-TODAY-1");
  CHECK(agenda->rows[0][2] == "placement PL-006");
  const Table* actions = pack.table("open-actions");
  REQUIRE(actions);
  REQUIRE(actions->rows.size() == 1);  // the sample's 2013 action, not yet done
  CHECK(actions->rows[0][0] == "JSF-2013-04-2");
  CHECK(actions->rows[0][3] == "Head of HR (Council)");
  // The pack's CSV form is still its first table: the changes since the last meeting.
  CHECK(pack.tables().front()->id == "changes");
}

namespace {

bool anyRow(const Table& t, const std::function<bool(const std::vector<std::string>&)>& match) {
  return std::any_of(t.rows.begin(), t.rows.end(), match);
}

}  // namespace

TEST_CASE("the sample is recorded over the years: each held meeting's pack lists what changed since the one before",
          "[reports][forum]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  ReportParams p;

  // April 2013, the first meeting: everything set up before it, bulk creations counted.
  p.meeting = Date(2013, 4, 10);
  ReportDocument first = buildReport(t.reg(), "forum-pack", p);
  CHECK(first.fact("meeting") == "10/04/2013 (JSF-2013-04)");
  CHECK(first.fact("previous_meeting") == "none held before this one");
  const auto& firstWords = first.section("changes")->paragraphs;
  CHECK(std::find(firstWords.begin(), firstWords.end(), "41 posts created (listed in Appendix A).") !=
        firstWords.end());
  REQUIRE(first.table("created-post"));
  CHECK(first.table("created-post")->rows.size() == 41);
  CHECK(rowOf(*first.table("created-post"), 0, "Post BN-007")->at(1) == "Head of Commissioning - Adults and Health");

  // June 2014: what was recorded after 10/04/2013 and by 11/06/2014, nothing earlier.
  p.meeting = Date(2014, 6, 11);
  ReportDocument june = buildReport(t.reg(), "forum-pack", p);
  CHECK(june.fact("previous_meeting") == "10/04/2013 (JSF-2013-04)");
  const Table* changes = june.table("changes");
  REQUIRE(changes);
  CHECK(anyRow(*changes, [](const auto& r) {
    return r[1] == "S113 placement / secondment PL-005" && r[2] == "status consulted \u2192 agreed" &&
           r[0] == "2014-02-20" && r[3] == "J Smith" && r[4] == "2014-02-20";
  }));
  CHECK_FALSE(anyRow(*changes, [](const auto& r) { return r[0] <= "2013-04-10" || r[0] > "2014-06-11"; }));
  CHECK_FALSE(anyRow(*changes, [](const auto& r) { return r[2].find("line-manager") != std::string::npos; }));
  REQUIRE(june.table("created-person"));
  CHECK(june.table("created-person")->rows.size() == 6);  // the staff who started in between
  CHECK(june.table("decisions")->rows.size() == 2);        // D-BN-001-1 (15/04/2013) and D-BN-036-1
  CHECK(june.table("agenda")->rows.size() == 1);

  // March 2016 (planned): the changes since June 2014, the register as at that day.
  p.meeting = Date(2016, 3, 10);
  ReportDocument march = buildReport(t.reg(), "forum-pack", p);
  CHECK(march.fact("previous_meeting") == "11/06/2014 (JSF-2014-06)");
  changes = march.table("changes");
  CHECK(anyRow(*changes, [](const auto& r) {
    return r[1] == "S113 placement / secondment PL-008" && r[2].find("status active \u2192 terminated") != std::string::npos;
  }));
  CHECK_FALSE(anyRow(*changes, [](const auto& r) { return r[0] <= "2014-06-11"; }));
  CHECK(march.table("headcount")->totals.at(2) == "37");
  CHECK(march.table("decisions")->rows.size() == 1);  // the 2014 override, D-BN-037-1
}

TEST_CASE("a change is put into words field by field", "[reports][forum]") {
  Record before{{"functional_split", "BNES:60;BCCG:40"}, {"title", "Head of Commissioning"}, {"fte", "1"}};
  Record after = before;
  after["functional_split"] = "BNES:50;BCCG:50";
  auto words = [](const Record& was, const Record& now) {
    return changeWords(postDef(), test::values(postDef(), was), test::values(postDef(), now));
  };
  CHECK(words(before, after) == "functional split BNES 60%, BCCG 40% \u2192 BNES 50%, BCCG 50%");
  after["line_manager"] = "BN-003";
  CHECK(words(before, after) ==
        "functional split BNES 60%, BCCG 40% \u2192 BNES 50%, BCCG 50%; line-manager post (none) \u2192 BN-003");
  // Spelled differently, the same value is no change.
  after = before;
  after["fte"] = "1.0";
  after["functional_split"] = "BNES:60.00;BCCG:40";
  CHECK(words(before, after).empty());
}
