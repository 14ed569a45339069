#include "protocol/PostProposal.h"

#include <set>

#include "domain/Errors.h"

namespace s113 {

template <>
const std::vector<EnumSpelling<ProposalKind>>& spellings<ProposalKind>() {
  static const std::vector<EnumSpelling<ProposalKind>> v = {
      {ProposalKind::NewPost, "new_post"},
      {ProposalKind::Reorganisation, "reorganisation"},
      {ProposalKind::Replacement, "replacement"}};
  return v;
}

void validatePartners(const Partners& partners) {
  std::set<std::string> codes;
  int councils = 0, nhsBodies = 0;
  for (const auto& p : partners) {
    if (p.code.empty()) throw ValidationError("partnership", "code", "a partner has no code");
    if (!codes.insert(p.code).second)
      throw ValidationError("partnership", "code", "partner code '" + p.code + "' is repeated");
    (p.kind == PartnerKind::Council ? councils : nhsBodies) += 1;
  }
  if (councils != 1 || nhsBodies != 1)
    throw ValidationError("partnership", "partners",
                          "the protocol needs exactly one council and one NHS body (found " +
                              std::to_string(councils) + " and " + std::to_string(nhsBodies) + ")");
}

void validateProposal(const PostProposal& proposal, const Partners& partners) {
  const std::string record = "post " + proposal.postRef;
  auto requireKnown = [&](const std::optional<std::string>& code, const char* field) {
    if (code && !partnerByCode(partners, *code))
      throw ValidationError(record, field, "'" + *code + "' is not a partner");
  };
  requireKnown(proposal.designatedEmployer, "designated_employer");
  requireKnown(proposal.currentHolderEmployer, "current_holder_employer");
  requireKnown(proposal.outgoingHolderEmployer, "outgoing_holder_employer");
  for (const auto& s : proposal.functionalSplit) {
    if (!partnerByCode(partners, s.partner))
      throw ValidationError(record, "functional_split", "'" + s.partner + "' is not a partner");
    if (s.share < 0)
      throw ValidationError(record, "functional_split", "a share cannot be negative");
  }
}

const PartnerInfo* partnerOfKind(const Partners& partners, PartnerKind kind) {
  for (const auto& p : partners)
    if (p.kind == kind) return &p;
  return nullptr;
}

const PartnerInfo* partnerByCode(const Partners& partners, const std::string& code) {
  for (const auto& p : partners)
    if (p.code == code) return &p;
  return nullptr;
}

std::string describePartner(const Partners& partners, const std::string& code) {
  const PartnerInfo* p = partnerByCode(partners, code);
  if (!p || p->name.empty()) return code;
  return p->name + " (" + p->code + ")";
}

}  // namespace s113
