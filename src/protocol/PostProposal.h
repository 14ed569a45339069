// The facts about a proposed post that the HR protocol decides on, and the two
// partners it chooses between. Plain values; storage fills them from the
// register, the UI from a form.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/Enums.h"
#include "domain/Money.h"
#include "domain/Split.h"

namespace s113 {

// Why an employer is being chosen. Spellings: "new_post", "reorganisation",
// "replacement".
enum class ProposalKind { NewPost, Reorganisation, Replacement };

template <>
const std::vector<EnumSpelling<ProposalKind>>& spellings<ProposalKind>();

struct PostProposal {
  ProposalKind kind = ProposalKind::NewPost;
  std::string postRef;
  std::string title;
  StatutoryRole statutoryRole = StatutoryRole::None;
  Registration registration = Registration::None;
  // The agreement reserves the post to this partner.
  std::optional<std::string> designatedEmployer;
  // Shares of the post's functions by partner; empty = not recorded.
  FunctionalSplit functionalSplit;
  // Employer of existing staff in the post being reorganised or placed.
  std::optional<std::string> currentHolderEmployer;
  // Employer of the holder being replaced (replacement).
  std::optional<std::string> outgoingHolderEmployer;
  // A reorganisation decision says the replacement need not keep the outgoing
  // holder's employer.
  bool reorganisationDecisionOverrides = false;
  // Pension scheme most expected appointees belong to (e.g. NHSPS).
  std::optional<PensionScheme> expectedAppointeePool;
  // Process conditions (shown with every decision while unmet).
  bool officerConsulted = false;
  bool gradedInBoth = false;
  bool fundingSharesAgreed = false;
  bool forumConsulted = false;
};

struct PartnerInfo {
  std::string code;
  std::string name;
  PartnerKind kind = PartnerKind::Council;
};

using Partners = std::vector<PartnerInfo>;

// Requires exactly one council and one NHS partner with distinct, non-empty
// codes; throws ValidationError (record "partnership") otherwise.
void validatePartners(const Partners& partners);

// Requires every partner code the proposal names to be one of `partners`, and
// no negative share; throws ValidationError (record "post REF").
void validateProposal(const PostProposal& proposal, const Partners& partners);

// The partner of `kind` / with `code`; nullptr when absent.
const PartnerInfo* partnerOfKind(const Partners& partners, PartnerKind kind);
const PartnerInfo* partnerByCode(const Partners& partners, const std::string& code);

// "Bath and North East Somerset Council (BNES)"; the bare code when unknown.
std::string describePartner(const Partners& partners, const std::string& code);

}  // namespace s113
