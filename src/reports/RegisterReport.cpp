// Report "register": the S113, joint and single-manager posts as at a date,
// with their holders (the SQL in reports/register/query.sql), and the joint
// posts and placements in force.
#include <map>

#include "domain/Arrangements.h"
#include "domain/Catalog.h"
#include "domain/entities/Contract.h"
#include "domain/entities/JointPost.h"
#include "domain/entities/Person.h"
#include "domain/entities/Placement.h"
#include "reports/Catalogue.h"
#include "reports/ReportData.h"
#include "reports/ReportRows.h"
#include "services/TypedRecords.h"

namespace s113::reports {

using namespace detail;

namespace {

// A row of query "posts".
struct PostRow {
  std::string ref, title, kind, employer, host, status;
  FteUnits fte{0};
  FunctionalSplit split;
};
template <class Columns>
void columns(Columns& c, PostRow& r) {
  c("ref", r.ref);
  c("title", r.title);
  c("kind", r.kind);
  c("employer", r.employer);
  c("host", r.host);
  c("fte", r.fte);
  c("functional_split", r.split);
  c("status", r.status);
}

// A row of query "holders".
struct HolderRow {
  std::string post, name;
};
template <class Columns>
void columns(Columns& c, HolderRow& r) {
  c("post", r.post);
  c("name", r.name);
}

struct KindTotal {
  long long posts = 0;
  FteUnits fte{0};
};

// The posts listed (reports/register/query.sql) with their holders, and
// the totals by kind.
struct PostRows {
  Table table;
  std::map<std::string, KindTotal> byKind;
  FteUnits totalFte{0};
};

PostRows postRows(Register& reg, const std::map<std::string, std::string>& asAt) {
  std::map<std::string, std::vector<std::string>> holders;  // post -> names
  for (HolderRow& h : reportRows<HolderRow>(reg, "register", "holders", asAt))
    holders[h.post].push_back(std::move(h.name));
  PostRows out;
  Table& table = out.table;
  table.id = "posts";
  table.caption = "Posts";
  table.columns = {{"Post", ColumnType::Text},
                   {"Title", ColumnType::Text},
                   {"Kind", ColumnType::Text},
                   {"Employer", ColumnType::Text},
                   {"Host", ColumnType::Text},
                   {"FTE", ColumnType::Fte},
                   {"Functional split", ColumnType::Text},
                   {"Status", ColumnType::Text},
                   {"Postholder", ColumnType::Text}};
  for (const PostRow& p : reportRows<PostRow>(reg, "register", "posts", asAt)) {
    std::string names;
    for (const auto& n : holders[p.ref]) names += (names.empty() ? "" : "; ") + n;
    table.rows.push_back({p.ref, p.title, p.kind, p.employer, p.host, formatFte(p.fte), splitWords(p.split),
                          p.status, names.empty() ? "(vacant)" : names});
    out.byKind[p.kind].posts += 1;
    out.byKind[p.kind].fte += p.fte;
    out.totalFte += p.fte;
  }
  table.totals = {"Total", std::to_string(table.rows.size()) + " posts", "", "", "", formatFte(out.totalFte),
                  "",      "",                                          ""};
  return out;
}

Section summaryByKind(const PostRows& posts) {
  Section summary;
  summary.id = "summary";
  summary.heading = "Summary by kind";
  Table kinds;
  kinds.id = "by-kind";
  kinds.columns = {{"Kind", ColumnType::Text}, {"Posts", ColumnType::Count}, {"FTE", ColumnType::Fte}};
  for (const auto& [kind, t] : posts.byKind) kinds.rows.push_back({kind, std::to_string(t.posts), formatFte(t.fte)});
  kinds.totals = {"Total", std::to_string(posts.table.rows.size()), formatFte(posts.totalFte)};
  summary.tables.push_back(std::move(kinds));
  return summary;
}

Section jointPosts(Register& reg, const AsAt& when) {
  Section joint;
  joint.id = "joint-posts";
  joint.heading = "Joint posts";
  Table t;
  t.id = "joint-posts";
  t.columns = {{"Joint post", ColumnType::Text},
               {"Post", ColumnType::Text},
               {"Lead employer", ColumnType::Text},
               {"Cost share", ColumnType::Text},
               {"Status", ColumnType::Text}};
  for (const JointPost& j : viewsAsAt<JointPost>(reg, jointPostDef(), when))
    t.rows.push_back({j.ref, j.post.value, j.leadEmployer.value, splitWords(j.costShare), toString(j.status)});
  joint.tables.push_back(std::move(t));
  return joint;
}

// The name of the person on each contract in force, by contract.
std::map<std::string, std::string> namesByContract(Register& reg, const AsAt& when) {
  std::map<std::string, std::string> names;  // person -> name
  for (const Person& p : viewsAsAt<Person>(reg, personDef(), when)) names.emplace(p.ref, p.name);
  std::map<std::string, std::string> out;
  for (const ContractTerms& c : viewsAsAt<ContractTerms>(reg, contractDef(), when)) {
    auto name = names.find(c.person.value);
    out.emplace(c.ref, name == names.end() ? "" : name->second);
  }
  return out;
}

// "40%" or "2.5 days a week".
std::string shareText(const Placement& p) {
  if (p.shareOfTime) return formatPercent(*p.shareOfTime) + "%";
  return (p.daysPerWeek ? formatFte(*p.daysPerWeek) : "") + " days a week";
}

// The placements begun by the day, with the name of the person placed.
Section placementsBegun(Register& reg, const AsAt& when) {
  Section placements;
  placements.id = "placements";
  placements.heading = "S113 placements and secondments";
  Table t;
  t.id = "placements";
  t.columns = {{"Placement", ColumnType::Text},     {"Person", ColumnType::Text},
               {"From", ColumnType::Text},          {"To", ColumnType::Text},
               {"Share of time", ColumnType::Text}, {"Start", ColumnType::Date},
               {"Planned end", ColumnType::Date},   {"Next review", ColumnType::Date},
               {"Status", ColumnType::Text}};
  const auto names = namesByContract(reg, when);
  for (const Placement& pl : viewsAsAt<Placement>(reg, placementDef(), when)) {
    if (pl.start > when.effective) continue;
    auto name = names.find(pl.contract.value);
    t.rows.push_back({pl.ref, name == names.end() ? "" : name->second, pl.employer.value,
                      pl.receivingPartner.value, shareText(pl), formatIso(pl.start), formatIso(pl.plannedEnd),
                      formatIso(pl.nextReview), toString(pl.status)});
  }
  placements.tables.push_back(std::move(t));
  return placements;
}

Section partnerKey(Register& reg, const AsAt& when) {
  Section key;
  key.id = "partners";
  key.heading = "Partners";
  Table pt;
  pt.id = "partners";
  pt.columns = {{"Code", ColumnType::Text}, {"Partner", ColumnType::Text}, {"Kind", ColumnType::Text}};
  for (const auto& [code, p] : partnersAsAt(reg, when)) pt.rows.push_back({code, p.name, toString(p.kind)});
  key.tables.push_back(std::move(pt));
  return key;
}

}  // namespace

ReportDocument registerReport(Register& reg, const ReportParams& params) {
  const AsAt when{params.effectiveDate(), boost::none};
  ReportDocument doc;
  doc.report = "register";
  doc.tabular = true;
  doc.title = "Register of S113 and joint posts";
  doc.subtitle =
      "Posts placed at the disposal of a partner under section 113, joint posts and single-manager "
      "posts";
  doc.facts.push_back({"as_at", "As at", formatUk(when.effective)});

  PostRows posts = postRows(reg, {{"as_at", formatIso(when.effective)}});
  doc.facts.push_back({"posts", "Posts listed", std::to_string(posts.table.rows.size())});
  Section list;
  list.id = "posts";
  list.heading = "Posts";
  list.paragraphs.push_back("Every post whose kind is s113, joint or single_manager in the register as at " +
                            formatUk(when.effective) + ", with the people whose contracts hold it on that day.");
  Section summary = summaryByKind(posts);
  list.tables.push_back(std::move(posts.table));
  doc.sections.push_back(std::move(list));
  doc.sections.push_back(std::move(summary));

  doc.sections.push_back(jointPosts(reg, when));
  doc.sections.push_back(placementsBegun(reg, when));
  doc.sections.push_back(partnerKey(reg, when));
  return doc;
}

}  // namespace s113::reports
