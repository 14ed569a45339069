// The SQL in a report's folder (reports/<name>/query.sql) is the SQL the
// report runs: building the report runs every query in its file, each query
// runs on both backends, and the posts it selects are the storage layer's.
#include <catch2/catch.hpp>

#include "support/FieldsByName.h"
#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "reports/Catalogue.h"
#include "reports/ReportSql.h"
#include "reports/Writers.h"
#include "services/Demo.h"
#include "storage/VersionStore.h"
#include "support/ReportQueryText.h"
#include "support/TestRegister.h"

using namespace s113;
using namespace s113::reports;

namespace {

// The sample's values for every parameter a report takes, as a report passes
// them to its queries.
ReportParams sampleParams() {
  ReportParams p;
  p.asAt = Date(2016, 3, 31);
  p.year = FinancialYear::parse("2013/14");
  p.post = "BN-037";
  p.decision = "D-BN-037-1";
  p.agreement = "BNES-S113-2013";
  p.placement = "PL-001";
  return p;
}

const std::map<std::string, std::string> kQueryParams{
    {"as_at", "2016-03-31"},           {"post", "BN-037"},
    {"decision", "D-BN-037-1"},        {"agreement", "BNES-S113-2013"},
    {"placement", "PL-001"},           {"year_start", "2013-04-01"},
    {"year_end", "2014-03-31"}};

// Whether a query selects anything from the sample on 31/03/2016, given every
// parameter and name the reports' queries use (each binds only its own).
bool selects(Register& reg, const std::string& report, const std::string& query) {
  std::map<std::string, std::string> params = kQueryParams;
  params.insert({{"cutoff", "9999-12-31T23:59:59Z"}, {"after", ""}, {"up_to", "9999-12-31T23:59:59Z"},
                 {"horizon", "2016-06-29"}, {"started_before", "2014-03-31"}});
  const std::map<std::string, std::string> names = {
      {"versions", "posts_versions"}, {"key", "ref"}, {"label", "v.title"}, {"limit", "1000"},
      {"which", "1 = 1"}, {"order", "pl.start_date"}};
  bool any = false;
  forEachReportQueryRow(reg, report, query, params, names, [&](const QueryRow&) { return !(any = true); });
  return any;
}

}  // namespace

TEST_CASE("building a report runs every query of its query.sql", "[reports][sql]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  const ReportParams p = sampleParams();
  std::size_t filesWithQueries = 0;
  for (const auto& info : reportCatalogue()) {
    const auto names = reportQueryNames(info.name);
    if (names.empty()) continue;
    ++filesWithQueries;
    buildReport(t.reg(), info.name, p);
    // And with only the date, as the Reports menu asks (the exit report then
    // chooses its agreement by SQL); reports that need a record refuse.
    ReportParams dateOnly;
    dateOnly.asAt = p.asAt;
    try {
      buildReport(t.reg(), info.name, dateOnly);
    } catch (const ReportUsageError&) {
    }
    const auto run = reportQueriesRun();
    for (const auto& name : names) {
      INFO("reports/" << info.name << "/query.sql: " << name);
      CHECK(run.count(info.name + "/" + name) == 1);
      CHECK(selects(t.reg(), info.name, name));
    }
  }
  CHECK(filesWithQueries >= 2);
  CHECK_THROWS_AS(reportQuery("register", "no-such-query"), std::runtime_error);
  CHECK_THROWS_AS(test::reportQueryText(t.reg(), "register", "posts", {}), std::runtime_error);
}

TEST_CASE("the decision report shows the decision asked for, else the post's newest",
          "[reports][sql]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  ReportParams p = sampleParams();
  const auto onPost = test::reportQueryText(t.reg(), "decision", "decisions", {{"post", "BN-037"}});
  REQUIRE(!onPost.empty());
  for (const auto& row : onPost) {
    p.decision = row.at("decision");
    INFO(p.decision);
    const ReportDocument doc = buildReport(t.reg(), "decision", p);
    CHECK(doc.fact("decision") == p.decision);
    CHECK((doc.section("override") != nullptr) == !row.at("override_employer").empty());
  }
  p.decision.clear();
  CHECK(buildReport(t.reg(), "decision", p).fact("decision") == onPost.back().at("decision"));
  p.decision = "D-BN-037-99";
  CHECK_THROWS_AS(buildReport(t.reg(), "decision", p), NotFound);
}

TEST_CASE("the register's posts query selects what the storage layer has in force",
          "[reports][sql]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  for (const char* day : {"2014-06-30", "2016-03-31"}) {
    INFO(day);
    std::vector<std::string> expected;
    for (const auto& v : VersionStore(t.reg(), postDef()).asAt(AsAt{parseIsoDate(day), boost::none})) {
      const std::string& kind = choiceIn(postDef(), v.fields, "kind");
      if (kind == "s113" || kind == "joint" || kind == "single_manager") expected.push_back(v.key);
    }
    std::vector<std::string> selected;
    for (const auto& row : test::reportQueryText(t.reg(), "register", "posts", {{"as_at", day}}))
      selected.push_back(row.at("ref"));
    CHECK(selected == expected);
  }
}
