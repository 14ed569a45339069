#include "services/DecisionService.h"
#include "services/DecisionRepeat.h"

#include <algorithm>
#include <map>
#include <sstream>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "domain/Split.h"
#include "domain/entities/Agreement.h"
#include "domain/entities/Contract.h"
#include "domain/entities/Partner.h"
#include "domain/entities/Post.h"
#include "protocol/DecisionEngine.h"
#include "protocol/DecisionJson.h"
#include "protocol/DecisionText.h"
#include "storage/AuditStore.h"
#include "storage/ProtocolStore.h"
#include "storage/TypedStore.h"
#include "storage/VersionStore.h"
#include "services/Roles.h"
#include "services/TypedRecords.h"

namespace s113 {
namespace {

using nlohmann::json;

std::string postLabel(const std::string& ref) { return "post " + ref; }

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// The agreement's two partners, read once per agreement in a run.
class PartnerCache {
 public:
  explicit PartnerCache(Register& reg) : reg_(reg) {}

  const Partners& forAgreement(const std::string& postRef, const std::string& agreementRef) {
    auto found = cache_.find(agreementRef);
    if (found != cache_.end()) return found->second;
    if (agreementRef.empty())
      throw ValidationError(postLabel(postRef), "agreement",
                            "no partnership agreement is recorded, so the HR protocol cannot tell "
                            "which two partners it chooses between");
    auto agreement = latestLive<Agreement>(reg_, agreementDef(), agreementRef);
    if (!agreement)
      throw ValidationError(postLabel(postRef), "agreement",
                            "there is no partnership agreement '" + agreementRef + "'");
    Partners partners;
    const std::pair<const char*, const RecordKey&> parties[] = {{"party_a", agreement->partyA},
                                                                 {"party_b", agreement->partyB}};
    for (const auto& [field, code] : parties) {
      auto partner = latestLive<Partner>(reg_, partnerDef(), code.value);
      if (!partner)
        throw ValidationError("agreement " + agreementRef, field,
                              "there is no partner '" + code.value + "'");
      partners.push_back({partner->code, partner->name, partner->kind});
    }
    validatePartners(partners);
    return cache_.emplace(agreementRef, std::move(partners)).first->second;
  }

 private:
  Register& reg_;
  std::map<std::string, Partners> cache_;
};

// What a decision needs of a contract on the post, without its salary, so
// that a reviewer, who may not read salaries, can decide too.
using Holder = ContractTerms;

// The contracts on one post (its holders, present and past), in key order.
std::vector<Holder> holdersOnPost(Register& reg, const std::string& postRef) {
  return liveWhere<Holder>(reg, contractDef(), "post", postRef);
}

// The same for every post at once, in one pass over the contracts (a run
// over the whole register).
std::map<std::string, std::vector<Holder>> holdersByPost(Register& reg) {
  std::map<std::string, std::vector<Holder>> byPost;
  forEachLiveView<Holder>(reg, contractDef(), [&](Holder&& h) {
    if (!h.post.empty()) byPost[h.post.value].push_back(std::move(h));
  });
  return byPost;
}

// Fills the current and outgoing holders' employers from the contracts on the post.
void readHolders(const std::vector<Holder>& holders, PostFacts& facts) {
  std::vector<Holder> current, ended;
  for (const auto& h : holders) {
    if (h.end && *h.end < facts.on)
      ended.push_back(h);
    else if (h.start <= facts.on)
      current.push_back(h);
  }
  auto byStart = [](const Holder& a, const Holder& b) {
    return a.start != b.start ? a.start < b.start : a.ref < b.ref;
  };
  std::sort(current.begin(), current.end(), byStart);
  for (const auto& h : current) facts.currentHolderContracts.push_back(h.ref);
  PostProposal& p = facts.proposal;
  if (p.kind == ProposalKind::NewPost) return;
  if (p.kind == ProposalKind::Reorganisation) {
    if (!current.empty()) p.currentHolderEmployer = current.front().employer.value;
    return;
  }
  // Replacement: the holder being replaced.
  if (!current.empty()) {
    p.outgoingHolderEmployer = current.front().employer.value;
    facts.outgoingHolderContract = current.front().ref;
  } else if (!ended.empty()) {
    auto last = std::max_element(ended.begin(), ended.end(), [](const Holder& a, const Holder& b) {
      return *a.end != *b.end ? *a.end < *b.end : a.ref < b.ref;
    });
    p.outgoingHolderEmployer = last->employer.value;
    facts.outgoingHolderContract = last->ref;
  }
}

// `holders`: the contracts on the post when already read, else read here.
PostFacts factsOf(Register& reg, PartnerCache& partners, const Post& post, int postVersion,
                  const DecisionRequest& request, const std::vector<Holder>* holders = nullptr) {
  PostFacts facts;
  facts.on = request.on ? *request.on : today();
  facts.postVersion = postVersion;
  facts.postStatus = post.status;
  facts.agreementRef = post.agreement.value;
  facts.partners = partners.forAgreement(post.ref, facts.agreementRef);

  PostProposal& p = facts.proposal;
  p.kind = request.kind;
  p.postRef = post.ref;
  p.title = post.title;
  p.statutoryRole = post.statutoryRole;
  p.registration = post.registration;
  if (!post.designatedEmployer.empty()) p.designatedEmployer = post.designatedEmployer.value;
  p.functionalSplit = post.functionalSplit;
  p.reorganisationDecisionOverrides = request.reorganisationDecisionOverrides;
  p.expectedAppointeePool = request.expectedAppointeePool;
  p.officerConsulted = request.officerConsulted;
  p.gradedInBoth = request.gradedInBoth;
  p.fundingSharesAgreed = request.fundingSharesAgreed;
  p.forumConsulted = request.forumConsultedOn.has_value();
  readHolders(holders ? *holders : holdersOnPost(reg, post.ref), facts);
  validateProposal(p, facts.partners);
  return facts;
}

struct VersionedPost {
  Post post;
  int version = 0;
};

VersionedPost livePost(Register& reg, const std::string& ref) {
  auto stored = VersionStore(reg, postDef()).latest(ref);
  if (!stored || stored->deleted) throw NotFound("There is no post '" + ref + "'.");
  return {fromValues<Post>(ref, stored->fields, postLabel(ref)), stored->version};
}

Protocol protocolFor(Register& reg, const DecisionRequest& request) {
  return ProtocolStore(reg).load(request.protocolVersion);
}

json optionalJson(const std::optional<std::string>& value) {
  return value ? json(*value) : json(nullptr);
}

std::string partnerWords(const Partners& partners, const std::optional<std::string>& code) {
  return code ? describePartner(partners, *code) : "Refer to the joint HR group";
}

// The partners named in a stored inputs snapshot (for listings).
Partners partnersOfInputs(const std::string& inputsJson) {
  Partners partners;
  try {
    const json inputs = json::parse(inputsJson);
    for (const auto& p : inputs.at("partners"))
      partners.push_back({p.at("code").get<std::string>(), p.at("name").get<std::string>(),
                          parseEnum<PartnerKind>(p.at("kind").get<std::string>())});
  } catch (const std::exception&) {
    // An unreadable snapshot names partners by code only.
  }
  return partners;
}

void auditDecision(Register& reg, const DecisionRow& row) {
  std::vector<AuditEntry> entries;  // one change: the decision's fields
  auto entry = [&](const std::string& field, const std::string& value) {
    if (!value.empty())
      entries.push_back({0, formatTimestamp(row.recordedAt), row.decidedBy, "decision", row.key, 1, field, "", value});
  };
  entry("post", row.postRef);
  entry("proposal_kind", toString(row.proposalKind));
  entry("protocol_version", std::to_string(row.protocolVersion));
  entry("outcome_employer",
        row.outcomeEmployer ? *row.outcomeEmployer : "refer to the joint HR group");
  entry("s113_placement_to", row.s113PlacementTo.value_or(""));
  if (row.decidingRulePosition)
    entry("deciding_rule",
          ruleLabel(*row.decidingRulePosition, row.decidingRuleKind.value_or(RuleKind::Unresolved)));
  entry("override_employer", row.overrideEmployer.value_or(""));
  entry("override_reason", row.overrideReason.value_or(""));
  entry("decided_on", formatIso(row.decidedOn));
  if (row.forumConsultedOn) entry("forum_consulted_on", formatIso(*row.forumConsultedOn));
  AuditStore(reg).appendAll(entries);
}

}  // namespace

std::string decidingRuleWords(const std::optional<DecidingRule>& rule) {
  return rule ? ruleLabel(rule->position, rule->kind) : "no rule";
}

std::string outcomeCode(const std::optional<std::string>& employer) {
  return employer ? *employer : "refer";
}

PostFacts postFactsFromRegister(Register& reg, const DecisionRequest& request) {
  PartnerCache partners(reg);
  const VersionedPost post = livePost(reg, request.postRef);
  return factsOf(reg, partners, post.post, post.version, request);
}

EmployerDecision decidePost(Register& reg, const Protocol& protocol,
                            const DecisionRequest& request) {
  EmployerDecision out;
  out.facts = postFactsFromRegister(reg, request);
  out.decision = decide(protocol, out.facts.proposal, out.facts.partners);
  return out;
}

EmployerDecision decidePost(Register& reg, const DecisionRequest& request) {
  livePost(reg, request.postRef);  // an unknown post before anything else
  return decidePost(reg, protocolFor(reg, request), request);
}

json proposalInputsJson(const PostFacts& facts) {
  const PostProposal& p = facts.proposal;
  json partners = json::array();
  for (const auto& partner : facts.partners)
    partners.push_back(
        {{"code", partner.code}, {"name", partner.name}, {"kind", toString(partner.kind)}});
  json split = json::array();
  for (const auto& share : p.functionalSplit)
    split.push_back({{"partner", share.partner}, {"share_bp", share.share.value()}});
  json current = json::array();
  for (const auto& c : facts.currentHolderContracts) current.push_back(c);
  return {{"post_ref", p.postRef},
          {"post_title", p.title},
          {"post_version", facts.postVersion},
          {"post_status", toString(facts.postStatus)},
          {"agreement", facts.agreementRef},
          {"partners", partners},
          {"decision_date", formatIso(facts.on)},
          {"proposal_kind", toString(p.kind)},
          {"statutory_role", toString(p.statutoryRole)},
          {"registration", toString(p.registration)},
          {"designated_employer", optionalJson(p.designatedEmployer)},
          {"functional_split", split},
          {"current_holder_contracts", current},
          {"current_holder_employer", optionalJson(p.currentHolderEmployer)},
          {"outgoing_holder_contract", optionalJson(facts.outgoingHolderContract)},
          {"outgoing_holder_employer", optionalJson(p.outgoingHolderEmployer)},
          {"reorganisation_decision_overrides", p.reorganisationDecisionOverrides},
          {"expected_appointee_pool",
           p.expectedAppointeePool ? json(toString(*p.expectedAppointeePool)) : json(nullptr)},
          {"officer_consulted", p.officerConsulted},
          {"graded_in_both", p.gradedInBoth},
          {"funding_shares_agreed", p.fundingSharesAgreed},
          {"forum_consulted", p.forumConsulted}};
}

RecordedDecision recordDecisionInTransaction(Register& reg, const DecisionRequest& request,
                                             const std::optional<DecisionOverride>& override) {
  require(reg, Action::RecordDecisions);
  const std::string label = "decision on " + postLabel(request.postRef);
  std::optional<DecisionOverride> given = override;
  if (given) {
    given->employer = trimmed(given->employer);
    given->reason = trimmed(given->reason);
    if (given->employer.empty())
      throw ValidationError(label, "override", "name the partner that employs instead");
    if (given->reason.empty())
      throw ValidationError(label, "reason",
                            "an override of the protocol's outcome needs a reason; nothing was "
                            "recorded");
  }
  RecordedDecision out;
  out.decided = decidePost(reg, request);
  const Decision& d = out.decided.decision;
  const PostFacts& facts = out.decided.facts;
  if (given) {
    if (!partnerByCode(facts.partners, given->employer))
      throw ValidationError(label, "override",
                            "'" + given->employer + "' is not one of the partners of agreement " +
                                facts.agreementRef + " (" + facts.partners[0].code + ", " +
                                facts.partners[1].code + ")");
    if (d.employer && *d.employer == given->employer)
      throw ValidationError(label, "override",
                            "the protocol already chose " +
                                describePartner(facts.partners, given->employer) +
                                ": an override names a different employer");
  }
  if (request.forumConsultedOn && *request.forumConsultedOn > facts.on)
    throw ValidationError(label, "forum_consulted_on",
                          "the forum cannot have been consulted after the decision day (" +
                              formatIso(facts.on) + ")");

  DecisionStore store(reg);
  DecisionRow& row = out.row;
  row.postRef = request.postRef;
  row.number = store.nextNumber(request.postRef);
  row.key = decisionKey(request.postRef, row.number);
  row.proposalKind = d.proposalKind;
  row.protocolVersion = d.protocolVersion;
  row.protocolName = d.protocolName;
  row.inputsJson = proposalInputsJson(facts).dump();
  row.traceJson = decisionToJsonText(d, facts.partners, -1);
  row.outcomeEmployer = d.employer;
  row.s113PlacementTo = d.s113PlacementTo;
  if (d.decidingRule) {
    row.decidingRulePosition = d.decidingRule->position;
    row.decidingRuleKind = d.decidingRule->kind;
  }
  if (given) {
    row.overrideEmployer = given->employer;
    row.overrideReason = given->reason;
  }
  row.decidedBy = reg.recordingUser();
  row.decidedOn = facts.on;
  row.recordedAt = reg.recordingTime();
  row.forumConsultedOn = request.forumConsultedOn;
  refuseRepeatedDecision(reg, row);
  store.insert(row);
  auditDecision(reg, row);
  return out;
}

RecordedDecision recordDecision(Register& reg, const DecisionRequest& request,
                                const std::optional<DecisionOverride>& override) {
  try {
    WriteTransaction tx(reg);
    RecordedDecision out = recordDecisionInTransaction(reg, request, override);
    tx.commit();
    return out;
  } catch (const soci::soci_error& e) {
    throw StorageError(std::string("The register could not be written: ") + e.what());
  }
}

std::string renderDecisionRecordText(const EmployerDecision& decided, const DecisionRow* recorded) {
  const Partners& partners = decided.facts.partners;
  std::ostringstream out;
  if (recorded && recorded->isOverride())
    out << "OVERRIDE: " << describePartner(partners, *recorded->overrideEmployer)
        << " employs, overriding the protocol's outcome ("
        << outcomeWords(decided.decision, partners) << ").\n"
        << "  Reason: " << *recorded->overrideReason << "\n\n";
  out << renderDecisionText(decided.decision, partners);
  if (recorded) {
    out << "\nRecorded as decision " << recorded->key << ": decided on " << formatIso(recorded->decidedOn)
        << " by " << recorded->decidedBy << " (recorded " << formatTimestamp(recorded->recordedAt) << ").\n";
    out << "Employer: " << partnerWords(partners, recorded->employer())
        << (recorded->isOverride() ? " (override)" : " (protocol outcome)") << "\n";
    if (recorded->forumConsultedOn)
      out << "Joint Staff Forum consulted on " << formatIso(*recorded->forumConsultedOn) << ".\n";
  }
  return out.str();
}

json decisionRecordJson(const EmployerDecision& decided, const DecisionRow* recorded) {
  json out = decisionToJson(decided.decision, decided.facts.partners);
  out["inputs"] = proposalInputsJson(decided.facts);
  if (!recorded) {
    out["record"] = nullptr;
    return out;
  }
  json record = decisionRowJson(*recorded);
  record.erase("trace");
  record.erase("inputs");
  out["record"] = record;
  return out;
}

json decisionRowJson(const DecisionRow& row) {
  const Partners partners = partnersOfInputs(row.inputsJson);
  auto name = [&](const std::optional<std::string>& code) -> json {
    if (!code) return nullptr;
    const PartnerInfo* p = partnerByCode(partners, *code);
    return p ? json(p->name) : json(nullptr);
  };
  json override = nullptr;
  if (row.isOverride())
    override = {{"employer", *row.overrideEmployer},
                {"employer_name", name(row.overrideEmployer)},
                {"reason", *row.overrideReason}};
  json rule = nullptr;
  if (row.decidingRulePosition)
    rule = {{"position", *row.decidingRulePosition}, {"kind", toString(row.decidingRuleKind.value_or(RuleKind::Unresolved))}};
  json inputs = row.inputsJson, trace = row.traceJson;  // as text unless it is JSON within bounds
  if (jsonProblem(row.inputsJson).empty() && jsonProblem(row.traceJson).empty()) {
    inputs = json::parse(row.inputsJson);
    trace = json::parse(row.traceJson);
  }
  return {{"decision_key", row.key},
          {"post_ref", row.postRef},
          {"proposal_kind", toString(row.proposalKind)},
          {"protocol_version", row.protocolVersion},
          {"protocol_name", row.protocolName},
          {"outcome_employer", optionalJson(row.outcomeEmployer)},
          {"refer_to_joint_hr_group", !row.outcomeEmployer.has_value()},
          {"s113_placement_to", optionalJson(row.s113PlacementTo)},
          {"deciding_rule", rule},
          {"override", override},
          {"employer", optionalJson(row.employer())},
          {"employer_name", name(row.employer())},
          {"decided_by", row.decidedBy},
          {"decided_on", formatIso(row.decidedOn)},
          {"recorded_at", formatTimestamp(row.recordedAt)},
          {"forum_consulted_on", row.forumConsultedOn ? json(formatIso(*row.forumConsultedOn)) : json(nullptr)},
          {"inputs", inputs},
          {"trace", trace}};
}

std::string decisionRowLine(const DecisionRow& row) {
  std::ostringstream out;
  out << row.key << "\t" << row.postRef << "\t" << formatIso(row.decidedOn) << "\t" << toString(row.proposalKind)
      << "\tv" << row.protocolVersion << "\t"
      << (row.decidingRulePosition
              ? ruleLabel(*row.decidingRulePosition, row.decidingRuleKind.value_or(RuleKind::Unresolved))
              : std::string("no rule"))
      << "\toutcome " << outcomeCode(row.outcomeEmployer);
  if (row.isOverride())
    out << "\tOVERRIDE -> " << *row.overrideEmployer << ": " << *row.overrideReason;
  out << "\tby " << row.decidedBy;
  if (row.forumConsultedOn) out << "\tforum " << formatIso(*row.forumConsultedOn);
  return out.str();
}

void forEachPostOutcome(Register& reg, const Protocol& protocol, const DecisionRequest& options,
                        PostScope scope, const std::function<void(PostOutcome&&)>& visit) {
  PartnerCache partners(reg);
  const auto holders = holdersByPost(reg);  // every post's contracts, read once
  const std::vector<Holder> none;
  VersionStore(reg, postDef()).forEachLatestLiveRow([&](StoredVersion& version, const soci::row& row,
                                                        std::size_t firstField) {
    PostOutcome o;
    o.postRef = version.key;
    try {
      const Post post = readRow<Post>(row, firstField, postDef(), version.key);
      o.title = post.title;
      o.status = post.status;
      if (scope == PostScope::Proposed && o.status != PostStatus::Proposed) return;
      if (o.status == PostStatus::Deleted) return;
      auto onPost = holders.find(post.ref);
      PostFacts facts =
          factsOf(reg, partners, post, version.version, options, onPost == holders.end() ? &none : &onPost->second);
      o.partners = facts.partners;
      o.proposal = facts.proposal;
      o.decision = decide(protocol, facts.proposal, facts.partners);
    } catch (const ValidationError& e) {
      o.problem = e.what();
    } catch (const ValidationErrors& e) {
      o.problem = e.what();
    }
    visit(std::move(o));
  });
}

std::vector<PostOutcome> decideEveryPost(Register& reg, const Protocol& protocol,
                                         const DecisionRequest& options, PostScope scope) {
  std::vector<PostOutcome> outcomes;
  forEachPostOutcome(reg, protocol, options, scope, [&](PostOutcome&& o) { outcomes.push_back(std::move(o)); });
  return outcomes;
}

std::vector<PostOutcome> decideEveryPost(Register& reg, const DecisionRequest& options,
                                         PostScope scope) {
  return decideEveryPost(reg, protocolFor(reg, options), options, scope);
}

void forEachPostOutcome(Register& reg, const DecisionRequest& options, PostScope scope,
                        const std::function<void(PostOutcome&&)>& visit) {
  forEachPostOutcome(reg, protocolFor(reg, options), options, scope, visit);
}

}  // namespace s113
