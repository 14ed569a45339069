#include "services/Demo.h"

#include <string>
#include <vector>

#include "domain/Catalog.h"
#include "domain/entities/Agreement.h"
#include "domain/entities/Contract.h"
#include "domain/entities/Partner.h"
#include "domain/entities/Person.h"
#include "domain/entities/Post.h"
#include "services/DemoHistory.h"
#include "services/DemoValues.h"
#include "services/Hooks.h"
#include "services/RecordService.h"

namespace s113 {
namespace {

struct DemoPartner {
  const char* code;
  const char* name;
  PartnerKind kind;
  Date validFrom;
};

const DemoPartner kPartners[] = {
    {"BNES", "Bath and North East Somerset Council", PartnerKind::Council, Date(2013, 4, 1)},
    {"BCCG", "Bath and North East Somerset Clinical Commissioning Group", PartnerKind::Nhs, Date(2013, 4, 1)},
    {"SMBC", "Stockport Metropolitan Borough Council", PartnerKind::Council, Date(2009, 4, 1)},
    {"SPCT", "NHS Stockport (Stockport Primary Care Trust)", PartnerKind::Nhs, Date(2009, 4, 1)},
};

Partner partnerOf(const DemoPartner& p) {
  Partner partner;
  partner.code = p.code;
  partner.name = p.name;
  partner.kind = p.kind;
  partner.nation = Nation::England;
  return partner;
}

Agreement bnesAgreement() {
  Agreement a;
  a.ref = "BNES-S113-2013";
  a.title = "B&NES Joint Working Framework - Section 113 Agreement";
  a.partyA = {"BNES"};
  a.partyB = {"BCCG"};
  a.legalBasis = "Local Government Act 1972 s113; National Health Service Act 2006 s75";
  a.inForceFrom = Date(2013, 4, 1);
  a.nextReview = Date(2014, 4, 1);
  a.noticeMonths = 6;
  a.protocolVersion = 1;
  a.partyAApprovedBy = "B&NES Council Cabinet";
  a.partyAApprovedOn = Date(2013, 3, 13);
  a.partyBApprovedBy = "B&NES CCG Governing Body";
  a.partyBApprovedOn = Date(2013, 3, 28);
  return a;
}

Agreement stockportAgreement() {
  Agreement a;
  a.ref = "STOCKPORT-2009";
  a.title = "Stockport joint Corporate Director Adults / PCT Chief Executive arrangement";
  a.partyA = {"SMBC"};
  a.partyB = {"SPCT"};
  a.legalBasis = "Local Government Act 1972 s113";
  a.inForceFrom = Date(2009, 11, 1);
  a.nextReview = Date(2010, 11, 1);
  a.noticeMonths = 3;
  a.protocolVersion = 1;
  a.partyAApprovedBy = "Stockport Appointments Committee";
  a.partyAApprovedOn = Date(2009, 9, 24);
  a.partyBApprovedBy = "NHS Stockport Board";
  a.partyBApprovedOn = Date(2009, 10, 7);
  return a;
}

// A post; its line manager ("" for none) is written as a change once every
// post exists, since a post may be managed by one listed after it.
struct DemoPost {
  const char* ref;
  const char* title;
  const char* grade;
  FteUnits fte;
  const char* employer;
  const char* host;
  PostKind kind;
  StatutoryRole statutoryRole;
  Registration registration;
  const char* designated;
  FunctionalSplit split;
  const char* lineManager;
  PostStatus status;
  const char* agreement;
};

// The B&NES joint commissioning team (Joint Working Framework 2013) and the
// Stockport combined post (report to the Health Scrutiny Committee, 2009).
const std::vector<DemoPost> kPosts = {
    {"BN-001", "Strategic Director People and Communities (DASS)", "JNC Director", kFullTime, "BNES", "BNES", PostKind::Joint, StatutoryRole::DASS, Registration::None, "BNES", shares("BNES", 60, "BCCG", 40), "", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-002", "CCG Accountable Officer", "VSM", kFullTime, "BCCG", "BCCG", PostKind::Single, StatutoryRole::NhsAccountableOfficer, Registration::None, "BCCG", {}, "", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-003", "Director of Adult Care, Health and Housing Strategy and Commissioning", "JNC Director", kFullTime, "BNES", "BNES", PostKind::Joint, StatutoryRole::None, Registration::None, "", shares("BNES", 50, "BCCG", 50), "BN-001", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-004", "Director of Public Health", "JNC Director", kFullTime, "BNES", "BNES", PostKind::S113, StatutoryRole::DPH, Registration::Medical, "BNES", shares("BNES", 70, "BCCG", 30), "BN-001", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-005", "Chief Finance Officer (CCG)", "VSM", kFullTime, "BCCG", "BCCG", PostKind::Single, StatutoryRole::None, Registration::None, "BCCG", {}, "BN-002", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-006", "Section 151 Officer", "JNC Director", kFullTime, "BNES", "BNES", PostKind::Single, StatutoryRole::S151, Registration::None, "BNES", {}, "", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-007", "Head of Commissioning - Adults and Health", "JNC Grade 3", kFullTime, "BNES", "BNES", PostKind::S113, StatutoryRole::None, Registration::None, "", shares("BNES", 60, "BCCG", 40), "BN-003", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-008", "Head of Commissioning - Children and Young People", "JNC Grade 3", kFullTime, "BNES", "BNES", PostKind::S113, StatutoryRole::None, Registration::None, "", shares("BNES", 55, "BCCG", 45), "BN-001", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-009", "Senior Commissioning Manager - Mental Health", "AfC Band 8b", kFullTime, "BCCG", "BNES", PostKind::S113, StatutoryRole::None, Registration::Nursing, "", shares("BNES", 40, "BCCG", 60), "BN-007", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-010", "Senior Commissioning Manager - Learning Disabilities", "NJC PO8", kFullTime, "BNES", "BNES", PostKind::S113, StatutoryRole::None, Registration::SocialWork, "", shares("BNES", 70, "BCCG", 30), "BN-007", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-011", "Senior Commissioning Manager - Physical Disability and Sensory", "NJC PO8", kFullTime, "BNES", "BNES", PostKind::S113, StatutoryRole::None, Registration::None, "", shares("BNES", 65, "BCCG", 35), "BN-007", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-012", "Commissioning Manager - Older People", "AfC Band 8a", kFullTime, "BCCG", "BNES", PostKind::S113, StatutoryRole::None, Registration::AlliedHealth, "", shares("BNES", 45, "BCCG", 55), "BN-007", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-013", "Commissioning Manager - Carers", "NJC PO6", FteUnits(8000), "BNES", "BNES", PostKind::S113, StatutoryRole::None, Registration::None, "", shares("BNES", 60, "BCCG", 40), "BN-007", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-014", "Commissioning Manager - Urgent Care", "AfC Band 8a", kFullTime, "BCCG", "BCCG", PostKind::S113, StatutoryRole::None, Registration::Nursing, "", shares("BNES", 30, "BCCG", 70), "BN-003", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-015", "Commissioning Manager - Children's Health", "AfC Band 8a", kFullTime, "BCCG", "BNES", PostKind::S113, StatutoryRole::None, Registration::Nursing, "", shares("BNES", 50, "BCCG", 50), "BN-008", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-016", "Commissioning Manager - Substance Misuse", "NJC PO6", kFullTime, "BNES", "BNES", PostKind::S113, StatutoryRole::None, Registration::None, "", shares("BNES", 80, "BCCG", 20), "BN-004", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-017", "Commissioning Officer - Housing Support", "NJC PO3", kFullTime, "BNES", "BNES", PostKind::Single, StatutoryRole::None, Registration::None, "BNES", {}, "BN-011", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-018", "Commissioning Officer - Domiciliary Care", "NJC PO3", kFullTime, "BNES", "BNES", PostKind::S113, StatutoryRole::None, Registration::None, "", shares("BNES", 75, "BCCG", 25), "BN-012", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-019", "Commissioning Officer - Continuing Healthcare", "AfC Band 7", kFullTime, "BCCG", "BCCG", PostKind::S113, StatutoryRole::None, Registration::Nursing, "", shares("BNES", 20, "BCCG", 80), "BN-014", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-020", "Contracts Manager - Joint Commissioning", "NJC PO5", kFullTime, "BNES", "BNES", PostKind::S113, StatutoryRole::None, Registration::None, "", shares("BNES", 50, "BCCG", 50), "BN-003", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-021", "Contracts Officer", "NJC SO2", kFullTime, "BNES", "BNES", PostKind::S113, StatutoryRole::None, Registration::None, "", shares("BNES", 50, "BCCG", 50), "BN-020", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-022", "Contracts Officer", "AfC Band 6", kFullTime, "BCCG", "BNES", PostKind::S113, StatutoryRole::None, Registration::None, "", shares("BNES", 50, "BCCG", 50), "BN-020", PostStatus::Vacant, "BNES-S113-2013"},
    {"BN-023", "Performance and Information Manager", "NJC PO4", kFullTime, "BNES", "BNES", PostKind::S113, StatutoryRole::None, Registration::None, "", shares("BNES", 60, "BCCG", 40), "BN-003", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-024", "Information Analyst", "AfC Band 6", kFullTime, "BCCG", "BNES", PostKind::S113, StatutoryRole::None, Registration::None, "", shares("BNES", 40, "BCCG", 60), "BN-023", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-025", "Information Analyst", "NJC SO1", FteUnits(6000), "BNES", "BNES", PostKind::S113, StatutoryRole::None, Registration::None, "", shares("BNES", 60, "BCCG", 40), "BN-023", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-026", "Quality and Safeguarding Lead (Adults)", "AfC Band 8a", kFullTime, "BCCG", "BNES", PostKind::S113, StatutoryRole::None, Registration::Nursing, "", shares("BNES", 50, "BCCG", 50), "BN-007", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-027", "Principal Social Worker", "NJC PO7", kFullTime, "BNES", "BNES", PostKind::S113, StatutoryRole::None, Registration::SocialWork, "", shares("BNES", 80, "BCCG", 20), "BN-003", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-028", "Mental Health Act Lead", "NJC PO6", kFullTime, "BNES", "BNES", PostKind::S113, StatutoryRole::None, Registration::SocialWork, "", shares("BNES", 50, "BCCG", 50), "BN-009", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-029", "Clinical Lead - Long Term Conditions", "AfC Band 8c", FteUnits(4000), "BCCG", "BCCG", PostKind::S113, StatutoryRole::None, Registration::Medical, "", shares("BNES", 30, "BCCG", 70), "BN-014", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-030", "Project Manager - Better Care Fund", "NJC PO4", kFullTime, "BNES", "BNES", PostKind::S113, StatutoryRole::None, Registration::None, "", shares("BNES", 50, "BCCG", 50), "BN-003", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-031", "Project Officer - Integration", "AfC Band 6", kFullTime, "BCCG", "BNES", PostKind::S113, StatutoryRole::None, Registration::None, "", shares("BNES", 50, "BCCG", 50), "BN-030", PostStatus::Vacant, "BNES-S113-2013"},
    {"BN-032", "Business Support Manager", "NJC SO2", kFullTime, "BNES", "BNES", PostKind::Single, StatutoryRole::None, Registration::None, "", {}, "BN-003", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-033", "Business Support Officer", "NJC Scale 5", kFullTime, "BNES", "BNES", PostKind::Single, StatutoryRole::None, Registration::None, "", {}, "BN-032", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-034", "Business Support Officer", "AfC Band 4", FteUnits(5000), "BCCG", "BCCG", PostKind::Single, StatutoryRole::None, Registration::None, "", {}, "BN-032", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-035", "Personal Assistant to the Strategic Director", "NJC SO1", kFullTime, "BNES", "BNES", PostKind::Single, StatutoryRole::None, Registration::None, "", {}, "BN-001", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-036", "Commissioning Manager - Community Equipment", "AfC Band 7", kFullTime, "BCCG", "BNES", PostKind::S113, StatutoryRole::None, Registration::AlliedHealth, "", shares("BNES", 60, "BCCG", 40), "BN-011", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-037", "Commissioning Manager - Dementia", "NJC PO6", kFullTime, "BNES", "BNES", PostKind::S113, StatutoryRole::None, Registration::None, "", shares("BNES", 50, "BCCG", 50), "BN-009", PostStatus::Proposed, "BNES-S113-2013"},
    {"BN-038", "Single Manager - Community Health and Care Services", "JNC Grade 2", kFullTime, "BNES", "BNES", PostKind::SingleManager, StatutoryRole::None, Registration::None, "", shares("BNES", 50, "BCCG", 50), "BN-003", PostStatus::Filled, "BNES-S113-2013"},
    {"BN-039", "Joint Workforce Development Lead", "AfC Band 7", kFullTime, "BCCG", "BNES", PostKind::S113, StatutoryRole::None, Registration::None, "", shares("BNES", 50, "BCCG", 50), "BN-003", PostStatus::Frozen, "BNES-S113-2013"},
    {"BN-040", "Children's Disability Service Manager", "NJC PO7", kFullTime, "BNES", "BNES", PostKind::S113, StatutoryRole::DCS, Registration::SocialWork, "BNES", shares("BNES", 65, "BCCG", 35), "BN-008", PostStatus::Filled, "BNES-S113-2013"},
    {"SK-001", "Corporate Director Adults and Communities / PCT Chief Executive", "JNC Director", kFullTime, "SMBC", "SMBC", PostKind::Joint, StatutoryRole::DASS, Registration::None, "SMBC", shares("SMBC", 50, "SPCT", 50), "", PostStatus::Filled, "STOCKPORT-2009"},
};

// The post as first recorded: without its line manager.
Post postOf(const DemoPost& p) {
  Post post;
  post.ref = p.ref;
  post.title = p.title;
  post.grade = p.grade;
  post.fte = p.fte;
  post.employer = {p.employer};
  post.host = {p.host};
  post.kind = p.kind;
  post.statutoryRole = p.statutoryRole;
  post.registration = p.registration;
  post.designatedEmployer = {p.designated};
  post.functionalSplit = p.split;
  post.status = p.status;
  post.agreement = {p.agreement};
  return post;
}

// The B&NES posts take effect with the 2013 agreement, Stockport's with its
// 2009 arrangement.
Date postInForce(const DemoPost& p) { return p.ref[0] == 'S' ? Date(2009, 11, 1) : Date(2013, 4, 1); }

// A person and their one contract, both from the contract's start.
struct DemoPerson {
  const char* ref;
  const char* name;
  const char* contract;
  const char* employer;
  const char* post;
  FteUnits fte;
  Pence salary;
  PayFramework framework;
  PensionScheme pension;
  Date start;
};

const std::vector<DemoPerson> kPeople = {
    {"P-0001", "Ashley Morgan", "C-0001", "BNES", "BN-001", kFullTime, pounds(117311), PayFramework::JNC, PensionScheme::LGPS, Date(2010, 9, 1)},
    {"P-0002", "Dr Sam Whitfield", "C-0002", "BCCG", "BN-002", kFullTime, pounds(125000), PayFramework::VSM, PensionScheme::NHSPS, Date(2013, 4, 1)},
    {"P-0003", "Jo Farrant", "C-0003", "BNES", "BN-003", kFullTime, pounds(98500), PayFramework::JNC, PensionScheme::LGPS, Date(2011, 2, 14)},
    {"P-0004", "Dr Bruce Laurence", "C-0004", "BNES", "BN-004", kFullTime, pounds(105000), PayFramework::JNC, PensionScheme::NHSPS, Date(2013, 4, 1)},
    {"P-0005", "Sarah James", "C-0005", "BCCG", "BN-005", kFullTime, pounds(97000), PayFramework::VSM, PensionScheme::NHSPS, Date(2013, 4, 1)},
    {"P-0006", "Tim Richens", "C-0006", "BNES", "BN-006", kFullTime, pounds(110000), PayFramework::JNC, PensionScheme::LGPS, Date(2009, 6, 1)},
    {"P-0007", "Mike Bowden", "C-0007", "BNES", "BN-007", kFullTime, pounds(72500), PayFramework::JNC, PensionScheme::LGPS, Date(2008, 1, 7)},
    {"P-0008", "Rachel Hill", "C-0008", "BNES", "BN-008", kFullTime, pounds(71000), PayFramework::JNC, PensionScheme::LGPS, Date(2012, 3, 5)},
    {"P-0009", "Andrea Pearce", "C-0009", "BCCG", "BN-009", kFullTime, pounds(58698), PayFramework::AgendaForChange, PensionScheme::NHSPS, Date(2013, 4, 1)},
    {"P-0010", "Lesley Hutchinson", "C-0010", "BNES", "BN-010", kFullTime, pounds(48000), PayFramework::NJC, PensionScheme::LGPS, Date(2006, 10, 2)},
    {"P-0011", "Kate Morton", "C-0011", "BNES", "BN-011", kFullTime, pounds(47500), PayFramework::NJC, PensionScheme::LGPS, Date(2010, 5, 10)},
    {"P-0012", "Ruth Gamble", "C-0012", "BCCG", "BN-012", kFullTime, pounds(47088), PayFramework::AgendaForChange, PensionScheme::NHSPS, Date(2013, 4, 1)},
    {"P-0013", "Emma Bailey", "C-0013", "BNES", "BN-013", FteUnits(8000), pounds(38000), PayFramework::NJC, PensionScheme::LGPS, Date(2014, 1, 6)},
    {"P-0014", "Catherine Phillips", "C-0014", "BCCG", "BN-014", kFullTime, pounds(47088), PayFramework::AgendaForChange, PensionScheme::NHSPS, Date(2013, 4, 1)},
    {"P-0015", "Tom Davies", "C-0015", "BCCG", "BN-015", kFullTime, pounds(45000), PayFramework::AgendaForChange, PensionScheme::NHSPS, Date(2013, 6, 3)},
    {"P-0016", "Paul Sheehan", "C-0016", "BNES", "BN-016", kFullTime, pounds(39500), PayFramework::NJC, PensionScheme::LGPS, Date(2013, 9, 2)},
    {"P-0017", "Gill Roberts", "C-0017", "BNES", "BN-017", kFullTime, pounds(33000), PayFramework::NJC, PensionScheme::LGPS, Date(2011, 11, 14)},
    {"P-0018", "Sue Blackman", "C-0018", "BNES", "BN-018", kFullTime, pounds(32500), PayFramework::NJC, PensionScheme::LGPS, Date(2012, 7, 2)},
    {"P-0019", "Helen Edelstyn", "C-0019", "BCCG", "BN-019", kFullTime, pounds(39239), PayFramework::AgendaForChange, PensionScheme::NHSPS, Date(2013, 4, 1)},
    {"P-0020", "Andy Thomas", "C-0020", "BNES", "BN-020", kFullTime, pounds(40000), PayFramework::NJC, PensionScheme::LGPS, Date(2009, 4, 20)},
    {"P-0021", "Derek Green", "C-0021", "BNES", "BN-021", kFullTime, pounds(29500), PayFramework::NJC, PensionScheme::LGPS, Date(2012, 1, 9)},
    {"P-0022", "Maria Lopez", "C-0022", "BNES", "BN-023", kFullTime, pounds(36500), PayFramework::NJC, PensionScheme::LGPS, Date(2010, 10, 4)},
    {"P-0023", "Chris Webb", "C-0023", "BCCG", "BN-024", kFullTime, pounds(31000), PayFramework::AgendaForChange, PensionScheme::NHSPS, Date(2013, 4, 1)},
    {"P-0024", "Nadia Khan", "C-0024", "BNES", "BN-025", FteUnits(6000), pounds(27000), PayFramework::NJC, PensionScheme::LGPS, Date(2015, 2, 2)},
    {"P-0025", "Fiona Grant", "C-0025", "BCCG", "BN-026", kFullTime, pounds(47088), PayFramework::AgendaForChange, PensionScheme::NHSPS, Date(2013, 4, 1)},
    {"P-0026", "Owen Price", "C-0026", "BNES", "BN-027", kFullTime, pounds(45500), PayFramework::NJC, PensionScheme::LGPS, Date(2014, 9, 1)},
    {"P-0027", "Beth Collins", "C-0027", "BNES", "BN-028", kFullTime, pounds(39000), PayFramework::NJC, PensionScheme::LGPS, Date(2012, 5, 14)},
    {"P-0028", "Dr Ian Orpen", "C-0028", "BCCG", "BN-029", FteUnits(4000), pounds(40000), PayFramework::AgendaForChange, PensionScheme::NHSPS, Date(2013, 4, 1)},
    {"P-0029", "Laura Evans", "C-0029", "BNES", "BN-030", kFullTime, pounds(37000), PayFramework::NJC, PensionScheme::LGPS, Date(2014, 4, 1)},
    {"P-0030", "Graham Shaw", "C-0030", "BNES", "BN-032", kFullTime, pounds(30000), PayFramework::NJC, PensionScheme::LGPS, Date(2007, 3, 12)},
    {"P-0031", "Alison Reed", "C-0031", "BNES", "BN-033", kFullTime, pounds(21500), PayFramework::NJC, PensionScheme::LGPS, Date(2013, 8, 19)},
    {"P-0032", "Jane Porter", "C-0032", "BCCG", "BN-034", FteUnits(5000), pounds(22000), PayFramework::AgendaForChange, PensionScheme::NHSPS, Date(2013, 4, 1)},
    {"P-0033", "Karen Hughes", "C-0033", "BNES", "BN-035", kFullTime, pounds(26000), PayFramework::NJC, PensionScheme::LGPS, Date(2011, 6, 6)},
    {"P-0034", "Steve Morris", "C-0034", "BCCG", "BN-036", kFullTime, pounds(39239), PayFramework::AgendaForChange, PensionScheme::NHSPS, Date(2013, 4, 1)},
    {"P-0035", "Denise Carter", "C-0035", "BNES", "BN-038", kFullTime, pounds(65000), PayFramework::JNC, PensionScheme::LGPS, Date(2013, 10, 1)},
    {"P-0036", "Richard Lowe", "C-0036", "BNES", "BN-040", kFullTime, pounds(46000), PayFramework::NJC, PensionScheme::LGPS, Date(2010, 1, 4)},
    {"P-0037", "Terry Dafter", "C-0037", "SMBC", "SK-001", kFullTime, pounds(173596), PayFramework::JNC, PensionScheme::LGPS, Date(2009, 11, 1)},
};

// The number each employer's payroll knows the contract by: the CCG's
// (ESR-style) eight-digit assignment numbers, the councils' own staff numbers.
std::string demoPayrollNumber(const DemoPerson& p) {
  const std::string serial = std::string(p.contract).substr(2);  // "C-0012" -> "0012"
  const std::string employer = p.employer;
  if (employer == "BCCG") return "2050" + serial;
  if (employer == "BNES") return "BN4" + serial;
  return "SM7" + serial;
}

Person personOf(const DemoPerson& p) {
  Person person;
  person.ref = p.ref;
  person.name = p.name;
  return person;
}

Contract contractOf(const DemoPerson& p) {
  Contract contract;
  contract.ref = p.contract;
  contract.person = {p.ref};
  contract.employer = {p.employer};
  contract.post = {p.post};
  contract.fte = p.fte;
  contract.annualSalary = p.salary;
  contract.payFramework = p.framework;
  contract.pensionScheme = p.pension;
  contract.start = p.start;
  contract.payrollNumber = demoPayrollNumber(p);
  return contract;
}

void addPosts(DemoHistory& history) {
  for (const auto& p : kPosts) history.create(postDef(), postOf(p), postInForce(p));
  for (const auto& p : kPosts)
    if (*p.lineManager)
      history.change<Post>(
          postDef(), p.ref, [manager = p.lineManager](Post& post) { post.lineManager = {manager}; },
          postInForce(p));
}

}  // namespace

void buildDemoRegister(Register& reg) {
  RecordService service(reg);
  WriteTransaction tx(reg);
  DemoHistory history(service);
  for (const auto& p : kPartners) history.create(partnerDef(), partnerOf(p), p.validFrom);
  history.create(agreementDef(), bnesAgreement(), Date(2013, 4, 1));
  history.create(agreementDef(), stockportAgreement(), Date(2009, 11, 1));
  addPosts(history);
  for (const auto& p : kPeople) {
    history.create(personDef(), personOf(p), p.start);
    history.create(contractDef(), contractOf(p), p.start);
  }
  addDemoArrangements(history);
  addDemoRecharges(history);
  addDemoDecisions(history);
  addDemoForum(history);
  addDemoPayroll(history);
  history.replay();
  tx.commit();
}

}  // namespace s113
