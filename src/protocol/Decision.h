// The result of applying an HR protocol to a post proposal: the employer (or a
// referral to the joint HR group), the rule that decided, a trace of every
// rule with why it did or did not apply, and the process conditions not yet
// met.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "protocol/PostProposal.h"
#include "protocol/RuleKind.h"

namespace s113 {

// What happened to one rule. Spellings: "decided", "not_applicable",
// "skipped" (disabled), "not_reached" (after the deciding rule).
enum class RuleStatus { Decided, NotApplicable, Skipped, NotReached };

template <>
const std::vector<EnumSpelling<RuleStatus>>& spellings<RuleStatus>();

using Facts = std::vector<std::pair<std::string, std::string>>;

struct RuleTrace {
  int position = 0;
  RuleKind kind = RuleKind::Unresolved;
  std::string title;
  std::string source;
  bool enabled = true;
  RuleStatus status = RuleStatus::NotReached;
  std::string explanation;  // plain UK English, naming the facts used
  Facts facts;              // the facts the rule looked at, name -> value
};

struct DecidingRule {
  int position = 0;
  RuleKind kind = RuleKind::Unresolved;
};

// A process condition not yet met. Keys: "officer_consulted",
// "graded_in_both", "funding_shares_agreed", "forum_consulted".
struct OpenCondition {
  std::string key;
  std::string text;
};

struct Decision {
  int protocolVersion = 0;
  std::string protocolName;
  std::string postRef;
  std::string postTitle;
  ProposalKind proposalKind = ProposalKind::NewPost;
  // The employing partner's code; none = refer to the joint HR group.
  std::optional<std::string> employer;
  // When set, the employer places the post-holder at this partner's disposal
  // under s113 (e.g. pension protection: NHS employer, council placement).
  std::optional<std::string> s113PlacementTo;
  std::optional<DecidingRule> decidingRule;
  std::vector<RuleTrace> trace;  // every rule of the protocol, in order
  std::vector<OpenCondition> openConditions;

  // The trace entry of the deciding rule, or nullptr.
  const RuleTrace* decidingTrace() const;
};

}  // namespace s113
