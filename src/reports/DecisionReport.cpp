// Report "decision": the employer decision on one post as a forum member
// reads it, from the recorded trace (decisions.trace_json) of one recorded
// decision: the one asked for by its key (a row opened in the decisions
// list), else the newest on the post (the SQL in reports/decision/query.sql).
// A post with no recorded decision shows what the protocol would decide
// today, marked as not recorded.
#include "domain/Errors.h"
#include "protocol/DecisionJson.h"
#include "reports/Catalogue.h"
#include "reports/ReportData.h"
#include "reports/ReportRows.h"
#include "services/DecisionService.h"

namespace s113::reports {

namespace {
std::string str(const nlohmann::json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : "";
}

// A recorded decision: a row of queries "decision" and "decisions".
struct DecisionRow {
  std::string decision, post, traceJson, overrideEmployer, overrideReason, decidedBy;
  Date decidedOn;
  OptionalDate forumConsultedOn;
};
template <class Columns>
void columns(Columns& c, DecisionRow& r) {
  c("decision", r.decision);
  c("post", r.post);
  c("trace_json", r.traceJson);
  c("override_employer", r.overrideEmployer);
  c("override_reason", r.overrideReason);
  c("decided_by", r.decidedBy);
  c("decided_on", r.decidedOn);
  c("forum_consulted_on", r.forumConsultedOn);
}

// The decision asked for (params.decision) or the newest on params.post, and
// every decision on its post; none chosen when the post has no decision.
struct Chosen {
  std::vector<DecisionRow> onPost;
  const DecisionRow* row = nullptr;
};

Chosen chooseDecision(Register& reg, const ReportParams& params) {
  Chosen c;
  std::string post = params.post;
  if (!params.decision.empty()) {
    auto named = reportRows<DecisionRow>(reg, "decision", "decision", {{"decision", params.decision}});
    if (named.empty()) throw NotFound("no recorded decision " + params.decision);
    post = named.front().post;
  }
  c.onPost = reportRows<DecisionRow>(reg, "decision", "decisions", {{"post", post}});
  for (const auto& r : c.onPost)
    if (params.decision.empty() || r.decision == params.decision) c.row = &r;
  return c;
}
// The facts of the recorded decision chosen, and its override if any;
// returns its trace.
nlohmann::json recordedDecision(const Chosen& chosen, ReportDocument& doc) {
  const DecisionRow& row = *chosen.row;
  doc.facts.push_back({"decision", "Decision", row.decision});
  doc.facts.push_back({"decided", "Decided", formatUk(row.decidedOn) + " by " + row.decidedBy});
  doc.facts.push_back(
      {"forum", "Forum consulted", row.forumConsultedOn ? formatUk(*row.forumConsultedOn) : "not yet"});
  if (!row.overrideEmployer.empty()) {
    Section o;
    o.id = "override";
    o.heading = "Override";
    o.paragraphs.push_back("The protocol's outcome was overridden: the employer is " + row.overrideEmployer + ".");
    o.paragraphs.push_back("Reason: " + row.overrideReason);
    doc.sections.push_back(o);
  }
  if (chosen.onPost.size() > 1)
    doc.facts.push_back({"others", "Other decisions on this post", std::to_string(chosen.onPost.size() - 1)});
  return nlohmann::json::parse(row.traceJson);
}

// What the protocol would decide on the report's day, for a post with no
// recorded decision; returns its trace.
nlohmann::json unrecordedDecision(Register& reg, const ReportParams& params, ReportDocument& doc) {
  DecisionRequest request;
  request.postRef = params.post;
  request.on = params.effectiveDate();
  auto decided = decidePost(reg, request);  // reads only
  doc.facts.push_back(
      {"decision", "Decision", "not recorded: the protocol's outcome on " + formatUk(params.effectiveDate())});
  return decisionToJson(decided.decision, decided.facts.partners);
}

// The sections below take the trace as a non-const reference: its [] gives
// a key a trace lacks as null, where the const [] must not be asked for one.
Section outcomeSection(nlohmann::json& trace) {
  Section outcome;
  outcome.id = "outcome";
  outcome.heading = "Outcome";
  const auto& out = trace["outcome"];
  outcome.paragraphs.push_back(out.value("refer_to_joint_hr_group", false)
                                   ? "No rule decided: refer to the joint HR group; the forum is consulted."
                                   : "Employer: " + str(out, "employer_name") + " (" + str(out, "employer") + ").");
  if (out.contains("s113_placement_to") && out["s113_placement_to"].is_string())
    outcome.paragraphs.push_back("With an S113 placement to " + out["s113_placement_to"].get<std::string>() + ".");
  if (trace.contains("deciding_rule") && trace["deciding_rule"].is_object()) {
    const auto& rule = trace["deciding_rule"];
    outcome.paragraphs.push_back("Deciding rule " + std::to_string(rule.value("position", 0)) + ": " +
                                 str(rule, "title") + " (" + str(rule, "source") + ").");
  }
  return outcome;
}

// Every rule of the trace, in order, with why it did or did not decide.
Section traceSection(nlohmann::json& trace) {
  Section rules;
  rules.id = "trace";
  rules.heading = "Every rule, in order";
  Table t;
  t.id = "trace";
  t.columns = {{"#", ColumnType::Count},
               {"Rule", ColumnType::Text},
               {"Status", ColumnType::Text},
               {"Why", ColumnType::Text},
               {"Facts used", ColumnType::Text}};
  for (const auto& r : trace["trace"]) {
    std::string facts;
    for (const auto& f : r["facts"]) facts += (facts.empty() ? "" : "; ") + str(f, "name") + ": " + str(f, "value");
    t.rows.push_back({std::to_string(r.value("position", 0)), str(r, "title"), str(r, "status"),
                      str(r, "explanation"), facts});
  }
  rules.tables.push_back(t);
  return rules;
}

Section conditionsSection(nlohmann::json& trace) {
  Section conditions;
  conditions.id = "conditions";
  conditions.heading = "Process conditions still open";
  for (const auto& c : trace["open_conditions"]) conditions.paragraphs.push_back("- " + str(c, "text"));
  if (conditions.paragraphs.empty()) conditions.paragraphs.push_back("None: every process condition is met.");
  return conditions;
}

}  // namespace

ReportDocument decisionReport(Register& reg, const ReportParams& params) {
  if (params.post.empty() && params.decision.empty())
    throw ReportUsageError("the decision report needs --post REF (or --decision KEY)");
  const Chosen chosen = chooseDecision(reg, params);
  ReportDocument doc;
  doc.report = "decision";
  doc.title = "Employer decision record";
  nlohmann::json trace = chosen.row ? recordedDecision(chosen, doc) : unrecordedDecision(reg, params, doc);
  doc.subtitle = "Post " + str(trace, "post_ref") + ": " + str(trace, "post_title");
  doc.facts.push_back({"post", "Post", str(trace, "post_ref")});
  doc.facts.push_back({"protocol", "HR protocol",
                       str(trace, "protocol_name") + " (version " +
                           std::to_string(trace.value("protocol_version", 0)) + ")"});
  doc.facts.push_back({"kind", "Why the employer is chosen", str(trace, "proposal_kind")});
  doc.sections.push_back(outcomeSection(trace));
  doc.sections.push_back(traceSection(trace));
  doc.sections.push_back(conditionsSection(trace));
  return doc;
}

}  // namespace s113::reports
