// Report "decision": the employer decision on one post as a forum member
// reads it, from the recorded trace (decisions.trace_json) of the newest
// decision on the post; a post with no recorded decision shows what the
// protocol would decide today, marked as not recorded.
#include "domain/Errors.h"
#include "protocol/DecisionJson.h"
#include "reports/Catalogue.h"
#include "reports/ReportData.h"
#include "services/DecisionService.h"

namespace s113::reports {

namespace {
std::string str(const nlohmann::json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : "";
}
}  // namespace

ReportDocument decisionReport(Register& reg, const ReportParams& params) {
  if (params.post.empty()) throw ReportUsageError("the decision report needs --post REF");
  auto rows = DecisionStore(reg).list(params.post);
  nlohmann::json trace;
  ReportDocument doc;
  doc.report = "decision";
  doc.title = "Employer decision record";
  if (!rows.empty()) {
    const DecisionRow& row = rows.back();
    trace = nlohmann::json::parse(row.traceJson);
    doc.facts.push_back({"decision", "Decision", row.key});
    doc.facts.push_back({"decided", "Decided", row.decidedOn + " by " + row.decidedBy});
    doc.facts.push_back(
        {"forum", "Forum consulted", row.forumConsultedOn ? *row.forumConsultedOn : "not yet"});
    if (row.isOverride()) {
      Section o;
      o.id = "override";
      o.heading = "Override";
      o.paragraphs.push_back("The protocol's outcome was overridden: the employer is " +
                             *row.overrideEmployer + ".");
      o.paragraphs.push_back("Reason: " +
                             (row.overrideReason ? *row.overrideReason : std::string()));
      doc.sections.push_back(o);
    }
    if (rows.size() > 1)
      doc.facts.push_back(
          {"earlier", "Earlier decisions on this post", std::to_string(rows.size() - 1)});
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
