#include "reports/ForumDecisions.h"

#include "domain/Dates.h"
#include "domain/Timestamp.h"
#include "reports/ReportData.h"
#include "services/DecisionReads.h"

namespace s113::reports {

void addDecisionsSince(Register& reg, const std::string& after, const std::string& upTo,
                       Section& section) {
  Table t;
  t.id = "decisions";
  t.columns = {{"Decision", ColumnType::Text},         {"Post", ColumnType::Text},
               {"Decided on", ColumnType::Date},       {"Kind", ColumnType::Text},
               {"Protocol outcome", ColumnType::Text}, {"Employer", ColumnType::Text},
               {"Override reason", ColumnType::Text},  {"Decided by", ColumnType::Text}};
  long long overrides = 0;
  // The meetings' cutoffs are still text (ForumMeetings.h); read as times once here.
  const boost::optional<Timestamp> since = after.empty() ? boost::none : boost::make_optional(parseTimestamp(after));
  const Timestamp until = parseTimestamp(upTo);
  for (const auto& row : recordedDecisions(reg)) {
    if ((since && row.recordedAt <= *since) || row.recordedAt > until) continue;
    overrides += row.isOverride() ? 1 : 0;
    t.rows.push_back({row.key, row.postRef, formatIso(row.decidedOn), toString(row.proposalKind),
                      row.outcomeEmployer ? *row.outcomeEmployer : "refer to the joint HR group",
                      row.employer() ? *row.employer() : "refer",
                      row.overrideReason ? "OVERRIDE: " + *row.overrideReason : "", row.decidedBy});
  }
  section.paragraphs.push_back(std::to_string(t.rows.size()) + " decisions recorded, " +
                               std::to_string(overrides) +
                               " of them overriding the protocol's outcome.");
  section.tables.push_back(std::move(t));
}

void addDecisionsAwaitingForum(Register& reg, const std::string& upTo, Table& table) {
  const Timestamp until = parseTimestamp(upTo);
  for (const auto& row : recordedDecisions(reg))
    if (row.recordedAt <= until && !row.forumConsultedOn)
      table.rows.push_back({"Decision " + row.key,
                            "post " + row.postRef + " (" + toString(row.proposalKind) + ")",
                            "forum not yet consulted"});
}

}  // namespace s113::reports
