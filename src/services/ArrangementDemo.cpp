// The sample arrangements of `demo`, drawn from the source documents: the
// B&NES joint commissioning team under the 2013 S113 agreement (placements of
// CCG staff at the council's disposal and the reverse, a 40% secondment that
// went through its whole lifecycle, a day-a-week clinical lead, an ended and a
// terminated placement), both single-manager routes of the Scottish Practical
// Advice, the joint director post, and the Stockport combined Corporate
// Director Adults (DASS) / PCT Chief Executive (2009), employed by the council
// with the cost shared 50/50. Written through the RecordService, so every
// record is validated and audited like any other.
#include <functional>

#include "domain/Arrangements.h"
#include "domain/entities/ConflictOfInterest.h"
#include "domain/entities/Dispute.h"
#include "domain/entities/JointPost.h"
#include "domain/entities/Placement.h"
#include "domain/entities/SingleManagerContract.h"
#include "domain/entities/StructureConsultation.h"
#include "services/DemoHistory.h"
#include "services/DemoValues.h"
#include "services/Hooks.h"

namespace s113 {
namespace {

// The HR officer of the record's employer records it; the council's records
// what has no employer of its own.
const char* recorderFor(const RecordKey& employer) { return employer.value == "BCCG" ? kCcgHr : kCouncilHr; }
template <typename Entity>
const char* recorderOf(const Entity&) {
  return kCouncilHr;
}
const char* recorderOf(const Placement& p) { return recorderFor(p.employer); }
const char* recorderOf(const SingleManagerContract& s) { return recorderFor(s.employer); }

// Queues the sample's arrangements on its history, each recorded on the day
// it takes effect (DemoHistory.h), by the HR officer of the employer.
class DemoWriter {
 public:
  explicit DemoWriter(DemoHistory& history) : history_(history) {}
  template <typename Entity>
  void create(const EntityDef& def, const Entity& entity, const Date& validFrom) {
    history_.create(def, entity, validFrom, recorderOf(entity));
  }
  // A new version with some fields changed.
  template <typename Entity>
  void change(const EntityDef& def, const std::string& key, std::function<void(Entity&)> edit,
              const Date& validFrom) {
    history_.change<Entity>(def, key, std::move(edit), validFrom);
  }

 private:
  DemoHistory& history_;
};

struct DemoPlacement {
  const char* ref;
  PlacementKind kind;
  const char* contract;
  const char* employer;
  const char* receiving;
  OptionalBasisPoints share;
  OptionalFte days;
  Date start;
  OptionalDate plannedEnd;
  OptionalDate nextReview;
  OptionalDate consulted;
  const char* lineManager;
  const char* discipline;
  OptionalFlag returnToPost;
  OptionalInteger notice;
};

constexpr PlacementKind kS113 = PlacementKind::S113Placement;
constexpr PlacementKind kSecondment = PlacementKind::Secondment;
const boost::none_t kBlank = boost::none;

// CCG staff placed at the council's disposal in the joint team, and council
// staff working part of their time for the CCG.
const DemoPlacement kSteadyPlacements[] = {
    {"PL-001", kS113, "C-0009", "BCCG", "BNES", percent(100), kBlank, Date(2013, 4, 1), kBlank,
     Date(2016, 4, 1), Date(2013, 2, 18), "BN-007", "BCCG", true, 3},
    {"PL-002", kS113, "C-0012", "BCCG", "BNES", percent(100), kBlank, Date(2013, 4, 1), kBlank,
     Date(2016, 4, 1), Date(2013, 2, 18), "BN-007", "BCCG", true, 3},
    {"PL-003", kS113, "C-0015", "BCCG", "BNES", percent(100), kBlank, Date(2013, 6, 3), kBlank,
     Date(2016, 6, 1), Date(2013, 5, 7), "BN-008", "BCCG", true, 3},
    {"PL-004", kS113, "C-0003", "BNES", "BCCG", percent(50), kBlank, Date(2013, 4, 1), kBlank,
     Date(2016, 4, 1), Date(2013, 2, 25), "BN-002", "BNES", true, 6},
    {"PL-006", kS113, "C-0028", "BCCG", "BNES", kBlank, FteUnits(10000), Date(2014, 10, 1), Date(2017, 9, 30),
     Date(2016, 10, 1), Date(2014, 8, 29), "BN-014", "BCCG", true, 1},
    {"PL-009", kS113, "C-0025", "BCCG", "BNES", percent(100), kBlank, Date(2013, 4, 1), kBlank,
     Date(2016, 4, 1), Date(2013, 2, 18), "BN-007", "BCCG", true, 3},
    {"PL-010", kS113, "C-0034", "BCCG", "BNES", percent(100), kBlank, Date(2013, 4, 1), kBlank,
     Date(2016, 4, 1), Date(2013, 2, 18), "BN-011", "BCCG", true, kBlank},
    {"PL-011", kSecondment, "C-0014", "BCCG", "BNES", percent(100), kBlank, Date(2015, 4, 1), Date(2017, 3, 31),
     Date(2016, 4, 1), Date(2015, 2, 2), "BN-003", "BCCG", true, 3},
};

Placement placementOf(const DemoPlacement& p, PlacementStatus status) {
  Placement placement;
  placement.ref = p.ref;
  placement.kind = p.kind;
  placement.contract = {p.contract};
  placement.employer = {p.employer};
  placement.receivingPartner = {p.receiving};
  placement.agreement = {"BNES-S113-2013"};
  placement.shareOfTime = p.share;
  placement.daysPerWeek = p.days;
  placement.start = p.start;
  placement.plannedEnd = p.plannedEnd;
  placement.nextReview = p.nextReview;
  placement.officerConsultedOn = p.consulted;
  placement.lineManager = {p.lineManager};
  placement.disciplinePartner = {p.discipline};
  placement.returnToPost = p.returnToPost;
  placement.terminationNoticeMonths = p.notice;
  placement.status = status;
  return placement;
}

// The edit that moves a placement on to `status`.
std::function<void(Placement&)> moveTo(PlacementStatus status) {
  return [status](Placement& p) { p.status = status; };
}

void addPlacements(DemoWriter& w) {
  for (const auto& p : kSteadyPlacements)
    w.create(placementDef(), placementOf(p, PlacementStatus::Active), p.start);

  // Andy Thomas, contracts manager: 40% seconded to the CCG, through every
  // step of the lifecycle, then extended to three years in all.
  const DemoPlacement partial{"PL-005",         kSecondment, "C-0020", "BNES",           "BCCG",
                              percent(40),      kBlank,      Date(2014, 4, 1), Date(2016, 3, 31),
                              Date(2015, 3, 31), kBlank,     "BN-005", "BNES",           true,
                              3};
  w.create(placementDef(), placementOf(partial, PlacementStatus::Proposed), Date(2014, 1, 15));
  w.change<Placement>(placementDef(), "PL-005",
                      [](Placement& p) {
                        p.status = PlacementStatus::Consulted;
                        p.officerConsultedOn = Date(2014, 2, 3);
                      },
                      Date(2014, 2, 3));
  w.change(placementDef(), "PL-005", moveTo(PlacementStatus::Agreed), Date(2014, 2, 20));
  w.change(placementDef(), "PL-005", moveTo(PlacementStatus::Active), Date(2014, 4, 1));
  w.change(placementDef(), "PL-005", moveTo(PlacementStatus::ReviewDue), Date(2015, 3, 31));
  w.change<Placement>(placementDef(), "PL-005",
                      [](Placement& p) {
                        p.status = PlacementStatus::Extended;
                        p.plannedEnd = Date(2017, 3, 31);
                        p.nextReview = Date(2016, 3, 31);
                      },
                      Date(2015, 4, 20));

  // Laura Evans, Better Care Fund project manager: a one-year secondment to
  // the CCG that ran its course.
  const DemoPlacement year{"PL-007",          kSecondment,       "C-0029", "BNES",           "BCCG",
                           percent(100),      kBlank,            Date(2015, 4, 1), Date(2016, 3, 31),
                           Date(2015, 10, 1), Date(2015, 2, 16), "BN-005", "BNES",           true,
                           1};
  w.create(placementDef(), placementOf(year, PlacementStatus::Agreed), Date(2015, 3, 2));
  w.change(placementDef(), "PL-007", moveTo(PlacementStatus::Active), Date(2015, 4, 1));
  w.change<Placement>(placementDef(), "PL-007",
                      [](Placement& p) {
                        p.status = PlacementStatus::Ended;
                        p.endedOn = Date(2016, 3, 31);
                      },
                      Date(2016, 4, 1));

  // Chris Webb, information analyst: placed with the council, terminated
  // when the post moved into the CCG's business intelligence team.
  const DemoPlacement analyst{"PL-008", kS113, "C-0023", "BCCG", "BNES", percent(100), kBlank, Date(2013, 4, 1),
                              kBlank,   Date(2014, 4, 1), Date(2013, 2, 18), "BN-023", "BCCG", true, 3};
  w.create(placementDef(), placementOf(analyst, PlacementStatus::Active), Date(2013, 4, 1));
  w.change<Placement>(placementDef(), "PL-008",
                      [](Placement& p) {
                        p.status = PlacementStatus::Terminated;
                        p.endedOn = Date(2015, 9, 30);
                        p.terminationReason =
                            "post moved into the CCG's business intelligence team; the analyst returned to CCG "
                            "management";
                      },
                      Date(2015, 10, 1));
}

// Route 1: the council employs the single manager and sub-contracts the
// manager's services to the CCG for a fee.
SingleManagerContract employedAndSubcontracted() {
  SingleManagerContract s;
  s.ref = "SM-001";
  s.route = SingleManagerRoute::EmployAndSubcontract;
  s.contract = {"C-0035"};
  s.post = {"BN-038"};
  s.employer = {"BNES"};
  s.otherPartner = {"BCCG"};
  s.hostPartner = {"BNES"};
  s.agreement = {"BNES-S113-2013"};
  s.annualFee = pounds(32500);
  s.timeSplit = shares("BNES", 50, "BCCG", 50);
  s.employerBudget = pounds(4200000);
  s.otherPartnerBudget = pounds(3650000);
  s.otherPartnerMayEnd = true;
  s.endNoticeMonths = 3;
  s.endConditions =
      "The CCG may end the sub-contract in extreme circumstances (serious failure of the "
      "service or a breakdown of the partnership) after the Joint Committee has met";
  s.start = Date(2013, 10, 1);
  s.status = SingleManagerStatus::Active;
  return s;
}

// Route 2: the CCG seconds its urgent care commissioning manager to the
// council as single manager of community and urgent care.
SingleManagerContract seconded() {
  SingleManagerContract s;
  s.ref = "SM-002";
  s.route = SingleManagerRoute::Secondment;
  s.contract = {"C-0014"};
  s.post = {"BN-014"};
  s.employer = {"BCCG"};
  s.otherPartner = {"BNES"};
  s.hostPartner = {"BNES"};
  s.agreement = {"BNES-S113-2013"};
  s.placement = {"PL-011"};
  s.timeSplit = shares("BNES", 40, "BCCG", 60);
  s.employerBudget = pounds(2800000);
  s.otherPartnerBudget = pounds(1900000);
  s.otherPartnerMayEnd = true;
  s.endNoticeMonths = 3;
  s.endConditions =
      "The council may end the secondment in extreme circumstances, after the joint HR group "
      "has met";
  s.start = Date(2015, 4, 1);
  s.end = Date(2017, 3, 31);
  s.status = SingleManagerStatus::Active;
  return s;
}

void addSingleManagers(DemoWriter& w) {
  w.create(singleManagerContractDef(), employedAndSubcontracted(), Date(2013, 10, 1));
  w.create(singleManagerContractDef(), seconded(), Date(2015, 4, 1));
}

JointPost stockportJointPost() {
  JointPost j;
  j.ref = "JP-001";
  j.post = {"SK-001"};
  j.agreement = {"STOCKPORT-2009"};
  j.councilPartner = {"SMBC"};
  j.nhsPartner = {"SPCT"};
  j.councilRole = "Corporate Director Adults and Communities (Director of Adult Social Services)";
  j.councilStatutoryRole = StatutoryRole::DASS;
  j.nhsRole = "Chief Executive, NHS Stockport";
  j.nhsStatutoryRole = StatutoryRole::NhsAccountableOfficer;
  j.holderContract = {"C-0037"};
  j.leadEmployer = {"SMBC"};
  j.costShare = shares("SMBC", 50, "SPCT", 50);
  j.councilApprovedBy = "Stockport Appointments Committee";
  j.councilApprovedOn = Date(2009, 9, 24);
  j.nhsApprovedBy = "NHS Stockport Board";
  j.nhsApprovedOn = Date(2009, 10, 7);
  j.councilAccountableTo = "Chief Executive, Stockport Metropolitan Borough Council";
  j.nhsAccountableTo = "Chair, NHS Stockport Board";
  j.statutoryChecks =
      "Enhanced CRB check; DASS designated by the Council; NHS accountable officer "
      "letter from the Strategic Health Authority";
  j.statutoryChecksOn = Date(2009, 10, 30);
  j.start = Date(2009, 11, 1);
  j.status = JointPostStatus::Active;
  return j;
}

JointPost bnesJointPost() {
  JointPost j;
  j.ref = "JP-002";
  j.post = {"BN-003"};
  j.agreement = {"BNES-S113-2013"};
  j.councilPartner = {"BNES"};
  j.nhsPartner = {"BCCG"};
  j.councilRole = "Director of Adult Care, Health and Housing Strategy and Commissioning";
  j.councilStatutoryRole = StatutoryRole::None;
  j.nhsRole = "CCG Director of Joint Commissioning";
  j.nhsStatutoryRole = StatutoryRole::None;
  j.holderContract = {"C-0003"};
  j.leadEmployer = {"BNES"};
  j.costShare = shares("BNES", 50, "BCCG", 50);
  j.councilApprovedBy = "B&NES Council Cabinet";
  j.councilApprovedOn = Date(2013, 3, 13);
  j.nhsApprovedBy = "B&NES CCG Governing Body";
  j.nhsApprovedOn = Date(2013, 3, 28);
  j.councilAccountableTo = "Strategic Director People and Communities";
  j.nhsAccountableTo = "CCG Accountable Officer";
  j.statutoryChecks = "Enhanced DBS check";
  j.statutoryChecksOn = Date(2013, 3, 20);
  j.start = Date(2013, 4, 1);
  j.status = JointPostStatus::Active;
  return j;
}

void addJointPosts(DemoWriter& w) {
  w.create(jointPostDef(), stockportJointPost(), Date(2009, 11, 1));
  w.create(jointPostDef(), bnesJointPost(), Date(2013, 4, 1));
}

void addConsultations(DemoWriter& w) {
  StructureConsultation reporting;
  reporting.ref = "SC-001";
  reporting.post = {"BN-022"};
  reporting.agreement = {"BNES-S113-2013"};
  reporting.changeDescription =
      "The CCG contracts officer reports to the Contracts Manager - Joint Commissioning "
      "instead of the Head of Commissioning";
  reporting.proposedOn = Date(2015, 5, 11);
  reporting.partyAConsultedOn = Date(2015, 5, 18);
  reporting.partyBConsultedOn = Date(2015, 5, 27);
  reporting.implementedOn = Date(2015, 7, 1);
  reporting.outcome = "Agreed by both partners; the Joint Staff Forum was told on 10 June 2015";
  w.create(structureConsultationDef(), reporting, Date(2015, 5, 11));

  StructureConsultation freeze;
  freeze.ref = "SC-002";
  freeze.post = {"BN-039"};
  freeze.agreement = {"BNES-S113-2013"};
  freeze.changeDescription =
      "Freeze the Joint Workforce Development Lead and move the work to the council's "
      "organisational development team";
  freeze.proposedOn = Date(2016, 1, 11);
  freeze.partyAConsultedOn = Date(2016, 1, 20);
  w.create(structureConsultationDef(), freeze, Date(2016, 1, 11));
}

void addConflicts(DemoWriter& w) {
  ConflictOfInterest dass;
  dass.ref = "CI-001";
  dass.jointPost = {"JP-001"};
  dass.declaredBy = {"P-0037"};
  dass.declaredOn = Date(2009, 11, 1);
  dass.description =
      "As PCT Chief Executive commissions services from providers the Council also contracts "
      "with, and advises the Council as DASS on the same contracts";
  dass.resolution =
      "Where the interests conflict the Council's S151 officer and the PCT Director of Finance "
      "decide; declared at each Joint Committee";
  dass.resolvedOn = Date(2009, 12, 15);
  w.create(conflictOfInterestDef(), dass, Date(2009, 11, 1));

  ConflictOfInterest reablement;
  reablement.ref = "CI-002";
  reablement.singleManagerContract = {"SM-001"};
  reablement.declaredBy = {"P-0035"};
  reablement.declaredOn = Date(2014, 2, 3);
  reablement.description = "Manages the council's reablement service, which the CCG commissions";
  w.create(conflictOfInterestDef(), reablement, Date(2014, 2, 3));
}

// A dispute the CCG raises with the joint HR group, the first stage.
Dispute raisedByTheCcg(const char* ref, const Date& on, const char* subject) {
  Dispute d;
  d.ref = ref;
  d.raisedBy = {"BCCG"};
  d.raisedOn = on;
  d.subject = subject;
  d.stage = DisputeStage::JointHrGroup;
  d.stageReachedOn = on;
  return d;
}

void addDisputes(DemoWriter& w) {
  Dispute analyst = raisedByTheCcg(
      "DP-001", Date(2015, 7, 20),
      "Who bears the analyst's cost after the post moved to the CCG's business intelligence team");
  analyst.placement = {"PL-008"};
  w.create(disputeDef(), analyst, Date(2015, 7, 20));
  w.change<Dispute>(disputeDef(), "DP-001",
                    [](Dispute& d) {
                      d.stage = DisputeStage::JointCommittee;
                      d.stageReachedOn = Date(2015, 8, 17);
                    },
                    Date(2015, 8, 17));
  w.change<Dispute>(disputeDef(), "DP-001",
                    [](Dispute& d) {
                      d.outcome = "The CCG bears the cost from 1 October 2015 and the placement is terminated";
                      d.resolvedOn = Date(2015, 9, 14);
                    },
                    Date(2015, 9, 14));

  Dispute fee = raisedByTheCcg("DP-002", Date(2016, 2, 1), "The single manager's fee for 2016/17");
  fee.singleManagerContract = {"SM-001"};
  w.create(disputeDef(), fee, Date(2016, 2, 1));
}

void addGovernance(DemoWriter& w) {
  addConsultations(w);
  addConflicts(w);
  addDisputes(w);
}

}  // namespace

void addDemoArrangements(DemoHistory& history) {
  DemoWriter w(history);
  addPlacements(w);
  addSingleManagers(w);
  addJointPosts(w);
  addGovernance(w);
}

}  // namespace s113
