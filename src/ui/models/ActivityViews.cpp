#include "ui/models/ActivityViews.h"

#include "services/AuditReads.h"
#include "services/DecisionReads.h"
#include "services/ForumRecords.h"
#include "ui/models/AttentionView.h"
#include "ui/models/AuditChanges.h"
#include "ui/models/RecordTableModel.h"

namespace s113::ui {
namespace {

FieldDef text(const std::string& name, const std::string& label) {
  return FieldDef{name, FieldType::Text, false, label, {}, ""};
}
FieldDef typed(const std::string& name, FieldType type, const std::string& label) {
  return FieldDef{name, type, false, label, {}, ""};
}

std::string endOfDay(const Date& date) { return formatIso(date) + "T23:59:59Z"; }

std::string optionalText(const std::optional<std::string>& value) { return value ? *value : ""; }

// "BNES instead of BCCG" when the protocol's outcome was overridden; empty
// when it stands.
std::string overrideText(const DecisionRow& d) {
  if (!d.isOverride()) return "";
  return *d.overrideEmployer + " instead of " +
         (d.outcomeEmployer ? *d.outcomeEmployer : std::string("a referral to the joint HR group"));
}

ActivityRows decisionRows(Register& reg, const Date& asAt) {
  ActivityRows out;
  const std::string last = formatIso(asAt);
  for (const auto& d : recordedDecisions(reg)) {
    if (d.decidedOn > last) continue;
    TextRow v;
    v.key = d.key;
    std::string rule;
    if (d.decidingRulePosition)
      rule = std::to_string(*d.decidingRulePosition) + ". " +
             displayEnum(optionalText(d.decidingRuleKind));
    const auto employer = d.employer();
    v.cells = {{"post", d.postRef},
                {"proposal", d.proposalKind},
                {"employer", employer ? *employer : "refer to joint HR group"},
                {"rule", rule},
                {"s113_to", optionalText(d.s113PlacementTo)},
                {"override", overrideText(d)},
                {"override_reason", optionalText(d.overrideReason)},
                {"protocol", "v" + std::to_string(d.protocolVersion) + " " + d.protocolName},
                {"decided_by", d.decidedBy},
                {"decided_on", d.decidedOn},
                {"forum_consulted_on", optionalText(d.forumConsultedOn)}};
    out.rows.push_back(std::move(v));
  }
  out.total = out.rows.size();
  return out;
}

ActivityRows forumRows(Register& reg, const Date& asAt) {
  ActivityRows out;
  const std::string until = endOfDay(asAt);
  for (const auto& m : forumMeetings(reg)) {
    if (m.recordedAt > until) continue;
    TextRow v;
    v.key = m.date;
    v.cells = {{"title", m.title},
                {"pack_issued", frozenPack(reg, m.date) ? "true" : "false"},
                {"cutoff", displayTimestamp(m.cutoff)},
                {"recorded_by", m.recordedBy},
                {"recorded_at", displayTimestamp(m.recordedAt)}};
    out.rows.push_back(std::move(v));
  }
  out.total = out.rows.size();
  return out;
}

ActivityRows auditRows(Register& reg, const Date& asAt) {
  ActivityRows out;
  const std::string until = endOfDay(asAt);
  const std::size_t entries = auditChangeCount(reg, until);  // changes, one row each
  const auto changes = groupChanges(newestAuditEntries(reg, until, kAuditRowLimit));
  for (const auto& c : changes) {
    TextRow v;
    v.key = std::to_string(c.firstSeq);
    v.cells = {{"at", displayTimestamp(c.at)},
                {"actor", c.actor},
                {"change", c.sentence()},
                {"entity", c.entity},
                {"record", c.key},
                {"version", std::to_string(c.version)},
                {"details", c.details()}};
    out.rows.push_back(std::move(v));
  }
  // Cut at its limit, the view says how many entries the log holds in all.
  out.total = entries > kAuditRowLimit ? entries : out.rows.size();
  return out;
}

}  // namespace

const EntityDef& decisionsView() {
  static const EntityDef def{"decisions_view",
                             "Decision",
                             "decisions",
                             "Decision",
                             "",
                             // When, by whom, what kind of proposal and whether the
                             // protocol's outcome was overridden come first: the
                             // columns a reader scans to find one decision.
                             {typed("post", FieldType::Ref, "Post"),
                              typed("decided_on", FieldType::Date, "Decided on"),
                              text("decided_by", "Decided by"),
                              typed("proposal", FieldType::Enum, "Kind"),
                              text("override", "Override"),
                              text("employer", "Employer"),
                              text("override_reason", "Override reason"),
                              text("rule", "Deciding rule"),
                              text("s113_to", "S113 placement to"),
                              text("protocol", "Protocol"),
                              typed("forum_consulted_on", FieldType::Date, "Forum consulted")},
                             nullptr};
  return def;
}

const EntityDef& forumView() {
  static const EntityDef def{"forum_view",
                             "Forum pack",
                             "forum_packs",
                             "Meeting date",
                             "",
                             {text("title", "Title"),
                              typed("pack_issued", FieldType::Bool, "Pack issued"),
                              text("cutoff", "Pack reads the register as recorded by"),
                              text("recorded_by", "Recorded by"),
                              text("recorded_at", "Recorded at")},
                             nullptr};
  return def;
}

const EntityDef& auditView() {
  static const EntityDef def{"audit_view",
                             "Audit entry",
                             "audit_log",
                             "Entry",
                             "",
                             {text("at", "When"), text("actor", "Who"), text("change", "Change"),
                              typed("entity", FieldType::Enum, "Record kind"),
                              text("record", "Record"),
                              typed("version", FieldType::Integer, "Version"),
                              text("details", "Values (before \u2192 after)")},
                             nullptr};
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
