#include "protocol/DefaultProtocol.h"

#include "protocol/RuleParams.h"

namespace s113 {
namespace {

RuleParams offices(std::map<StatutoryRole, PartnerKind> mapping) {
  RuleParams p;
  p.offices = std::move(mapping);
  return p;
}
RuleParams registrations(std::map<Registration, PartnerKind> mapping) {
  RuleParams p;
  p.registrations = std::move(mapping);
  return p;
}
RuleParams schemes(std::map<PensionScheme, PartnerKind> mapping) {
  RuleParams p;
  p.schemes = std::move(mapping);
  return p;
}
RuleParams threshold(BasisPoints share) {
  RuleParams p;
  p.threshold = share;
  return p;
}

}  // namespace

Protocol defaultProtocol() {
  const std::string framework = "B&NES Joint Working Framework 2013";
  Protocol p;
  p.version = 1;
  p.name = kDefaultProtocolName;
  p.rules = {
      {1,
       RuleKind::StatutoryOffice,
       true,
       offices({{StatutoryRole::DASS, PartnerKind::Council},
                {StatutoryRole::DCS, PartnerKind::Council},
                {StatutoryRole::DPH, PartnerKind::Council},
                {StatutoryRole::S151, PartnerKind::Council},
                {StatutoryRole::HeadOfPaidService, PartnerKind::Council},
                {StatutoryRole::NhsAccountableOfficer, PartnerKind::Nhs}}),
       "Statutory office",
       "LASSA 1970 s6; statutory guidance on the DASS; Children Act 2004 s18 (DCS); "
       "LGA 1972 s151; LGHA 1989 s4 (head of paid service); NHS Act 2006 s73A (DPH)"},
      {2,
       RuleKind::DesignatedPost,
       true,
       {},
       "Designated post",
       framework + ", S113 agreement: posts designated to one partner"},
      {3,
       RuleKind::ExistingStaff,
       true,
       {},
       "Existing staff keep their employer",
       framework + ", HR framework; LGA 1972 s113 (no transfer of employment)"},
      {4,
       RuleKind::Replacement,
       true,
       {},
       "Replacement",
       framework + ", guidelines for new posts (replacing staff)"},
      {5,
       RuleKind::MajorityOfFunctions,
       true,
       threshold(BasisPoints(5000)),
       "Majority of functions",
       framework + ", guidelines for new posts"},
      {6,
       RuleKind::ProfessionalFit,
       true,
       registrations({{Registration::SocialWork, PartnerKind::Council},
                      {Registration::Nursing, PartnerKind::Nhs},
                      {Registration::AlliedHealth, PartnerKind::Nhs},
                      {Registration::Medical, PartnerKind::Nhs}}),
       "Professional fit",
       framework + ", guidelines for new posts"},
      {7,
       RuleKind::PensionProtection,
       true,
       schemes({{PensionScheme::NHSPS, PartnerKind::Nhs}}),
       "Pension protection",
       framework + ", guidelines for new posts; LGA 1972 s113"},
      {8,
       RuleKind::Unresolved,
       true,
       {},
       "Unresolved: refer to the joint HR group",
       framework + ", guidelines for new posts (referral to the joint HR group)"},
  };
  return p;
}

}  // namespace s113
