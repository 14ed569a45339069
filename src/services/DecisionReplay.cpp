#include "services/DecisionReplay.h"

#include <nlohmann/json.hpp>

#include "protocol/DecisionEngine.h"
#include "protocol/DecisionJson.h"

namespace s113 {
namespace {

using nlohmann::json;

std::optional<std::string> optionalText(const json& value) {
  return value.is_null() ? std::nullopt : std::optional<std::string>(value.get<std::string>());
}

// The facts as recorded; throws (json or parse errors) when they are not the
// shape the register writes (services/DecisionService.h, proposalInputsJson).
PostProposal proposalOf(const json& in, Partners& partners) {
  for (const auto& p : in.at("partners"))
    partners.push_back({p.at("code").get<std::string>(), p.at("name").get<std::string>(),
                        parseEnum<PartnerKind>(p.at("kind").get<std::string>())});
  PostProposal p;
  p.kind = parseEnum<ProposalKind>(in.at("proposal_kind").get<std::string>());
  p.postRef = in.at("post_ref").get<std::string>();
  p.title = in.at("post_title").get<std::string>();
  p.statutoryRole = parseEnum<StatutoryRole>(in.at("statutory_role").get<std::string>());
  p.registration = parseEnum<Registration>(in.at("registration").get<std::string>());
  p.designatedEmployer = optionalText(in.at("designated_employer"));
  for (const auto& share : in.at("functional_split"))
    p.functionalSplit.push_back({share.at("partner").get<std::string>(), BasisPoints(share.at("share_bp").get<std::int64_t>())});
  p.currentHolderEmployer = optionalText(in.at("current_holder_employer"));
  p.outgoingHolderEmployer = optionalText(in.at("outgoing_holder_employer"));
  p.reorganisationDecisionOverrides = in.at("reorganisation_decision_overrides").get<bool>();
  if (auto pool = optionalText(in.at("expected_appointee_pool"))) p.expectedAppointeePool = parseEnum<PensionScheme>(*pool);
  p.officerConsulted = in.at("officer_consulted").get<bool>();
  p.gradedInBoth = in.at("graded_in_both").get<bool>();
  p.fundingSharesAgreed = in.at("funding_shares_agreed").get<bool>();
  p.forumConsulted = in.at("forum_consulted").get<bool>();
  validatePartners(partners);
  validateProposal(p, partners);
  return p;
}

// What each rule found, without the wording of its explanation.
json findings(const json& decision) {
  json out = json::array();
  for (const auto& step : decision.at("trace"))
    out.push_back({step.at("position"), step.at("kind"), step.at("enabled"), step.at("status")});
  return json{{"outcome", decision.at("outcome")}, {"deciding_rule", decision.at("deciding_rule").is_null()
                                                                          ? json(nullptr)
                                                                          : json{decision.at("deciding_rule").at("position"),
                                                                                 decision.at("deciding_rule").at("kind")}},
              {"trace", out}};
}

std::string text(const std::optional<std::string>& value) { return value ? *value : "refer"; }

}  // namespace

std::string replayProblem(const DecisionRow& row, const Protocol& protocol) {
  Partners partners;
  PostProposal proposal;
  json inputs;
  try {
    inputs = json::parse(row.inputsJson);
    proposal = proposalOf(inputs, partners);
  } catch (const std::exception& e) {
    return "the recorded inputs cannot be decided again (" + std::string(e.what()) + ")";
  }
  if (proposal.postRef != row.postRef) return "the recorded inputs are about post " + proposal.postRef;
  if (inputs.value("decision_date", "") != formatIso(row.decidedOn))
    return "the recorded inputs are of " + inputs.value("decision_date", std::string("no date")) + ", not the decision day";
  if (proposal.kind != row.proposalKind) return "the recorded inputs are of a " + toString(proposal.kind);
  if (proposal.forumConsulted != row.forumConsultedOn.has_value())
    return "forum_consulted_on does not agree with the recorded inputs";
  if (protocol.name != row.protocolName)
    return "protocol version " + std::to_string(row.protocolVersion) + " is '" + protocol.name + "', not '" +
           row.protocolName + "'";
  const Decision decided = decide(protocol, proposal, partners);
  if (decided.employer != row.outcomeEmployer || decided.s113PlacementTo != row.s113PlacementTo)
    return "the recorded outcome (" + text(row.outcomeEmployer) + ") does not follow from the recorded inputs under "
           "protocol version " + std::to_string(row.protocolVersion) + ", which give " + text(decided.employer);
  const std::optional<int> rulePosition = decided.decidingRule ? std::optional<int>(decided.decidingRule->position) : std::nullopt;
  const std::optional<RuleKind> ruleKind =
      decided.decidingRule ? std::optional<RuleKind>(decided.decidingRule->kind) : std::nullopt;
  if (rulePosition != row.decidingRulePosition || ruleKind != row.decidingRuleKind)
    return "the recorded deciding rule does not follow from the recorded inputs";
  try {
    if (findings(json::parse(row.traceJson)) != findings(decisionToJson(decided, partners)))
      return "the recorded trace does not follow from the recorded inputs under protocol version " +
             std::to_string(row.protocolVersion);
  } catch (const std::exception& e) {
    return "the recorded trace is not a decision's trace (" + std::string(e.what()) + ")";
  }
  if (row.overrideEmployer) {
    if (!partnerByCode(partners, *row.overrideEmployer))
      return "the override names '" + *row.overrideEmployer + "', not one of the decision's two partners";
    if (decided.employer && *decided.employer == *row.overrideEmployer)
      return "the override names the employer the protocol chose";
  }
  return "";
}

}  // namespace s113
