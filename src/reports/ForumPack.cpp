// Report "forum-pack": the Joint Staff Forum review pack for a meeting, read
// from the register as it stood on the meeting date AND as recorded by the
// meeting's cutoff (ForumMeetings.h), so building it again later gives the
// same pack; its changes are those recorded since the previous held meeting.
// Every figure is counted in SQL (reports/forum-pack/query.sql) and every
// list capped, so the pack costs what it prints. Once issued the pack is
// frozen and read back from forum_packs.
#include <map>
#include <set>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "reports/Catalogue.h"
#include "reports/ForumAgenda.h"
#include "reports/ForumChanges.h"
#include "reports/ForumDecisions.h"
#include "reports/ForumMeetings.h"
#include "reports/ReportData.h"
#include "reports/ReportRows.h"
#include "services/ForumRecords.h"
#include "services/HeavyReads.h"
#include "services/ParallelReads.h"
#include "services/Roles.h"

namespace s113::reports {

using namespace detail;

namespace {

const long long kListed = 500;  // rows of a list at most; the pack says how many more

// A row of query "agreement_reviews".
struct AgreementReviewRow {
  std::string ref, title;
  Date nextReview;
  long long total = 0;
};
template <class Columns>
void columns(Columns& c, AgreementReviewRow& r) {
  c("ref", r.ref);
  c("title", r.title);
  c("next_review", r.nextReview);
  c("total", r.total);
}

// A row of query "placement_lists": a placement in force on one of the lists.
struct PlacementRow {
  std::string list, ref, kind, employer, receivingPartner, status, person;
  Date start;
  OptionalDate nextReview;
  long long total = 0;
};
template <class Columns>
void columns(Columns& c, PlacementRow& r) {
  c("list", r.list);
  c("ref", r.ref);
  c("kind", r.kind);
  c("employer", r.employer);
  c("receiving_partner", r.receivingPartner);
  c("start_date", r.start);
  c("next_review", r.nextReview);
  c("status", r.status);
  c("person", r.person);
  c("total", r.total);
}

// A row of query "structure_changes".
struct StructureChangeRow {
  std::string ref, post, changeDescription;
  OptionalDate partyAConsultedOn, partyBConsultedOn;
  long long total = 0;
};
template <class Columns>
void columns(Columns& c, StructureChangeRow& r) {
  c("ref", r.ref);
  c("post", r.post);
  c("change_description", r.changeDescription);
  c("party_a_consulted_on", r.partyAConsultedOn);
  c("party_b_consulted_on", r.partyBConsultedOn);
  c("total", r.total);
}

// A row of query "headcount".
struct HeadcountRow {
  std::string employer, host;
  long long staff = 0;
  FteUnits fte{0};
};
template <class Columns>
void columns(Columns& c, HeadcountRow& r) {
  c("employer", r.employer);
  c("host", r.host);
  c("staff", r.staff);
  c("fte", r.fte);
}

// The parameters every query of the pack reads, and the capped lists.
struct PackQuery {
  Register& reg;
  Date day;
  std::map<std::string, std::string> params;

  // Runs a capped query of Row (with its list's length in `total`); returns
  // the length of the whole list.
  template <typename Row, typename Visit>
  long long each(const std::string& name, Visit visit) {
    long long total = 0;
    forEachRowAs<Row>(reg, "forum-pack", name, params, {{"limit", std::to_string(kListed)}}, [&](const Row& row) {
      total = row.total;
      visit(row);
    });
    return total;
  }
};

// One capped list of placements in force and the length of the whole list.
struct PlacementList {
  std::vector<PlacementRow> rows;
  long long total = 0;
};
using PlacementLists = std::map<std::string, PlacementList>;

// The pack's three lists of placements ("reviews", "long", "officer"), read
// in one pass over the placements in force (query placement_lists) instead
// of choosing the placements in force again for each list.
PlacementLists placementLists(PackQuery& q) {
  PlacementLists lists;
  q.each<PlacementRow>("placement_lists", [&](const PlacementRow& row) {
    PlacementList& list = lists[row.list];
    list.total = row.total;
    list.rows.push_back(row);
  });
  return lists;
}

// Visits the rows of one of the lists; returns the length of the whole list.
long long eachPlacement(const PlacementLists& lists, const std::string& name,
                        const std::function<void(const PlacementRow&)>& visit) {
  auto it = lists.find(name);
  if (it == lists.end()) return 0;
  for (const auto& row : it->second.rows) visit(row);
  return it->second.total;
}

// "The first 500 of 1,234 are listed." when the list was capped.
void noteCapped(Section& section, const Table& table, long long total) {
  if (total > static_cast<long long>(table.rows.size()))
    section.paragraphs.push_back((table.caption.empty() ? section.heading : table.caption) + ": the first " +
                                 std::to_string(table.rows.size()) + " of " + std::to_string(total) +
                                 " are listed.");
}

std::string meetingWords(const ForumMeetingRef& m) {
  return formatUk(m.day) + (m.ref.empty() ? "" : " (" + m.ref + ")");
}

void addFacts(ReportDocument& doc, const ForumSetting& s) {
  doc.title = "Joint Staff Forum review pack";
  doc.subtitle = s.meeting.title.empty() ? "Meeting of " + formatUk(s.meeting.day) : s.meeting.title;
  doc.facts.push_back({"meeting", "Meeting", meetingWords(s.meeting)});
  doc.facts.push_back({"previous_meeting", "Previous meeting",
                       s.previous ? meetingWords(*s.previous) : "none held before this one"});
  doc.facts.push_back({"as_at", "Register as at",
                       formatUk(s.meeting.day) + ", as recorded by " + timestampUk(s.meeting.cutoff) + " UTC"});
  doc.facts.push_back(
      {"status", "Status", "Draft: not issued (built " + timestampUk(utcTimestamp()) + " UTC)"});
}

void describeWindow(Section& changes, const ForumSetting& s) {
  changes.paragraphs.insert(
      changes.paragraphs.begin(),
      s.previous ? "Recorded after the meeting of " + formatUk(s.previous->day) + " (" +
                       timestampUk(s.previous->cutoff) + " UTC) and up to " + timestampUk(s.meeting.cutoff) +
                       " UTC."
                 : "No earlier meeting was held: everything recorded up to " + timestampUk(s.meeting.cutoff) +
                       " UTC.");
}

Section reviewsDue(PackQuery& q, const PlacementLists& placements, int reviewDays) {
  Section section;
  section.id = "reviews-due";
  section.heading = "Reviews due in the next " + std::to_string(reviewDays) + " days";
  Table due;
  due.id = "reviews-due";
  due.columns = {{"Record", ColumnType::Text},
                 {"Who / what", ColumnType::Text},
                 {"Review due", ColumnType::Date},
                 {"Status", ColumnType::Text}};
  long long total = q.each<AgreementReviewRow>("agreement_reviews", [&](const AgreementReviewRow& a) {
    due.rows.push_back(
        {"Agreement " + a.ref, a.title, formatIso(a.nextReview), a.nextReview < q.day ? "overdue" : "due"});
  });
  total += eachPlacement(placements, "reviews", [&](const PlacementRow& p) {
    // The list holds only placements with a review date.
    due.rows.push_back({"Placement " + p.ref, p.person + " (" + p.employer + " to " + p.receivingPartner + ")",
                        formatIso(p.nextReview), p.nextReview && *p.nextReview < q.day ? "overdue" : p.status});
  });
  noteCapped(section, due, total);
  section.tables.push_back(std::move(due));
  return section;
}

Section longSecondments(PackQuery& q, const PlacementLists& placements) {
  Section section;
  section.id = "long-secondments";
  section.heading = "Secondments and placements running longer than 2 years";
  Table lr;
  lr.id = "long-secondments";
  lr.columns = {{"Placement", ColumnType::Text}, {"Person", ColumnType::Text},
                {"Kind", ColumnType::Text},      {"From", ColumnType::Text},
                {"To", ColumnType::Text},        {"Started", ColumnType::Date},
                {"Years", ColumnType::Count}};
  const long long total = eachPlacement(placements, "long", [&](const PlacementRow& p) {
    const long years = (q.day - p.start).days() / 365;
    lr.rows.push_back(
        {p.ref, p.person, p.kind, p.employer, p.receivingPartner, formatIso(p.start), std::to_string(years)});
  });
  noteCapped(section, lr, total);
  section.tables.push_back(std::move(lr));
  return section;
}

Section consultationOutstanding(PackQuery& q, const PlacementLists& placements) {
  Section section;
  section.id = "consultation";
  section.heading = "Consultation outstanding";
  Table open;
  open.id = "consultation";
  open.columns = {
      {"Record", ColumnType::Text}, {"About", ColumnType::Text}, {"Outstanding", ColumnType::Text}};
  long long total = eachPlacement(placements, "officer", [&](const PlacementRow& p) {
    open.rows.push_back({"Placement " + p.ref, p.person, "officer not yet consulted (s113 requires it)"});
  });
  total += q.each<StructureChangeRow>("structure_changes", [&](const StructureChangeRow& s) {
    std::string missing;
    if (!s.partyAConsultedOn) missing += "first party";
    if (!s.partyBConsultedOn) missing += std::string(missing.empty() ? "" : " and ") + "second party";
    open.rows.push_back(
        {"Structure change " + s.ref, s.post + ": " + s.changeDescription, missing + " not yet consulted"});
  });
  const std::size_t before = open.rows.size();
  addDecisionsAwaitingForum(q.reg, q.params.at("cutoff"), open);
  noteCapped(section, open, total + static_cast<long long>(open.rows.size() - before));
  section.tables.push_back(std::move(open));
  return section;
}

struct Group {
  long long count = 0;
  FteUnits fte{0};
};
using Groups = std::map<std::pair<std::string, std::string>, Group>;

// Bars of FTE per employer, one series per host; groups under 5 drawn as "<5".
Chart headcountChart(const Groups& groups) {
  std::set<std::string> employers, hosts;
  for (const auto& [pair, g] : groups) employers.insert(pair.first), hosts.insert(pair.second);
  Chart chart;
  chart.kind = Chart::Kind::Bars;
  chart.title = "FTE by employer (bars by host partner)";
  chart.unit = "FTE";
  chart.divisor = kFullTime.value();
  chart.categories.assign(employers.begin(), employers.end());
  for (const auto& host : hosts) {
    chart.series.push_back("hosted by " + host);
    std::vector<long long> values;
    std::vector<std::string> labels;
    for (const auto& employer : employers) {
      auto it = groups.find({employer, host});
      const bool shown = it != groups.end() && it->second.count >= 5;
      values.push_back(shown ? it->second.fte.value() : 0);
      labels.push_back(it == groups.end() ? "" : shown ? formatFte(it->second.fte) : "<5");
    }
    chart.values.push_back(values);
    chart.labels.push_back(labels);
  }
  return chart;
}

Section headcount(PackQuery& q, const AsAt& when) {
  Section section;
  section.id = "headcount";
  section.heading = "Headcount and FTE by employer and host partner";
  section.paragraphs.push_back("Staff in post on " + formatUk(q.day) +
                               " (contracts running that day), by the employer of their contract "
                               "and the partner hosting their post. "
                               "Groups of fewer than 5 staff are shown as <5 and their FTE is "
                               "not shown, so that no one can be identified.");
  Groups groups;
  long long totalCount = 0;
  FteUnits totalFte{0};
  forEachRowAs<HeadcountRow>(q.reg, "forum-pack", "headcount", q.params, {}, [&](const HeadcountRow& row) {
    Group& g = groups[{row.employer, row.host}];
    g.count = row.staff;
    g.fte = row.fte;
    totalCount += g.count;
    totalFte += g.fte;
  });
  Table hc;
  hc.id = "headcount";
  hc.columns = {{"Employer", ColumnType::Text},
                {"Host partner", ColumnType::Text},
                {"Headcount", ColumnType::Count},
                {"FTE", ColumnType::Fte}};
  for (const auto& [pair, g] : groups)
    hc.rows.push_back(
        {pair.first, pair.second, suppressedCount(g.count), g.count < 5 ? "<5" : formatFte(g.fte)});
  hc.totals = {"Total", "", suppressedCount(totalCount), totalCount < 5 ? "<5" : formatFte(totalFte)};
  section.charts.push_back(headcountChart(groups));
  section.tables.push_back(std::move(hc));
  Table partnerKey;
  partnerKey.id = "partners";
  partnerKey.caption = "Partners";
  partnerKey.columns = {{"Code", ColumnType::Text}, {"Partner", ColumnType::Text}};
  for (const auto& [code, p] : partnersAsAt(q.reg, when)) partnerKey.rows.push_back({code, p.name});
  section.tables.push_back(std::move(partnerKey));
  return section;
}

// The sections that read the register, built by jobs that run side by side,
// each on whichever connection is free (services/ParallelReads.h): they read
// the register as at the same meeting and cutoff and need nothing from each
// other.
struct PackSections {
  ForumChanges changes;
  Section reviews, longRunning, decisions, consultation, headcount, agenda;
};

PackSections readSections(Register& reg, const ForumSetting& setting, const ReportParams& params,
                          const PackQuery& query) {
  const std::string& cutoff = setting.meeting.cutoff;
  const std::string after = setting.previous ? setting.previous->cutoff : "";
  const AsAt when{query.day, cutoff};
  PackSections s;
  // Each job's own copy of the query, on the job's connection, with the
  // pack's probe-per-row queries left uncompiled there too (HeavyReads).
  auto on = [&](Register& r) { return PackQuery{r, query.day, query.params}; };
  runReadJobs(reg, {[&](Register& r) {
                      const HeavyReads noJit(r);
                      PackQuery q = on(r);
                      const PlacementLists placements = placementLists(q);
                      s.reviews = reviewsDue(q, placements, params.reviewDays);
                      s.longRunning = longSecondments(q, placements);
                      s.consultation = consultationOutstanding(q, placements);
                    },
                    [&](Register& r) {
                      const HeavyReads noJit(r);
                      PackQuery q = on(r);
                      s.headcount = headcount(q, when);
                    },
                    [&](Register& r) { s.changes = forumChanges(r, after, cutoff); },
                    [&](Register& r) {
                      s.decisions.id = "decisions";
                      s.decisions.heading = "Employer decisions and overrides since the last meeting";
                      addDecisionsSince(r, after, cutoff, s.decisions);
                    },
                    [&](Register& r) { s.agenda = forumAgendaSection(r, when, query.day); }});
  return s;
}

}  // namespace

ReportDocument forumPackReport(Register& reg, const ReportParams& params) {
  const Date day = params.meeting ? *params.meeting : params.effectiveDate();
  if (auto frozen = frozenPack(reg, formatIso(day))) return fromJson(nlohmann::json::parse(*frozen));
  const ForumSetting setting = forumSetting(reg, day);
  const PackQuery query{reg, day,
                        {{"as_at", formatIso(day)},
                         {"cutoff", setting.meeting.cutoff},
                         {"horizon", formatIso(day + boost::gregorian::days(params.reviewDays))},
                         {"started_before", formatIso(day - boost::gregorian::years(2))}}};
  PackSections s = readSections(reg, setting, params, query);

  ReportDocument doc;
  doc.report = "forum-pack";
  doc.tabular = true;
  addFacts(doc, setting);
  describeWindow(s.changes.changes, setting);
  doc.sections.push_back(std::move(s.changes.changes));
  doc.sections.push_back(std::move(s.reviews));
  doc.sections.push_back(std::move(s.longRunning));
  doc.sections.push_back(std::move(s.decisions));
  doc.sections.push_back(std::move(s.consultation));
  doc.sections.push_back(std::move(s.headcount));
  doc.sections.push_back(std::move(s.agenda));
  if (!s.changes.appendix.tables.empty()) doc.sections.push_back(std::move(s.changes.appendix));
  return doc;
}

ReportDocument issueForumPack(Register& reg, const Date& meeting, const std::string& title,
                              const ReportParams& params) {
  const std::string iso = formatIso(meeting);
  require(reg, Action::IssuePacks);
  if (frozenPack(reg, iso))
    throw Conflict("the pack for the forum meeting on " + iso +
                   " was already issued: it is frozen");
  WriteTransaction tx(reg);
  if (!forumMeeting(reg, iso)) {
    // Named as the title given, else as the meeting's own record.
    const std::string name = title.empty() ? forumSetting(reg, meeting).meeting.title : title;
    recordForumMeeting(reg, {iso, name, meetingCutoff(meeting), utcTimestamp(), reg.actingUser()});
  }
  ReportParams p = params;
  p.meeting = meeting;
  ReportDocument doc = forumPackReport(reg, p);
  const std::string issuedAt = utcTimestamp();
  for (auto& f : doc.facts)
    if (f.key == "status")
      f.value = "Issued " + timestampUk(issuedAt) + " UTC by " + reg.actingUser() + " (frozen)";
  recordFrozenPack(reg, iso, issuedAt, reg.actingUser(), toJson(doc).dump());
  tx.commit();
  return doc;
}

}  // namespace s113::reports
