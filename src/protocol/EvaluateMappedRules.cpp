// Rules that map a fact of the post (statutory role, registration, pension
// pool) to a partner kind through their parameters.
#include "protocol/RuleEvaluators.h"
#include "protocol/RuleParams.h"

namespace s113::detail {
namespace {

std::string registrationWords(Registration r) {
  switch (r) {
    case Registration::SocialWork:
      return "social work";
    case Registration::Nursing:
      return "nursing";
    case Registration::AlliedHealth:
      return "allied health";
    case Registration::Medical:
      return "medical";
    case Registration::None:
      break;
  }
  return "no";
}

// The partner a mapped kind resolves to (validatePartners guarantees one).
const PartnerInfo& resolve(const Partners& partners, PartnerKind kind) {
  return *partnerOfKind(partners, kind);
}

}  // namespace

std::string partnerKindWords(PartnerKind kind) {
  return kind == PartnerKind::Council ? "council" : "NHS body";
}

RuleOutcome evaluateStatutoryOffice(const Rule& rule, const PostProposal& proposal,
                                    const Partners& partners) {
  RuleOutcome out;
  const std::string role = toString(proposal.statutoryRole);
  out.facts.emplace_back("statutory_role", role);
  if (proposal.statutoryRole == StatutoryRole::None) {
    out.explanation = "The post holds no statutory office (statutory role: none).";
    return out;
  }
  const auto kind = mappedPartnerKind(rule, proposal.statutoryRole);
  if (!kind) {
    out.explanation = "The post holds the statutory office " + role +
                      ", but this protocol assigns no employer to that office.";
    return out;
  }
  const PartnerInfo& employer = resolve(partners, *kind);
  out.decided = true;
  out.employer = employer.code;
  out.facts.emplace_back("mapping", role + " -> " + toString(*kind));
  out.facts.emplace_back("employer", employer.code);
  out.explanation = "The post holds the statutory office " + role +
                    ", which the protocol assigns to the " + partnerKindWords(*kind) + ": " +
                    employer.name + " employs.";
  if (proposal.statutoryRole == StatutoryRole::DASS) {
    const PartnerInfo& council = resolve(partners, PartnerKind::Council);
    out.explanation +=
        " A joint DASS remains a council officer (LASSA 1970 s6 and the statutory guidance); "
        "an NHS employee in that role is placed at the council's disposal under s113.";
    if (employer.kind != PartnerKind::Council) out.s113PlacementTo = council.code;
  }
  return out;
}

RuleOutcome evaluateProfessionalFit(const Rule& rule, const PostProposal& proposal,
                                    const Partners& partners) {
  RuleOutcome out;
  const std::string registration = toString(proposal.registration);
  out.facts.emplace_back("registration", registration);
  if (proposal.registration == Registration::None) {
    out.explanation = "The post requires no professional registration.";
    return out;
  }
  const auto kind = mappedPartnerKind(rule, proposal.registration);
  if (!kind) {
    out.explanation = "The post requires " + registrationWords(proposal.registration) +
                      " registration, but this protocol matches no employer to it.";
    return out;
  }
  const PartnerInfo& employer = resolve(partners, *kind);
  out.decided = true;
  out.employer = employer.code;
  out.facts.emplace_back("mapping", registration + " -> " + toString(*kind));
  out.facts.emplace_back("employer", employer.code);
  out.explanation = "The post requires " + registrationWords(proposal.registration) +
                    " registration, which the protocol matches to the " + partnerKindWords(*kind) +
                    ": " + employer.name + " employs.";
  return out;
}

RuleOutcome evaluatePensionProtection(const Rule& rule, const PostProposal& proposal,
                                      const Partners& partners) {
  RuleOutcome out;
  if (!proposal.expectedAppointeePool) {
    out.facts.emplace_back("expected_appointee_pool", "not recorded");
    out.explanation = "No expected appointee pool is recorded, so pension protection cannot apply.";
    return out;
  }
  const std::string scheme = toString(*proposal.expectedAppointeePool);
  out.facts.emplace_back("expected_appointee_pool", scheme);
  const auto kind = mappedPartnerKind(rule, *proposal.expectedAppointeePool);
  if (!kind) {
    out.explanation = "The expected appointees are " + scheme +
                      " members; this protocol protects no pension scheme of that kind.";
    return out;
  }
  const PartnerInfo& employer = resolve(partners, *kind);
  const PartnerInfo& other =
      resolve(partners, *kind == PartnerKind::Council ? PartnerKind::Nhs : PartnerKind::Council);
  out.decided = true;
  out.employer = employer.code;
  out.s113PlacementTo = other.code;
  out.facts.emplace_back("mapping", scheme + " -> " + toString(*kind));
  out.facts.emplace_back("employer", employer.code);
  out.facts.emplace_back("s113_placement_to", other.code);
  out.explanation = "The expected appointees are " + scheme + " members (" +
                    (*proposal.expectedAppointeePool == PensionScheme::NHSPS
                         ? std::string("NHS Pension Scheme")
                         : std::string("Local Government Pension Scheme")) +
                    "). To protect their pension, " + employer.name +
                    " employs and places the post-holder at the disposal of " + other.name +
                    " under s113.";
  return out;
}

}  // namespace s113::detail
