// Report "exit": what happens if an agreement ends on a date
// (services/ExitScenario.h): who is affected (nobody changes employer), the
// notice each arrangement needs, the posts that revert and the recharges
// that stop. The agreement, when none is asked for, is chosen by
// reports/exit/query.sql.
#include "domain/Catalog.h"
#include "reports/Catalogue.h"
#include "reports/ReportData.h"
#include "reports/ReportRows.h"
#include "services/ExitScenario.h"

namespace s113::reports {
namespace {

// A row of query "agreements": the report needs only the ref.
struct AgreementRow {
  std::string ref;
};
template <class Columns>
void columns(Columns& c, AgreementRow& r) {
  c("ref", r.ref);
}

}  // namespace

ReportDocument exitReport(Register& reg, const ReportParams& params) {
  std::string agreement = params.agreement;
  if (agreement.empty()) {
    // The first agreement of the register as at the day: reports/exit/query.sql.
    const auto agreements =
        reportRows<AgreementRow>(reg, "exit", "agreements", {{"as_at", formatIso(params.effectiveDate())}});
    if (agreements.empty())
      throw ReportUsageError("the exit report needs --agreement REF: the register has none");
    agreement = agreements.front().ref;
  }
  const Date endsOn = params.effectiveDate();
  ExitScenario s = buildExitScenario(reg, agreement, endsOn);
  ReportDocument doc;
  doc.report = "exit";
  doc.tabular = true;
  doc.title = "Exit scenario: if the agreement ends on " + formatUk(endsOn);
  doc.subtitle = s.agreement + ": " + s.title;
  doc.facts.push_back({"agreement", "Agreement", s.agreement});
  doc.facts.push_back({"ends_on", "Ends on", formatUk(endsOn)});
  doc.facts.push_back({"notice", "Agreement notice",
                       std::to_string(s.agreementNoticeMonths) + " months: give it by " +
                           formatUk(s.agreementNoticeBy)});
  Section people{"people", "People affected", {}, {}, {}};
  people.paragraphs.push_back(
      "Under section 113 nobody changes employer (no TUPE): each person stays with the employer of "
      "their contract; "
      "what stops is the placement, single-manager contract or joint role.");
  Table t;
  t.id = "people";
  t.columns = {{"Person", ColumnType::Text},        {"Contract", ColumnType::Text},
               {"Stays with", ColumnType::Text},    {"Substantive post", ColumnType::Text},
               {"What stops", ColumnType::Text},    {"Notice (months)", ColumnType::Count},
               {"Give notice by", ColumnType::Date}};
  for (const auto& p : s.people) {
    std::string stops;
    for (const auto& a : p.arrangements)
      stops += (stops.empty() ? "" : "; ") + a.entity + " " + a.key + ": " + a.description +
               (a.returnToPost ? " (returns to post)" : "") +
               (a.note.empty() ? "" : " - " + a.note);
    t.rows.push_back({p.name, p.contract, p.staysWith, p.substantivePost, stops,
                      std::to_string(p.noticeMonths), formatIso(p.noticeBy)});
  }
  people.tables.push_back(std::move(t));
  Section posts{"posts", "Posts that revert to their employer", {}, {}, {}};
  Table pt;
  pt.id = "posts";
  pt.columns = {{"Post", ColumnType::Text},         {"Title", ColumnType::Text},
                {"Kind", ColumnType::Text},         {"Host before", ColumnType::Text},
                {"Split before", ColumnType::Text}, {"Reverts to", ColumnType::Text}};
  for (const auto& p : s.posts)
    pt.rows.push_back({p.post, p.title, toString(p.kind), p.host,
                       detail::splitWords(p.functionalSplit), p.revertsTo});
  posts.tables.push_back(std::move(pt));
  Section stops{"stopping", "Arrangements and recharges that stop", {}, {}, {}};
  Table st;
  st.id = "stopping";
  st.columns = {{"Record", ColumnType::Text}, {"Key", ColumnType::Text}, {"Why", ColumnType::Text}};
  for (const auto* list : {&s.arrangements, &s.recharges})
    for (const auto& r : *list) st.rows.push_back({r.entity, r.key, r.reason});
  stops.tables.push_back(std::move(st));
  doc.sections.push_back(std::move(people));
  doc.sections.push_back(std::move(posts));
  doc.sections.push_back(std::move(stops));
  return doc;
}

}  // namespace s113::reports
