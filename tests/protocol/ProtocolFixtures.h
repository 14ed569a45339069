// Shared test data: the two B&NES partners and proposal builders.
#pragma once
#include "protocol/PostProposal.h"

namespace s113::test {

inline Partners bnesPartners() {
  return {{"BNES", "Bath and North East Somerset Council", PartnerKind::Council},
          {"CCG", "B&NES Clinical Commissioning Group", PartnerKind::Nhs}};
}

// A new post with no facts that any rule before "unresolved" would use.
inline PostProposal blankPost(const std::string& ref = "JWT-001") {
  PostProposal p;
  p.kind = ProposalKind::NewPost;
  p.postRef = ref;
  p.title = "Integrated team manager";
  return p;
}

inline PostProposal splitPost(BasisPoints council, BasisPoints nhs,
                              const std::string& ref = "JWT-002") {
  PostProposal p = blankPost(ref);
  p.functionalSplit = {{"BNES", council}, {"CCG", nhs}};
  return p;
}

}  // namespace s113::test
