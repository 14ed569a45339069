// Report "forum-pack": the Joint Staff Forum review pack for a meeting, read
// from the register as it stood on the meeting date AND as recorded by the
// meeting's cutoff (ForumStore.h), so building it again later gives the same
// pack. Once issued the pack is frozen and read back from forum_packs.
#include <map>
#include <set>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "reports/Catalogue.h"
#include "reports/ForumAgenda.h"
#include "reports/ForumDecisions.h"
#include "reports/ReportData.h"
#include "storage/AuditStore.h"
#include "storage/ForumStore.h"
#include "services/Roles.h"

namespace s113::reports {

using namespace detail;

namespace {

std::string clip(const std::string& text, std::size_t n = 60) {
  return text.size() <= n ? text : text.substr(0, n - 3) + "...";
}

// One row per record version changed after `after` and up to `upTo`.
Table changesTable(Register& reg, const std::string& after, const std::string& upTo) {
  Table t;
  t.id = "changes";
  t.columns = {{"Recorded", ColumnType::Text},
               {"By", ColumnType::Text},
               {"Record", ColumnType::Text},
               {"Version", ColumnType::Count},
               {"Change", ColumnType::Text}};
  boost::optional<std::string> since;
  if (!after.empty()) since = after;
  std::vector<AuditEntry> entries = AuditStore(reg).list(since);
  std::string lastKey;
  for (const auto& e : entries) {
    if ((!after.empty() && e.at <= after) || e.at > upTo) continue;
    const std::string key = e.at + "|" + e.entity + "|" + e.key + "|" + std::to_string(e.version);
    const EntityDef* def = findEntity(e.entity);
    std::string field = e.field;
    if (def)
      if (const FieldDef* f = def->field(e.field)) field = f->label;
    std::string change =
        e.version == 1 && e.oldValue.empty()
            ? "created"
            : field + ": \"" + clip(e.oldValue) + "\" to \"" + clip(e.newValue) + "\"";
    if (key == lastKey) {
      std::string& cell = t.rows.back()[4];
      if (cell != "created") cell += "; " + change;
      continue;
    }
    lastKey = key;
    t.rows.push_back({timestampUk(e.at), e.actor, (def ? def->label : e.entity) + " " + e.key,
                      std::to_string(e.version), change});
  }
  return t;
}

}  // namespace

ReportDocument forumPackReport(Register& reg, const ReportParams& params) {
  const Date meetingDay = params.meeting ? *params.meeting : params.effectiveDate();
  const std::string meetingIso = formatIso(meetingDay);
  ForumStore forum(reg);
  if (auto frozen = forum.frozenPack(meetingIso)) return fromJson(nlohmann::json::parse(*frozen));

  auto recorded = forum.meeting(meetingIso);
  const std::string cutoff = recorded ? recorded->cutoff : meetingCutoff(meetingDay);
  auto previous = forum.previousMeeting(meetingIso);
  const AsAt when{meetingDay, cutoff};

  ReportDocument doc;
  doc.report = "forum-pack";
  doc.tabular = true;
  doc.title = "Joint Staff Forum review pack";
  doc.subtitle =
      recorded && !recorded->title.empty() ? recorded->title : "Meeting of " + formatUk(meetingDay);
  doc.facts.push_back({"meeting", "Meeting", formatUk(meetingDay)});
  doc.facts.push_back({"previous_meeting", "Previous meeting",
                       previous ? formatUk(parseIsoDate(previous->date)) : "none recorded"});
  doc.facts.push_back({"as_at", "Register as at",
                       formatUk(meetingDay) + ", as recorded by " + timestampUk(cutoff) + " UTC"});
  doc.facts.push_back(
      {"status", "Status", "Draft: not issued (built " + timestampUk(utcTimestamp()) + " UTC)"});

  auto partners = recordsAsAt(reg, "partner", when);
  auto posts = recordsAsAt(reg, "post", when);
  auto people = recordsAsAt(reg, "person", when);
  auto allContracts = recordsAsAt(reg, "contract", when);
  const bool havePlacements = hasEntity("placement");
  auto placements = recordsAsAt(reg, "placement", when);
  const std::string day = formatIso(meetingDay);
  auto personOfContract = [&](const std::string& contract) {
    auto c = allContracts.find(contract);
    if (c == allContracts.end()) return contract;
    return valueOf(people[valueOf(c->second, "person")], "name");
  };
  const char* noPlacements = "S113 placements and secondments are not held in this register yet.";

  // 1. Changes since the last meeting.
  Section changes;
  changes.id = "changes";
  changes.heading = "Changes since the last meeting";
  changes.paragraphs.push_back(
      previous ? "Every change recorded in the audit log after the meeting of " +
                     formatUk(parseIsoDate(previous->date)) + " (" + timestampUk(previous->cutoff) +
                     " UTC) and up to " + timestampUk(cutoff) + " UTC."
               : "No earlier meeting is recorded: every change recorded up to " +
                     timestampUk(cutoff) + " UTC.");
  changes.tables.push_back(changesTable(reg, previous ? previous->cutoff : "", cutoff));
  changes.tables.back().caption =
      std::to_string(changes.tables.back().rows.size()) + " records changed";

  // 2. Reviews due.
  Section reviews;
  reviews.id = "reviews-due";
  reviews.heading = "Reviews due in the next " + std::to_string(params.reviewDays) + " days";
  Table due;
  due.id = "reviews-due";
  due.columns = {{"Record", ColumnType::Text},
                 {"Who / what", ColumnType::Text},
                 {"Review due", ColumnType::Date},
                 {"Status", ColumnType::Text}};
  const std::string horizon = formatIso(meetingDay + boost::gregorian::days(params.reviewDays));
  for (const auto& [key, a] : recordsAsAt(reg, "agreement", when)) {
    const std::string next = valueOf(a, "next_review");
    if (!next.empty() && next <= horizon)
      due.rows.push_back(
          {"Agreement " + key, valueOf(a, "title"), next, next < day ? "overdue" : "due"});
  }
  for (const auto& [key, p] : placements) {
    const std::string next = valueOf(p, "next_review"), status = valueOf(p, "status");
    if (next.empty() || next > horizon || status == "ended" || status == "terminated") continue;
    due.rows.push_back({"Placement " + key,
                        personOfContract(valueOf(p, "contract")) + " (" + valueOf(p, "employer") +
                            " to " + valueOf(p, "receiving_partner") + ")",
                        next, next < day ? "overdue" : status});
  }
  if (!havePlacements) reviews.paragraphs.push_back(noPlacements);
  reviews.tables.push_back(std::move(due));

  // 3. Secondments running longer than two years.
  Section longRunning;
  longRunning.id = "long-secondments";
  longRunning.heading = "Secondments and placements running longer than 2 years";
  Table lr;
  lr.id = "long-secondments";
  lr.columns = {{"Placement", ColumnType::Text}, {"Person", ColumnType::Text},
                {"Kind", ColumnType::Text},      {"From", ColumnType::Text},
                {"To", ColumnType::Text},        {"Started", ColumnType::Date},
                {"Years", ColumnType::Count}};
  const Date twoYearsAgo = meetingDay - boost::gregorian::years(2);
  for (const auto& [key, p] : placements) {
    const std::string status = valueOf(p, "status"), start = valueOf(p, "start_date");
    if (status == "ended" || status == "terminated" || status == "proposed" ||
        status == "consulted")
      continue;
    if (start.empty() || start >= formatIso(twoYearsAgo)) continue;
    long years = (meetingDay - parseIsoDate(start)).days() / 365;
    lr.rows.push_back({key, personOfContract(valueOf(p, "contract")), valueOf(p, "kind"),
                       valueOf(p, "employer"), valueOf(p, "receiving_partner"), start,
                       std::to_string(years)});
  }
  if (!havePlacements) longRunning.paragraphs.push_back(noPlacements);
  longRunning.tables.push_back(std::move(lr));

  // 4. Decisions and overrides since the last meeting.
  Section decisions;
  decisions.id = "decisions";
  decisions.heading = "Employer decisions and overrides since the last meeting";
  addDecisionsSince(reg, previous ? previous->cutoff : "", cutoff, decisions);

  // 5. Consultation outstanding.
  Section consultation;
  consultation.id = "consultation";
  consultation.heading = "Consultation outstanding";
  Table open;
  open.id = "consultation";
  open.columns = {
      {"Record", ColumnType::Text}, {"About", ColumnType::Text}, {"Outstanding", ColumnType::Text}};
  for (const auto& [key, p] : placements) {
    const std::string status = valueOf(p, "status");
    if (valueOf(p, "officer_consulted_on").empty() && status != "terminated" && status != "ended")
      open.rows.push_back({"Placement " + key, personOfContract(valueOf(p, "contract")),
                           "officer not yet consulted (s113 requires it)"});
  }
  for (const auto& [key, s] : recordsAsAt(reg, "structure_consultation", when)) {
    if (!valueOf(s, "implemented_on").empty()) continue;
    std::string missing;
    if (valueOf(s, "party_a_consulted_on").empty()) missing += "first party";
    if (valueOf(s, "party_b_consulted_on").empty())
      missing += std::string(missing.empty() ? "" : " and ") + "second party";
    if (!missing.empty())
      open.rows.push_back({"Structure change " + key,
                           valueOf(s, "post") + ": " + valueOf(s, "change_description"),
                           missing + " not yet consulted"});
  }
  addDecisionsAwaitingForum(reg, cutoff, open);
  if (!havePlacements) consultation.paragraphs.push_back(noPlacements);
  consultation.tables.push_back(std::move(open));

  // 6. Headcount and FTE by employer and host partner.
  Section headcount;
  headcount.id = "headcount";
  headcount.heading = "Headcount and FTE by employer and host partner";
  headcount.paragraphs.push_back("Staff in post on " + formatUk(meetingDay) +
                                 " (contracts running that day), by the employer of their contract "
                                 "and the partner hosting their post. "
                                 "Groups of fewer than 5 staff are shown as <5 and their FTE is "
                                 "not shown, so that no one can be identified.");
  struct Group {
    long long count = 0;
    FteUnits fte = 0;
  };
  std::map<std::pair<std::string, std::string>, Group> groups;
  std::set<std::string> employers, hosts;
  long long totalCount = 0;
  FteUnits totalFte = 0;
  for (const auto& [key, c] : contractsInForce(reg, when)) {
    const std::string employer = valueOf(c, "employer");
    std::string host = employer;
    auto post = posts.find(valueOf(c, "post"));
    if (post != posts.end() && !valueOf(post->second, "host").empty())
      host = valueOf(post->second, "host");
    Group& g = groups[{employer, host}];
    g.count += 1;
    g.fte += parseFte(valueOf(c, "fte"));
    employers.insert(employer);
    hosts.insert(host);
    totalCount += 1;
    totalFte += parseFte(valueOf(c, "fte"));
  }
  Table hc;
  hc.id = "headcount";
  hc.columns = {{"Employer", ColumnType::Text},
                {"Host partner", ColumnType::Text},
                {"Headcount", ColumnType::Count},
                {"FTE", ColumnType::Fte}};
  for (const auto& [pair, g] : groups)
    hc.rows.push_back(
        {pair.first, pair.second, suppressedCount(g.count), g.count < 5 ? "<5" : formatFte(g.fte)});
  hc.totals = {"Total", "", suppressedCount(totalCount),
               totalCount < 5 ? "<5" : formatFte(totalFte)};
  Chart chart;
  chart.kind = Chart::Kind::Bars;
  chart.title = "FTE by employer (bars by host partner)";
  chart.unit = "FTE";
  chart.divisor = kFullTime;
  chart.categories.assign(employers.begin(), employers.end());
  for (const auto& host : hosts) {
    chart.series.push_back("hosted by " + host);
    std::vector<long long> values;
    std::vector<std::string> labels;
    for (const auto& employer : employers) {
      auto it = groups.find({employer, host});
      if (it == groups.end()) {
        values.push_back(0);
        labels.push_back("");
      } else if (it->second.count < 5) {
        values.push_back(0);
        labels.push_back("<5");
      } else {
        values.push_back(it->second.fte);
        labels.push_back(formatFte(it->second.fte));
      }
    }
    chart.values.push_back(values);
    chart.labels.push_back(labels);
  }
  headcount.charts.push_back(std::move(chart));
  headcount.tables.push_back(std::move(hc));
  Table partnerKey;
  partnerKey.id = "partners";
  partnerKey.caption = "Partners";
  partnerKey.columns = {{"Code", ColumnType::Text}, {"Partner", ColumnType::Text}};
  for (const auto& [code, p] : partners) partnerKey.rows.push_back({code, valueOf(p, "name")});
  headcount.tables.push_back(std::move(partnerKey));

  // 7. The forum's own agenda and the actions it is waiting for.
  Section agenda = forumAgendaSection(reg, when, meetingDay);

  for (auto* s : {&changes, &reviews, &longRunning, &decisions, &consultation, &headcount, &agenda})
    doc.sections.push_back(std::move(*s));
  return doc;
}

ReportDocument issueForumPack(Register& reg, const Date& meeting, const std::string& title,
                              const ReportParams& params) {
  const std::string iso = formatIso(meeting);
  require(reg, Action::IssuePacks);
  ForumStore forum(reg);
  if (forum.frozenPack(iso))
    throw Conflict("the pack for the forum meeting on " + iso +
                   " was already issued: it is frozen");
  WriteTransaction tx(reg);
  if (!forum.meeting(iso))
    forum.insertMeeting({iso, title, meetingCutoff(meeting), utcTimestamp(), reg.actingUser()});
  ReportParams p = params;
  p.meeting = meeting;
  ReportDocument doc = forumPackReport(reg, p);
  const std::string issuedAt = utcTimestamp();
  for (auto& f : doc.facts)
    if (f.key == "status")
      f.value = "Issued " + timestampUk(issuedAt) + " UTC by " + reg.actingUser() + " (frozen)";
  forum.insertPack(iso, issuedAt, reg.actingUser(), toJson(doc).dump());
  tx.commit();
  return doc;
}

}  // namespace s113::reports
