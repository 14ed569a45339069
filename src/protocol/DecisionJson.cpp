#include "protocol/DecisionJson.h"

#include <algorithm>

namespace s113 {

nlohmann::json decisionToJson(const Decision& d, const Partners& partners) {
  using nlohmann::json;
  json outcome = json::object();
  if (d.employer) {
    outcome["employer"] = *d.employer;
    const PartnerInfo* p = partnerByCode(partners, *d.employer);
    outcome["employer_name"] = p ? json(p->name) : json(nullptr);
  } else {
    outcome["employer"] = nullptr;
    outcome["employer_name"] = nullptr;
  }
  outcome["refer_to_joint_hr_group"] = !d.employer.has_value();
  outcome["s113_placement_to"] = d.s113PlacementTo ? json(*d.s113PlacementTo) : json(nullptr);

  json deciding = nullptr;
  if (const RuleTrace* t = d.decidingTrace())
    deciding = {{"position", t->position},
                {"kind", toString(t->kind)},
                {"title", t->title},
                {"source", t->source}};

  json trace = json::array();
  for (const auto& t : d.trace) {
    json facts = json::array();
    for (const auto& [name, value] : t.facts) facts.push_back({{"name", name}, {"value", value}});
    trace.push_back({{"position", t.position},
                     {"kind", toString(t.kind)},
                     {"title", t.title},
                     {"source", t.source},
                     {"enabled", t.enabled},
                     {"status", toString(t.status)},
                     {"explanation", t.explanation},
                     {"facts", facts}});
  }

  json open = json::array();
  for (const auto& c : d.openConditions) open.push_back({{"condition", c.key}, {"text", c.text}});

  return {{"protocol_version", d.protocolVersion},
          {"protocol_name", d.protocolName},
          {"post_ref", d.postRef},
          {"post_title", d.postTitle},
          {"proposal_kind", toString(d.proposalKind)},
          {"outcome", outcome},
          {"deciding_rule", deciding},
          {"trace", trace},
          {"open_conditions", open}};
}

namespace {

// The deepest nesting of arrays and objects, found without recursion.
int nestingDepth(const std::string& text) {
  int depth = 0, deepest = 0;
  bool inString = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (inString) {
      if (c == '\\') ++i;
      else if (c == '"') inString = false;
      continue;
    }
    if (c == '"') inString = true;
    else if (c == '[' || c == '{') deepest = std::max(deepest, ++depth);
    else if (c == ']' || c == '}') --depth;
  }
  return deepest;
}

}  // namespace

std::string jsonProblem(const std::string& text, int maxDepth, std::size_t maxBytes) {
  if (text.size() > maxBytes)
    return "is larger than " + std::to_string(maxBytes / (1024 * 1024)) + " MB, more than the register reads";
  if (nestingDepth(text) > maxDepth)
    return "nests more than " + std::to_string(maxDepth) + " levels deep, more than the register reads";
  if (!nlohmann::json::accept(text)) return "is not JSON";
  return "";
}

std::string decisionToJsonText(const Decision& decision, const Partners& partners, int indent) {
  return decisionToJson(decision, partners).dump(indent);
}

}  // namespace s113
