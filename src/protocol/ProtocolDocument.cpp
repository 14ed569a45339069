#include "protocol/ProtocolDocument.h"

#include <sstream>

#include "domain/Money.h"
#include "protocol/RuleParams.h"

namespace s113 {
namespace {

std::string kindWords(const std::string& value) {
  if (value == "council") return "the council";
  if (value == "nhs") return "the NHS body";
  return value;
}

// "DASS and DCS -> the council; NHS_ACCOUNTABLE_OFFICER -> the NHS body"
std::string mappingWords(const RuleParams& params) {
  std::string text;
  for (const std::string target : {"council", "nhs"}) {
    std::string keys;
    for (const auto& [key, value] : paramTexts(params))
      if (value == target) keys += (keys.empty() ? "" : ", ") + key;
    if (keys.empty()) continue;
    text += (text.empty() ? "" : "; ") + keys + " -> " + kindWords(target);
  }
  return text.empty() ? "nothing is mapped" : text;
}

}  // namespace

std::string describeRule(const Rule& rule) {
  switch (rule.kind) {
    case RuleKind::StatutoryOffice:
      return "A post holding a statutory office is employed by the partner that office belongs "
             "to (" +
             mappingWords(rule.params) +
             "). A joint DASS remains a council officer; an NHS employee in that role is placed "
             "at the council's disposal under s113.";
    case RuleKind::DesignatedPost:
      return "A post the S113 agreement reserves to one partner is employed by that partner.";
    case RuleKind::ExistingStaff:
      return "A reorganisation or s113 placement never changes the employer of the people "
             "already in post (no TUPE under s113): they keep their employer.";
    case RuleKind::Replacement:
      return "A like-for-like replacement keeps the outgoing holder's employer, unless a "
             "reorganisation decision says otherwise.";
    case RuleKind::MajorityOfFunctions: {
      const std::string threshold =
          rule.params.threshold ? formatPercent(*rule.params.threshold) + "%" : std::string("?");
      return "The partner with at least " + threshold +
             " of the post's functional split, and strictly more than the other partner, "
             "employs. An equal split is a tie and passes to the next rule, as does a post "
             "with no split recorded or a split that does not add up to 100%.";
    }
    case RuleKind::ProfessionalFit:
      return "A post requiring a professional registration is employed by the partner that "
             "registration fits (" +
             mappingWords(rule.params) + ").";
    case RuleKind::PensionProtection:
      return "Where the expected appointees belong to a protected pension scheme (" +
             mappingWords(rule.params) +
             "), that partner employs and places the post-holder at the other partner's "
             "disposal under s113.";
    case RuleKind::Unresolved:
      return "When no earlier rule decides, the post is referred to the joint HR group; the "
             "Joint Staff Forum is consulted and the decision is recorded by hand.";
  }
  return "Unknown rule kind.";
}

std::string renderProtocolDocument(const Protocol& protocol) {
  std::ostringstream out;
  out << "# HR protocol: " << protocol.name << " (version " << protocol.version << ")\n\n";
  out << "How the partners choose the employer of a new, reorganised or replacement post. "
         "The rules are applied in order; the first rule that decides wins, and every decision "
         "lists each rule with why it did or did not apply.\n\n";
  out << "Every decision also shows the process conditions still open: the officer consulted "
         "(s113 requires it), the post graded in both organisations, the funding shares agreed, "
         "and the Joint Staff Forum consulted.\n";
  for (const Rule& rule : rulesInOrder(protocol)) {
    out << "\n## " << rule.position << ". " << rule.title;
    if (!rule.enabled) out << " (disabled)";
    out << "\n\n";
    out << describeRule(rule) << "\n\n";
    out << "- Kind: `" << toString(rule.kind) << "`\n";
    out << "- Status: " << (rule.enabled ? "enabled" : "disabled: skipped when deciding") << "\n";
    if (rule.params.empty()) {
      out << "- Parameters: none\n";
    } else {
      out << "- Parameters:\n";
      for (const auto& [key, value] : paramTexts(rule.params))
        out << "  - `" << key << "` = `" << value << "`\n";
    }
    out << "- Source: " << rule.source << "\n";
  }
  return out.str();
}

}  // namespace s113
