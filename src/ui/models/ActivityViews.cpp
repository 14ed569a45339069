#include "ui/models/ActivityViews.h"

#include "services/AuditReads.h"
#include "services/DecisionReads.h"
#include "services/ForumRecords.h"
#include "ui/models/AttentionView.h"
#include "ui/models/AuditChanges.h"
#include "ui/models/RecordTableModel.h"
#include "ui/models/ViewColumns.h"

namespace s113::ui {
namespace {

std::string endOfDay(const Date& date) { return formatIso(date) + "T23:59:59Z"; }

std::string optionalText(const std::optional<std::string>& value) { return value ? *value : ""; }

// "BNES instead of BCCG" when the protocol's outcome was overridden; empty
// when it stands.
std::string overrideText(const DecisionRow& d) {
  if (!d.isOverride()) return "";
  return *d.overrideEmployer + " instead of " +
         (d.outcomeEmployer ? *d.outcomeEmployer : std::string("a referral to the joint HR group"));
}

// "3. Statutory role" for the rule that decided; empty for none.
std::string ruleText(const DecisionRow& d) {
  if (!d.decidingRulePosition) return "";
  return std::to_string(*d.decidingRulePosition) + ". " + displayEnum(toString(d.decidingRuleKind.value_or(RuleKind::Unresolved)));
}

// When, by whom, what kind of proposal and whether the protocol's outcome
// was overridden come first: the columns a reader scans to find one decision.
const ViewColumns<DecisionRow>& decisionColumns() {
  using D = DecisionRow;
  static const ViewColumns<D> columns{
      typedColumn<D>("post", FieldType::Ref, "Post", [](const D& d) { return d.postRef; }),
      typedColumn<D>("decided_on", FieldType::Date, "Decided on", [](const D& d) { return formatIso(d.decidedOn); }),
      textColumn<D>("decided_by", "Decided by", [](const D& d) { return d.decidedBy; }),
      typedColumn<D>("proposal", FieldType::Enum, "Kind", [](const D& d) { return toString(d.proposalKind); }),
      textColumn<D>("override", "Override", overrideText),
      textColumn<D>("employer", "Employer",
                    [](const D& d) { return d.employer().value_or("refer to joint HR group"); }),
      textColumn<D>("override_reason", "Override reason", [](const D& d) { return optionalText(d.overrideReason); }),
      textColumn<D>("rule", "Deciding rule", ruleText),
      textColumn<D>("s113_to", "S113 placement to", [](const D& d) { return optionalText(d.s113PlacementTo); }),
      textColumn<D>("protocol", "Protocol",
                    [](const D& d) { return "v" + std::to_string(d.protocolVersion) + " " + d.protocolName; }),
      typedColumn<D>("forum_consulted_on", FieldType::Date, "Forum consulted",
                     [](const D& d) { return d.forumConsultedOn ? formatIso(*d.forumConsultedOn) : ""; })};
  return columns;
}

// A meeting and whether its pack was issued.
struct MeetingRow {
  ForumMeeting meeting;
  bool packIssued = false;
};

const ViewColumns<MeetingRow>& meetingColumns() {
  using M = MeetingRow;
  static const ViewColumns<M> columns{
      textColumn<M>("title", "Title", [](const M& m) { return m.meeting.title; }),
      typedColumn<M>("pack_issued", FieldType::Bool, "Pack issued",
                     [](const M& m) { return std::string(m.packIssued ? "true" : "false"); }),
      textColumn<M>("cutoff", "Pack reads the register as recorded by",
                    [](const M& m) { return displayTimestamp(m.meeting.cutoff); }),
      textColumn<M>("recorded_by", "Recorded by", [](const M& m) { return m.meeting.recordedBy; }),
      textColumn<M>("recorded_at", "Recorded at", [](const M& m) { return displayTimestamp(m.meeting.recordedAt); })};
  return columns;
}

const ViewColumns<AuditChange>& auditColumns() {
  using A = AuditChange;
  static const ViewColumns<A> columns{
      textColumn<A>("at", "When", [](const A& c) { return displayTimestamp(c.at); }),
      textColumn<A>("actor", "Who", [](const A& c) { return c.actor; }),
      textColumn<A>("change", "Change", [](const A& c) { return c.sentence(); }),
      typedColumn<A>("entity", FieldType::Enum, "Record kind", [](const A& c) { return c.entity; }),
      textColumn<A>("record", "Record", [](const A& c) { return c.key; }),
      typedColumn<A>("version", FieldType::Integer, "Version", [](const A& c) { return std::to_string(c.version); }),
      textColumn<A>("details", "Values (before \u2192 after)", [](const A& c) { return c.details(); })};
  return columns;
}

ActivityRows decisionRows(Register& reg, const Date& asAt) {
  ActivityRows out;
  for (const auto& d : recordedDecisions(reg))
    if (d.decidedOn <= asAt) out.rows.push_back({d.key, 1, viewCells(decisionColumns(), d)});
  out.total = out.rows.size();
  return out;
}

ActivityRows forumRows(Register& reg, const Date& asAt) {
  ActivityRows out;
  const std::string until = endOfDay(asAt);
  for (auto& m : forumMeetings(reg)) {
    if (m.recordedAt > until) continue;
    const bool issued = frozenPack(reg, m.date).has_value();
    const std::string date = m.date;
    out.rows.push_back({date, 1, viewCells(meetingColumns(), MeetingRow{std::move(m), issued})});
  }
  out.total = out.rows.size();
  return out;
}

ActivityRows auditRows(Register& reg, const Date& asAt) {
  ActivityRows out;
  const std::string until = endOfDay(asAt);
  const std::size_t entries = auditChangeCount(reg, until);  // changes, one row each
  for (const auto& c : groupChanges(newestAuditEntries(reg, until, kAuditRowLimit)))
    out.rows.push_back({std::to_string(c.firstSeq), 1, viewCells(auditColumns(), c)});
  // Cut at its limit, the view says how many entries the log holds in all.
  out.total = entries > kAuditRowLimit ? entries : out.rows.size();
  return out;
}

}  // namespace

const EntityDef& decisionsView() {
  static const EntityDef def = viewDef("decisions_view", "Decision", "decisions", "Decision", decisionColumns());
  return def;
}

const EntityDef& forumView() {
  static const EntityDef def = viewDef("forum_view", "Forum pack", "forum_packs", "Meeting date", meetingColumns());
  return def;
}

const EntityDef& auditView() {
  static const EntityDef def = viewDef("audit_view", "Audit entry", "audit_log", "Entry", auditColumns());
  return def;
}

const std::vector<const EntityDef*>& activityViews() {
  static const std::vector<const EntityDef*> views{&attentionView(), &decisionsView(), &forumView(),
                                                   &auditView()};
  return views;
}

bool isActivityView(const EntityDef& def) {
  return &def == &attentionView() || &def == &decisionsView() || &def == &forumView() ||
         &def == &auditView();
}

ActivityRows activityRows(Register& reg, const EntityDef& view, const Date& asAt) {
  if (&view == &decisionsView()) return decisionRows(reg, asAt);
  if (&view == &forumView()) return forumRows(reg, asAt);
  if (&view == &auditView()) return auditRows(reg, asAt);
  if (&view == &attentionView()) {
    ActivityRows out;
    out.rows = attentionRows(reg, asAt);
    out.total = out.rows.size();
    return out;
  }
  throw std::logic_error(view.name + " is not an activity view");
}

std::string displayTimestamp(const std::string& iso) {
  // YYYY-MM-DDTHH:MM:SS[...]
  if (iso.size() < 19 || iso[4] != '-' || iso[7] != '-' || iso[10] != 'T') return iso;
  return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4) + " " +
         iso.substr(11, 8);
}

}  // namespace s113::ui
