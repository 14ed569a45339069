// The sample arrangements of `demo`, drawn from the source documents: the
// B&NES joint commissioning team under the 2013 S113 agreement (placements of
// CCG staff at the council's disposal and the reverse, a 40% secondment that
// went through its whole lifecycle, a day-a-week clinical lead, an ended and a
// terminated placement), both single-manager routes of the Scottish Practical
// Advice, the joint director post, and the Stockport combined Corporate
// Director Adults (DASS) / PCT Chief Executive (2009), employed by the council
// with the cost shared 50/50. Written through the RecordService, so every
// record is validated and audited like any other.
#include <map>

#include "domain/Arrangements.h"
#include "services/DemoHistory.h"
#include "services/Hooks.h"
#include "storage/VersionStore.h"

namespace s113 {
namespace {

// Queues the sample's arrangements on its history, each recorded on the day
// it takes effect (DemoHistory.h), by the HR officer of the employer.
class DemoWriter {
 public:
  explicit DemoWriter(DemoHistory& history) : history_(history) {}
  void create(const EntityDef& def, const std::string& key, Record fields, const char* validFrom) {
    const std::string by = recorder(fields);
    history_.create(def, key, std::move(fields), parseIsoDate(validFrom), by);
  }
  // A new version with some fields changed.
  void change(const EntityDef& def, const std::string& key, const Record& changes,
              const char* validFrom) {
    history_.change(def, key, changes, parseIsoDate(validFrom));
  }

 private:
  static std::string recorder(const Record& fields) {
    return valueOf(fields, "employer") == "BCCG" ? kCcgHr : kCouncilHr;
  }
  DemoHistory& history_;
};

struct DemoPlacement {
  const char* ref;
  const char* kind;
  const char* contract;
  const char* employer;
  const char* receiving;
  const char* share;
  const char* days;
  const char* start;
  const char* plannedEnd;
  const char* nextReview;
  const char* consulted;
  const char* lineManager;
  const char* discipline;
  const char* returnToPost;
  const char* notice;
};

// CCG staff placed at the council's disposal in the joint team, and council
// staff working part of their time for the CCG.
const DemoPlacement kSteadyPlacements[] = {
    {"PL-001", "s113_placement", "C-0009", "BCCG", "BNES", "100", "", "2013-04-01", "",
     "2016-04-01", "2013-02-18", "BN-007", "BCCG", "true", "3"},
    {"PL-002", "s113_placement", "C-0012", "BCCG", "BNES", "100", "", "2013-04-01", "",
     "2016-04-01", "2013-02-18", "BN-007", "BCCG", "true", "3"},
    {"PL-003", "s113_placement", "C-0015", "BCCG", "BNES", "100", "", "2013-06-03", "",
     "2016-06-01", "2013-05-07", "BN-008", "BCCG", "true", "3"},
    {"PL-004", "s113_placement", "C-0003", "BNES", "BCCG", "50", "", "2013-04-01", "", "2016-04-01",
     "2013-02-25", "BN-002", "BNES", "true", "6"},
    {"PL-006", "s113_placement", "C-0028", "BCCG", "BNES", "", "1", "2014-10-01", "2017-09-30",
     "2016-10-01", "2014-08-29", "BN-014", "BCCG", "true", "1"},
    {"PL-009", "s113_placement", "C-0025", "BCCG", "BNES", "100", "", "2013-04-01", "",
     "2016-04-01", "2013-02-18", "BN-007", "BCCG", "true", "3"},
    {"PL-010", "s113_placement", "C-0034", "BCCG", "BNES", "100", "", "2013-04-01", "",
     "2016-04-01", "2013-02-18", "BN-011", "BCCG", "true", ""},
    {"PL-011", "secondment", "C-0014", "BCCG", "BNES", "100", "", "2015-04-01", "2017-03-31",
     "2016-04-01", "2015-02-02", "BN-003", "BCCG", "true", "3"},
};

Record placementRecord(const DemoPlacement& p, const char* status) {
  return {{"kind", p.kind},
          {"contract", p.contract},
          {"employer", p.employer},
          {"receiving_partner", p.receiving},
          {"agreement", "BNES-S113-2013"},
          {"share_of_time", p.share},
          {"days_per_week", p.days},
          {"start_date", p.start},
          {"planned_end", p.plannedEnd},
          {"next_review", p.nextReview},
          {"officer_consulted_on", p.consulted},
          {"line_manager", p.lineManager},
          {"discipline_partner", p.discipline},
          {"return_to_post", p.returnToPost},
          {"termination_notice_months", p.notice},
          {"status", status}};
}

void addPlacements(DemoWriter& w) {
  for (const auto& p : kSteadyPlacements)
    w.create(placementDef(), p.ref, placementRecord(p, "active"), p.start);

  // Andy Thomas, contracts manager: 40% seconded to the CCG, through every
  // step of the lifecycle, then extended to three years in all.
  const DemoPlacement partial{"PL-005", "secondment", "C-0020",     "BNES",       "BCCG",
                              "40",     "",           "2014-04-01", "2016-03-31", "2015-03-31",
                              "",       "BN-005",     "BNES",       "true",       "3"};
  w.create(placementDef(), partial.ref, placementRecord(partial, "proposed"), "2014-01-15");
  w.change(placementDef(), "PL-005",
           {{"status", "consulted"}, {"officer_consulted_on", "2014-02-03"}}, "2014-02-03");
  w.change(placementDef(), "PL-005", {{"status", "agreed"}}, "2014-02-20");
  w.change(placementDef(), "PL-005", {{"status", "active"}}, "2014-04-01");
  w.change(placementDef(), "PL-005", {{"status", "review_due"}}, "2015-03-31");
  w.change(placementDef(), "PL-005",
           {{"status", "extended"}, {"planned_end", "2017-03-31"}, {"next_review", "2016-03-31"}},
           "2015-04-20");

  // Laura Evans, Better Care Fund project manager: a one-year secondment to
  // the CCG that ran its course.
  const DemoPlacement year{"PL-007",     "secondment", "C-0029",     "BNES",       "BCCG",
                           "100",        "",           "2015-04-01", "2016-03-31", "2015-10-01",
                           "2015-02-16", "BN-005",     "BNES",       "true",       "1"};
  w.create(placementDef(), year.ref, placementRecord(year, "agreed"), "2015-03-02");
  w.change(placementDef(), "PL-007", {{"status", "active"}}, "2015-04-01");
  w.change(placementDef(), "PL-007", {{"status", "ended"}, {"ended_on", "2016-03-31"}},
           "2016-04-01");

  // Chris Webb, information analyst: placed with the council, terminated
  // when the post moved into the CCG's business intelligence team.
  const DemoPlacement analyst{
      "PL-008", "s113_placement", "C-0023",     "BCCG",   "BNES", "100",  "", "2013-04-01",
      "",       "2014-04-01",     "2013-02-18", "BN-023", "BCCG", "true", "3"};
  w.create(placementDef(), analyst.ref, placementRecord(analyst, "active"), "2013-04-01");
  w.change(placementDef(), "PL-008",
           {{"status", "terminated"},
            {"ended_on", "2015-09-30"},
            {"termination_reason",
             "post moved into the CCG's business intelligence team; the analyst returned to CCG "
             "management"}},
           "2015-10-01");
}

void addSingleManagers(DemoWriter& w) {
  // Route 1: the council employs the single manager and sub-contracts the
  // manager's services to the CCG for a fee.
  w.create(singleManagerContractDef(), "SM-001",
           {{"route", "employ_and_subcontract"},
            {"contract", "C-0035"},
            {"post", "BN-038"},
            {"employer", "BNES"},
            {"other_partner", "BCCG"},
            {"host_partner", "BNES"},
            {"agreement", "BNES-S113-2013"},
            {"annual_fee", "32500.00"},
            {"time_split", "BNES:50;BCCG:50"},
            {"employer_budget", "4200000.00"},
            {"other_partner_budget", "3650000.00"},
            {"other_partner_may_end", "true"},
            {"end_notice_months", "3"},
            {"end_conditions",
             "The CCG may end the sub-contract in extreme circumstances (serious failure of the "
             "service or a breakdown of the partnership) after the Joint Committee has met"},
            {"start_date", "2013-10-01"},
            {"status", "active"}},
           "2013-10-01");
  // Route 2: the CCG seconds its urgent care commissioning manager to the
  // council as single manager of community and urgent care.
  w.create(
      singleManagerContractDef(), "SM-002",
      {{"route", "secondment"},
       {"contract", "C-0014"},
       {"post", "BN-014"},
       {"employer", "BCCG"},
       {"other_partner", "BNES"},
       {"host_partner", "BNES"},
       {"agreement", "BNES-S113-2013"},
       {"placement", "PL-011"},
       {"time_split", "BNES:40;BCCG:60"},
       {"employer_budget", "2800000.00"},
       {"other_partner_budget", "1900000.00"},
       {"other_partner_may_end", "true"},
       {"end_notice_months", "3"},
       {"end_conditions",
        "The council may end the secondment in extreme circumstances, after the joint HR group "
        "has met"},
       {"start_date", "2015-04-01"},
       {"end_date", "2017-03-31"},
       {"status", "active"}},
      "2015-04-01");
}

void addJointPosts(DemoWriter& w) {
  w.create(jointPostDef(), "JP-001",
           {{"post", "SK-001"},
            {"agreement", "STOCKPORT-2009"},
            {"council_partner", "SMBC"},
            {"nhs_partner", "SPCT"},
            {"council_role",
             "Corporate Director Adults and Communities (Director of Adult Social Services)"},
            {"council_statutory_role", "DASS"},
            {"nhs_role", "Chief Executive, NHS Stockport"},
            {"nhs_statutory_role", "NHS_ACCOUNTABLE_OFFICER"},
            {"holder_contract", "C-0037"},
            {"lead_employer", "SMBC"},
            {"cost_share", "SMBC:50;SPCT:50"},
            {"council_approved_by", "Stockport Appointments Committee"},
            {"council_approved_on", "2009-09-24"},
            {"nhs_approved_by", "NHS Stockport Board"},
            {"nhs_approved_on", "2009-10-07"},
            {"council_accountable_to", "Chief Executive, Stockport Metropolitan Borough Council"},
            {"nhs_accountable_to", "Chair, NHS Stockport Board"},
            {"statutory_checks",
             "Enhanced CRB check; DASS designated by the Council; NHS accountable officer "
             "letter from the Strategic Health Authority"},
            {"statutory_checks_on", "2009-10-30"},
            {"start_date", "2009-11-01"},
            {"status", "active"}},
           "2009-11-01");
  w.create(
      jointPostDef(), "JP-002",
      {{"post", "BN-003"},
       {"agreement", "BNES-S113-2013"},
       {"council_partner", "BNES"},
       {"nhs_partner", "BCCG"},
       {"council_role", "Director of Adult Care, Health and Housing Strategy and Commissioning"},
       {"council_statutory_role", "none"},
       {"nhs_role", "CCG Director of Joint Commissioning"},
       {"nhs_statutory_role", "none"},
       {"holder_contract", "C-0003"},
       {"lead_employer", "BNES"},
       {"cost_share", "BNES:50;BCCG:50"},
       {"council_approved_by", "B&NES Council Cabinet"},
       {"council_approved_on", "2013-03-13"},
       {"nhs_approved_by", "B&NES CCG Governing Body"},
       {"nhs_approved_on", "2013-03-28"},
       {"council_accountable_to", "Strategic Director People and Communities"},
       {"nhs_accountable_to", "CCG Accountable Officer"},
       {"statutory_checks", "Enhanced DBS check"},
       {"statutory_checks_on", "2013-03-20"},
       {"start_date", "2013-04-01"},
       {"status", "active"}},
      "2013-04-01");
}

void addGovernance(DemoWriter& w) {
  w.create(structureConsultationDef(), "SC-001",
           {{"post", "BN-022"},
            {"agreement", "BNES-S113-2013"},
            {"change_description",
             "The CCG contracts officer reports to the Contracts Manager - Joint Commissioning "
             "instead of the Head of Commissioning"},
            {"proposed_on", "2015-05-11"},
            {"party_a_consulted_on", "2015-05-18"},
            {"party_b_consulted_on", "2015-05-27"},
            {"implemented_on", "2015-07-01"},
            {"outcome", "Agreed by both partners; the Joint Staff Forum was told on 10 June 2015"}},
           "2015-05-11");
  w.create(structureConsultationDef(), "SC-002",
           {{"post", "BN-039"},
            {"agreement", "BNES-S113-2013"},
            {"change_description",
             "Freeze the Joint Workforce Development Lead and move the work to the council's "
             "organisational development team"},
            {"proposed_on", "2016-01-11"},
            {"party_a_consulted_on", "2016-01-20"}},
           "2016-01-11");
  w.create(
      conflictOfInterestDef(), "CI-001",
      {{"joint_post", "JP-001"},
       {"declared_by", "P-0037"},
       {"declared_on", "2009-11-01"},
       {"description",
        "As PCT Chief Executive commissions services from providers the Council also contracts "
        "with, and advises the Council as DASS on the same contracts"},
       {"resolution",
        "Where the interests conflict the Council's S151 officer and the PCT Director of Finance "
        "decide; declared at each Joint Committee"},
       {"resolved_on", "2009-12-15"}},
      "2009-11-01");
  w.create(conflictOfInterestDef(), "CI-002",
           {{"single_manager_contract", "SM-001"},
            {"declared_by", "P-0035"},
            {"declared_on", "2014-02-03"},
            {"description", "Manages the council's reablement service, which the CCG commissions"}},
           "2014-02-03");
  w.create(disputeDef(), "DP-001",
           {{"placement", "PL-008"},
            {"raised_by", "BCCG"},
            {"raised_on", "2015-07-20"},
            {"subject",
             "Who bears the analyst's cost after the post moved to the CCG's business intelligence "
             "team"},
            {"stage", "joint_hr_group"},
            {"stage_reached_on", "2015-07-20"}},
           "2015-07-20");
  w.change(disputeDef(), "DP-001",
           {{"stage", "joint_committee"}, {"stage_reached_on", "2015-08-17"}}, "2015-08-17");
  w.change(
      disputeDef(), "DP-001",
      {{"outcome", "The CCG bears the cost from 1 October 2015 and the placement is terminated"},
       {"resolved_on", "2015-09-14"}},
      "2015-09-14");
  w.create(disputeDef(), "DP-002",
           {{"single_manager_contract", "SM-001"},
            {"raised_by", "BCCG"},
            {"raised_on", "2016-02-01"},
            {"subject", "The single manager's fee for 2016/17"},
            {"stage", "joint_hr_group"},
            {"stage_reached_on", "2016-02-01"}},
           "2016-02-01");
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
