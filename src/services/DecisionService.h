// The employer decision as a use case: build a post proposal from the
// register (the post, its agreement's two partners, the holders' contracts)
// plus what the user says (why the employer is being chosen, the expected
// appointee pool, the process conditions), apply the HR protocol, and record
// the decision (append-only, audited) with who decided and when.
//
// Example:
//   DecisionRequest request;
//   request.postRef = "BN-036";
//   request.kind = ProposalKind::Replacement;
//   EmployerDecision d = decidePost(reg, request);          // reads only
//   d.decision.employer == "BCCG"                           // rule 4, replacement
//   RecordedDecision r = recordDecision(reg, request, DecisionOverride{"BNES", "Joint HR group
//   ..."}); r.row.key == "D-BN-036-1"; r.row.isOverride()
#pragma once
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "domain/Dates.h"
#include "protocol/Decision.h"
#include "protocol/PostProposal.h"
#include "protocol/Protocol.h"
#include "storage/DecisionStore.h"
#include "storage/Register.h"

namespace s113 {

// What the user says about the decision; the rest comes from the register.
struct DecisionRequest {
  std::string postRef;
  ProposalKind kind = ProposalKind::NewPost;
  std::optional<PensionScheme> expectedAppointeePool;
  // A reorganisation decision says a replacement need not keep the outgoing
  // holder's employer.
  bool reorganisationDecisionOverrides = false;
  // Process conditions.
  bool officerConsulted = false;
  bool gradedInBoth = false;
  bool fundingSharesAgreed = false;
  std::optional<Date> forumConsultedOn;  // set = the forum was consulted that day
  // The protocol version to apply; none = the newest.
  std::optional<int> protocolVersion;
  // The day of the decision (holders are read as at this day); none = today.
  std::optional<Date> on;
};

// The facts the register gives about a post, and where they came from.
struct PostFacts {
  PostProposal proposal;
  Partners partners;  // the agreement's two partners
  std::string agreementRef;
  PostStatus postStatus = PostStatus::Proposed;
  int postVersion = 0;
  Date on;
  // Contracts that gave the current holder's and the outgoing holder's employer.
  std::vector<std::string> currentHolderContracts;
  std::optional<std::string> outgoingHolderContract;
};

// Reads the post REF as last recorded (NotFound when there is none or it is
// deleted) and its agreement's partners (ValidationError when the post has no
// agreement or the agreement does not name one council and one NHS body).
// Holders: the current holder is a contract on the post that has started and
// not ended on the decision day (when several holders have different
// employers, the longest-serving one's employer counts). The outgoing holder
// of a replacement is the current holder when there is one (the replacement
// is for them), else the contract on the post that ended most recently. A new
// post has no holders: neither employer is given to the protocol.
PostFacts postFactsFromRegister(Register& reg, const DecisionRequest& request);

struct EmployerDecision {
  PostFacts facts;
  Decision decision;
};

// Applies the protocol (the request's version or the newest) to the post.
// Changes nothing.
EmployerDecision decidePost(Register& reg, const DecisionRequest& request);
EmployerDecision decidePost(Register& reg, const Protocol& protocol,
                            const DecisionRequest& request);

// An employer other than the protocol's outcome, with the reason.
struct DecisionOverride {
  std::string employer;  // partner code
  std::string reason;
};

struct RecordedDecision {
  EmployerDecision decided;
  DecisionRow row;
};

// Decides and records the decision in one transaction: the inputs, the whole
// trace, the protocol version, the outcome and deciding rule, the override
// and its reason, decided by the acting user on the request's day, plus an
// audit-log entry per recorded fact. Refused (ValidationError, nothing
// written): an override without a reason, an override naming a partner that
// is not one of the post's two partners or the employer the protocol already
// chose.
RecordedDecision recordDecision(Register& reg, const DecisionRequest& request,
                                const std::optional<DecisionOverride>& override = std::nullopt);
// The same inside a WriteTransaction the caller holds (the demo).
RecordedDecision recordDecisionInTransaction(Register& reg, const DecisionRequest& request,
                                             const std::optional<DecisionOverride>& override);

// recordDecision, then, in the same transaction, the decision's employer (the
// override's when there is one) applied to the post: one new version of the
// post, audited field by field like any edit, effective on the decision day
// and based on the version the decision read (a post changed meanwhile is
// refused with Conflict). A blank host becomes the employer too. Refused
// (ValidationError "apply", nothing written) when the protocol refers the
// decision and no override names an employer. `appliedPostVersion` is the
// post's new version, or 0 when it already had that employer and host.
struct AppliedDecision {
  RecordedDecision recorded;
  int appliedPostVersion = 0;
};
AppliedDecision recordAndApplyDecision(Register& reg, const DecisionRequest& request,
                                       const std::optional<DecisionOverride>& override);

// The facts given to the protocol as JSON (the decision record's inputs).
nlohmann::json proposalInputsJson(const PostFacts& facts);

// The decision as a forum member reads it (protocol/DecisionText.h), headed
// by the override when there is one and followed by the record's details
// when it was recorded.
std::string renderDecisionRecordText(const EmployerDecision& decided, const DecisionRow* recorded);
// decisionToJson plus "record": null | {"decision_key", "decided_by",
// "decided_on", "recorded_at", "forum_consulted_on", "employer",
// "override": null | {"employer", "employer_name", "reason"}}.
nlohmann::json decisionRecordJson(const EmployerDecision& decided, const DecisionRow* recorded);

// A recorded decision as JSON, from its stored row (for listings).
nlohmann::json decisionRowJson(const DecisionRow& row);
// One line per recorded decision: key, post, date, kind, protocol version,
// deciding rule, outcome, OVERRIDE with the employer and reason, who.
std::string decisionRowLine(const DecisionRow& row);

// Which posts a run over the register covers.
enum class PostScope {
  Proposed,  // posts whose status is proposed
  Every      // every live post
};

// The protocol's outcome for one post of a run; `problem` says why a post
// could not be decided (no agreement, unknown partner in its split).
struct PostOutcome {
  std::string postRef;
  std::string title;
  std::optional<PostStatus> status;  // none when the post could not be read (see problem)
  std::optional<Decision> decision;
  PostProposal proposal;  // the facts decided on
  Partners partners;
  std::string problem;
};

// Decides every post in `scope` with the request's options (its postRef is
// ignored) and the request's protocol version. Changes nothing.
std::vector<PostOutcome> decideEveryPost(Register& reg, const DecisionRequest& options,
                                         PostScope scope);
std::vector<PostOutcome> decideEveryPost(Register& reg, const Protocol& protocol,
                                         const DecisionRequest& options, PostScope scope);
// The same, handing each outcome to `visit` as it is decided, in post order,
// without holding them all (a national register has 250,000 posts).
void forEachPostOutcome(Register& reg, const Protocol& protocol, const DecisionRequest& options,
                        PostScope scope, const std::function<void(PostOutcome&&)>& visit);
void forEachPostOutcome(Register& reg, const DecisionRequest& options, PostScope scope,
                        const std::function<void(PostOutcome&&)>& visit);

// "rule 5 (majority_of_functions)" or "no rule".
std::string decidingRuleWords(const std::optional<DecidingRule>& rule);
// A partner code, or "refer" for none.
std::string outcomeCode(const std::optional<std::string>& employer);

}  // namespace s113
