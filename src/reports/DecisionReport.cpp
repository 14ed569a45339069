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
#include "reports/ReportSql.h"
#include "services/DecisionService.h"

namespace s113::reports {

namespace {
std::string str(const nlohmann::json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : "";
}

// The decision asked for (params.decision) or the newest on params.post, and
// every decision on its post; none chosen when the post has no decision.
struct Chosen {
  std::vector<SqlRow> onPost;
  const SqlRow* row = nullptr;
};

Chosen chooseDecision(Register& reg, const ReportParams& params) {
  Chosen c;
  std::string post = params.post;
  if (!params.decision.empty()) {
    auto named = runReportQuery(reg, "decision", "decision", {{"decision", params.decision}});
    if (named.empty()) throw NotFound("no recorded decision " + params.decision);
    post = named.front().at("post");
  }
  c.onPost = runReportQuery(reg, "decision", "decisions", {{"post", post}});
  for (const auto& r : c.onPost)
    if (params.decision.empty() || r.at("decision") == params.decision) c.row = &r;
  return c;
}
}  // namespace

ReportDocument decisionReport(Register& reg, const ReportParams& params) {
  if (params.post.empty() && params.decision.empty())
    throw ReportUsageError("the decision report needs --post REF (or --decision KEY)");
  const Chosen chosen = chooseDecision(reg, params);
  nlohmann::json trace;
  ReportDocument doc;
  doc.report = "decision";
  doc.title = "Employer decision record";
  if (chosen.row) {
    const SqlRow& row = *chosen.row;
    trace = nlohmann::json::parse(row.at("trace_json"));
    doc.facts.push_back({"decision", "Decision", row.at("decision")});
    doc.facts.push_back({"decided", "Decided",
                         formatUk(parseIsoDate(row.at("decided_on"))) + " by " +
                             row.at("decided_by")});
    const std::string forum = row.at("forum_consulted_on");
    doc.facts.push_back(
        {"forum", "Forum consulted", forum.empty() ? "not yet" : formatUk(parseIsoDate(forum))});
    if (!row.at("override_employer").empty()) {
      Section o;
      o.id = "override";
      o.heading = "Override";
      o.paragraphs.push_back("The protocol's outcome was overridden: the employer is " +
                             row.at("override_employer") + ".");
      o.paragraphs.push_back("Reason: " + row.at("override_reason"));
      doc.sections.push_back(o);
    }
    if (chosen.onPost.size() > 1)
      doc.facts.push_back({"others", "Other decisions on this post",
                           std::to_string(chosen.onPost.size() - 1)});
  } else {
    DecisionRequest request;
    request.postRef = params.post;
    request.on = params.effectiveDate();
    auto decided = decidePost(reg, request);  // reads only
    trace = decisionToJson(decided.decision, decided.facts.partners);
    doc.facts.push_back(
        {"decision", "Decision",
         "not recorded: the protocol's outcome on " + formatUk(params.effectiveDate())});
  }
  doc.subtitle = "Post " + str(trace, "post_ref") + ": " + str(trace, "post_title");
  doc.facts.push_back({"post", "Post", str(trace, "post_ref")});
  doc.facts.push_back({"protocol", "HR protocol",
                       str(trace, "protocol_name") + " (version " +
                           std::to_string(trace.value("protocol_version", 0)) + ")"});
  doc.facts.push_back({"kind", "Why the employer is chosen", str(trace, "proposal_kind")});
  Section outcome;
  outcome.id = "outcome";
  outcome.heading = "Outcome";
  const auto& out = trace["outcome"];
  outcome.paragraphs.push_back(
      out.value("refer_to_joint_hr_group", false)
          ? "No rule decided: refer to the joint HR group; the forum is consulted."
          : "Employer: " + str(out, "employer_name") + " (" + str(out, "employer") + ").");
  if (out.contains("s113_placement_to") && out["s113_placement_to"].is_string())
    outcome.paragraphs.push_back("With an S113 placement to " +
                                 out["s113_placement_to"].get<std::string>() + ".");
  if (trace.contains("deciding_rule") && trace["deciding_rule"].is_object()) {
    const auto& rule = trace["deciding_rule"];
    outcome.paragraphs.push_back("Deciding rule " + std::to_string(rule.value("position", 0)) +
                                 ": " + str(rule, "title") + " (" + str(rule, "source") + ").");
  }
  doc.sections.push_back(outcome);
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
    for (const auto& f : r["facts"])
      facts += (facts.empty() ? "" : "; ") + str(f, "name") + ": " + str(f, "value");
    t.rows.push_back({std::to_string(r.value("position", 0)), str(r, "title"), str(r, "status"),
                      str(r, "explanation"), facts});
  }
  rules.tables.push_back(t);
  doc.sections.push_back(rules);
  Section conditions;
  conditions.id = "conditions";
  conditions.heading = "Process conditions still open";
  for (const auto& c : trace["open_conditions"])
    conditions.paragraphs.push_back("- " + str(c, "text"));
  if (conditions.paragraphs.empty())
    conditions.paragraphs.push_back("None: every process condition is met.");
  doc.sections.push_back(conditions);
  return doc;
}

}  // namespace s113::reports
