// Majority of functions: the partner with at least the threshold share of the
// post's functional split, and strictly more than the other partner, employs.
#include "protocol/RuleEvaluators.h"
#include "protocol/RuleParams.h"

namespace s113::detail {

std::string percentText(BasisPoints bp) { return formatPercent(bp) + "%"; }

RuleOutcome evaluateMajorityOfFunctions(const Rule& rule, const PostProposal& proposal,
                                        const Partners& partners) {
  RuleOutcome out;
  const BasisPoints threshold = thresholdOf(rule);
  if (proposal.functionalSplit.empty()) {
    out.facts.emplace_back("functional_split", "not recorded");
    out.facts.emplace_back("threshold", percentText(threshold));
    out.explanation =
        "No functional split is recorded for this post, so the majority-of-functions rule "
        "cannot be applied; the next rule decides.";
    return out;
  }
  const PartnerInfo& council = *partnerOfKind(partners, PartnerKind::Council);
  const PartnerInfo& nhs = *partnerOfKind(partners, PartnerKind::Nhs);
  long councilShare = 0, nhsShare = 0;
  for (const auto& s : proposal.functionalSplit)
    (s.partner == council.code ? councilShare : nhsShare) += s.share;
  const long total = councilShare + nhsShare;
  const std::string split = council.code + " " +
                            percentText(static_cast<BasisPoints>(councilShare)) + ", " + nhs.code +
                            " " + percentText(static_cast<BasisPoints>(nhsShare));
  out.facts.emplace_back("functional_split", split);
  out.facts.emplace_back("threshold", percentText(threshold));
  if (total != kWholeShare) {
    out.explanation = "The functional split (" + split + ") adds up to " +
                      percentText(static_cast<BasisPoints>(total)) +
                      ", not 100%, so it cannot be applied; the next rule decides.";
    return out;
  }
  if (councilShare == nhsShare) {
    out.explanation = "The functions are split equally (" + split +
                      "): a tie, so this rule does not decide; the next rule decides.";
    return out;
  }
  const bool councilLeads = councilShare > nhsShare;
  const PartnerInfo& leader = councilLeads ? council : nhs;
  const PartnerInfo& other = councilLeads ? nhs : council;
  const long leaderShare = councilLeads ? councilShare : nhsShare;
  const long otherShare = councilLeads ? nhsShare : councilShare;
  if (leaderShare < threshold) {
    out.explanation = leader.name + " carries " +
                      percentText(static_cast<BasisPoints>(leaderShare)) +
                      " of the post's functions, below the threshold of " + percentText(threshold) +
                      ", so this rule does not decide; the next rule "
                      "decides.";
    return out;
  }
  out.decided = true;
  out.employer = leader.code;
  out.facts.emplace_back("employer", leader.code);
  out.explanation = leader.name + " carries " + percentText(static_cast<BasisPoints>(leaderShare)) +
                    " of the post's functions, at least the threshold of " +
                    percentText(threshold) + " and more than " + other.name + " (" +
                    percentText(static_cast<BasisPoints>(otherShare)) + "), so " + leader.name +
                    " employs.";
  return out;
}

}  // namespace s113::detail
