#include "services/Demo.h"

#include <string>
#include <vector>

#include "domain/Catalog.h"
#include "services/DemoHistory.h"
#include "services/Hooks.h"
#include "services/RecordService.h"

namespace s113 {
namespace {

struct DemoPost {
  const char* ref;
  const char* title;
  const char* grade;
  const char* fte;
  const char* employer;
  const char* host;
  const char* kind;
  const char* statutoryRole;
  const char* registration;
  const char* designated;
  const char* split;
  const char* lineManager;
  const char* status;
  const char* agreement;
};

// The B&NES joint commissioning team (Joint Working Framework 2013) and the
// Stockport combined post (report to the Health Scrutiny Committee, 2009).
const std::vector<DemoPost> kPosts = {
    {"BN-001", "Strategic Director People and Communities (DASS)", "JNC Director", "1", "BNES", "BNES", "joint", "DASS", "none", "BNES", "BNES:60;BCCG:40", "", "filled", "BNES-S113-2013"},
    {"BN-002", "CCG Accountable Officer", "VSM", "1", "BCCG", "BCCG", "single", "NHS_ACCOUNTABLE_OFFICER", "none", "BCCG", "", "", "filled", "BNES-S113-2013"},
    {"BN-003", "Director of Adult Care, Health and Housing Strategy and Commissioning", "JNC Director", "1", "BNES", "BNES", "joint", "none", "none", "", "BNES:50;BCCG:50", "BN-001", "filled", "BNES-S113-2013"},
    {"BN-004", "Director of Public Health", "JNC Director", "1", "BNES", "BNES", "s113", "DPH", "medical", "BNES", "BNES:70;BCCG:30", "BN-001", "filled", "BNES-S113-2013"},
    {"BN-005", "Chief Finance Officer (CCG)", "VSM", "1", "BCCG", "BCCG", "single", "none", "none", "BCCG", "", "BN-002", "filled", "BNES-S113-2013"},
    {"BN-006", "Section 151 Officer", "JNC Director", "1", "BNES", "BNES", "single", "S151", "none", "BNES", "", "", "filled", "BNES-S113-2013"},
    {"BN-007", "Head of Commissioning - Adults and Health", "JNC Grade 3", "1", "BNES", "BNES", "s113", "none", "none", "", "BNES:60;BCCG:40", "BN-003", "filled", "BNES-S113-2013"},
    {"BN-008", "Head of Commissioning - Children and Young People", "JNC Grade 3", "1", "BNES", "BNES", "s113", "none", "none", "", "BNES:55;BCCG:45", "BN-001", "filled", "BNES-S113-2013"},
    {"BN-009", "Senior Commissioning Manager - Mental Health", "AfC Band 8b", "1", "BCCG", "BNES", "s113", "none", "nursing", "", "BNES:40;BCCG:60", "BN-007", "filled", "BNES-S113-2013"},
    {"BN-010", "Senior Commissioning Manager - Learning Disabilities", "NJC PO8", "1", "BNES", "BNES", "s113", "none", "social_work", "", "BNES:70;BCCG:30", "BN-007", "filled", "BNES-S113-2013"},
    {"BN-011", "Senior Commissioning Manager - Physical Disability and Sensory", "NJC PO8", "1", "BNES", "BNES", "s113", "none", "none", "", "BNES:65;BCCG:35", "BN-007", "filled", "BNES-S113-2013"},
    {"BN-012", "Commissioning Manager - Older People", "AfC Band 8a", "1", "BCCG", "BNES", "s113", "none", "allied_health", "", "BNES:45;BCCG:55", "BN-007", "filled", "BNES-S113-2013"},
    {"BN-013", "Commissioning Manager - Carers", "NJC PO6", "0.8", "BNES", "BNES", "s113", "none", "none", "", "BNES:60;BCCG:40", "BN-007", "filled", "BNES-S113-2013"},
    {"BN-014", "Commissioning Manager - Urgent Care", "AfC Band 8a", "1", "BCCG", "BCCG", "s113", "none", "nursing", "", "BNES:30;BCCG:70", "BN-003", "filled", "BNES-S113-2013"},
    {"BN-015", "Commissioning Manager - Children's Health", "AfC Band 8a", "1", "BCCG", "BNES", "s113", "none", "nursing", "", "BNES:50;BCCG:50", "BN-008", "filled", "BNES-S113-2013"},
    {"BN-016", "Commissioning Manager - Substance Misuse", "NJC PO6", "1", "BNES", "BNES", "s113", "none", "none", "", "BNES:80;BCCG:20", "BN-004", "filled", "BNES-S113-2013"},
    {"BN-017", "Commissioning Officer - Housing Support", "NJC PO3", "1", "BNES", "BNES", "single", "none", "none", "BNES", "", "BN-011", "filled", "BNES-S113-2013"},
    {"BN-018", "Commissioning Officer - Domiciliary Care", "NJC PO3", "1", "BNES", "BNES", "s113", "none", "none", "", "BNES:75;BCCG:25", "BN-012", "filled", "BNES-S113-2013"},
    {"BN-019", "Commissioning Officer - Continuing Healthcare", "AfC Band 7", "1", "BCCG", "BCCG", "s113", "none", "nursing", "", "BNES:20;BCCG:80", "BN-014", "filled", "BNES-S113-2013"},
    {"BN-020", "Contracts Manager - Joint Commissioning", "NJC PO5", "1", "BNES", "BNES", "s113", "none", "none", "", "BNES:50;BCCG:50", "BN-003", "filled", "BNES-S113-2013"},
    {"BN-021", "Contracts Officer", "NJC SO2", "1", "BNES", "BNES", "s113", "none", "none", "", "BNES:50;BCCG:50", "BN-020", "filled", "BNES-S113-2013"},
    {"BN-022", "Contracts Officer", "AfC Band 6", "1", "BCCG", "BNES", "s113", "none", "none", "", "BNES:50;BCCG:50", "BN-020", "vacant", "BNES-S113-2013"},
    {"BN-023", "Performance and Information Manager", "NJC PO4", "1", "BNES", "BNES", "s113", "none", "none", "", "BNES:60;BCCG:40", "BN-003", "filled", "BNES-S113-2013"},
    {"BN-024", "Information Analyst", "AfC Band 6", "1", "BCCG", "BNES", "s113", "none", "none", "", "BNES:40;BCCG:60", "BN-023", "filled", "BNES-S113-2013"},
    {"BN-025", "Information Analyst", "NJC SO1", "0.6", "BNES", "BNES", "s113", "none", "none", "", "BNES:60;BCCG:40", "BN-023", "filled", "BNES-S113-2013"},
    {"BN-026", "Quality and Safeguarding Lead (Adults)", "AfC Band 8a", "1", "BCCG", "BNES", "s113", "none", "nursing", "", "BNES:50;BCCG:50", "BN-007", "filled", "BNES-S113-2013"},
    {"BN-027", "Principal Social Worker", "NJC PO7", "1", "BNES", "BNES", "s113", "none", "social_work", "", "BNES:80;BCCG:20", "BN-003", "filled", "BNES-S113-2013"},
    {"BN-028", "Mental Health Act Lead", "NJC PO6", "1", "BNES", "BNES", "s113", "none", "social_work", "", "BNES:50;BCCG:50", "BN-009", "filled", "BNES-S113-2013"},
    {"BN-029", "Clinical Lead - Long Term Conditions", "AfC Band 8c", "0.4", "BCCG", "BCCG", "s113", "none", "medical", "", "BNES:30;BCCG:70", "BN-014", "filled", "BNES-S113-2013"},
    {"BN-030", "Project Manager - Better Care Fund", "NJC PO4", "1", "BNES", "BNES", "s113", "none", "none", "", "BNES:50;BCCG:50", "BN-003", "filled", "BNES-S113-2013"},
    {"BN-031", "Project Officer - Integration", "AfC Band 6", "1", "BCCG", "BNES", "s113", "none", "none", "", "BNES:50;BCCG:50", "BN-030", "vacant", "BNES-S113-2013"},
    {"BN-032", "Business Support Manager", "NJC SO2", "1", "BNES", "BNES", "single", "none", "none", "", "", "BN-003", "filled", "BNES-S113-2013"},
    {"BN-033", "Business Support Officer", "NJC Scale 5", "1", "BNES", "BNES", "single", "none", "none", "", "", "BN-032", "filled", "BNES-S113-2013"},
    {"BN-034", "Business Support Officer", "AfC Band 4", "0.5", "BCCG", "BCCG", "single", "none", "none", "", "", "BN-032", "filled", "BNES-S113-2013"},
    {"BN-035", "Personal Assistant to the Strategic Director", "NJC SO1", "1", "BNES", "BNES", "single", "none", "none", "", "", "BN-001", "filled", "BNES-S113-2013"},
    {"BN-036", "Commissioning Manager - Community Equipment", "AfC Band 7", "1", "BCCG", "BNES", "s113", "none", "allied_health", "", "BNES:60;BCCG:40", "BN-011", "filled", "BNES-S113-2013"},
    {"BN-037", "Commissioning Manager - Dementia", "NJC PO6", "1", "BNES", "BNES", "s113", "none", "none", "", "BNES:50;BCCG:50", "BN-009", "proposed", "BNES-S113-2013"},
    {"BN-038", "Single Manager - Community Health and Care Services", "JNC Grade 2", "1", "BNES", "BNES", "single_manager", "none", "none", "", "BNES:50;BCCG:50", "BN-003", "filled", "BNES-S113-2013"},
    {"BN-039", "Joint Workforce Development Lead", "AfC Band 7", "1", "BCCG", "BNES", "s113", "none", "none", "", "BNES:50;BCCG:50", "BN-003", "frozen", "BNES-S113-2013"},
    {"BN-040", "Children's Disability Service Manager", "NJC PO7", "1", "BNES", "BNES", "s113", "DCS", "social_work", "BNES", "BNES:65;BCCG:35", "BN-008", "filled", "BNES-S113-2013"},
    {"SK-001", "Corporate Director Adults and Communities / PCT Chief Executive", "JNC Director", "1", "SMBC", "SMBC", "joint", "DASS", "none", "SMBC", "SMBC:50;SPCT:50", "", "filled", "STOCKPORT-2009"},
};

struct DemoPerson {
  const char* ref;
  const char* name;
  const char* contract;
  const char* employer;
  const char* post;
  const char* fte;
  const char* salary;
  const char* framework;
  const char* pension;
  const char* start;
};

const std::vector<DemoPerson> kPeople = {
    {"P-0001", "Ashley Morgan", "C-0001", "BNES", "BN-001", "1", "117311.00", "JNC", "LGPS", "2010-09-01"},
    {"P-0002", "Dr Sam Whitfield", "C-0002", "BCCG", "BN-002", "1", "125000.00", "VSM", "NHSPS", "2013-04-01"},
    {"P-0003", "Jo Farrant", "C-0003", "BNES", "BN-003", "1", "98500.00", "JNC", "LGPS", "2011-02-14"},
    {"P-0004", "Dr Bruce Laurence", "C-0004", "BNES", "BN-004", "1", "105000.00", "JNC", "NHSPS", "2013-04-01"},
    {"P-0005", "Sarah James", "C-0005", "BCCG", "BN-005", "1", "97000.00", "VSM", "NHSPS", "2013-04-01"},
    {"P-0006", "Tim Richens", "C-0006", "BNES", "BN-006", "1", "110000.00", "JNC", "LGPS", "2009-06-01"},
    {"P-0007", "Mike Bowden", "C-0007", "BNES", "BN-007", "1", "72500.00", "JNC", "LGPS", "2008-01-07"},
    {"P-0008", "Rachel Hill", "C-0008", "BNES", "BN-008", "1", "71000.00", "JNC", "LGPS", "2012-03-05"},
    {"P-0009", "Andrea Pearce", "C-0009", "BCCG", "BN-009", "1", "58698.00", "AfC", "NHSPS", "2013-04-01"},
    {"P-0010", "Lesley Hutchinson", "C-0010", "BNES", "BN-010", "1", "48000.00", "NJC", "LGPS", "2006-10-02"},
    {"P-0011", "Kate Morton", "C-0011", "BNES", "BN-011", "1", "47500.00", "NJC", "LGPS", "2010-05-10"},
    {"P-0012", "Ruth Gamble", "C-0012", "BCCG", "BN-012", "1", "47088.00", "AfC", "NHSPS", "2013-04-01"},
    {"P-0013", "Emma Bailey", "C-0013", "BNES", "BN-013", "0.8", "38000.00", "NJC", "LGPS", "2014-01-06"},
    {"P-0014", "Catherine Phillips", "C-0014", "BCCG", "BN-014", "1", "47088.00", "AfC", "NHSPS", "2013-04-01"},
    {"P-0015", "Tom Davies", "C-0015", "BCCG", "BN-015", "1", "45000.00", "AfC", "NHSPS", "2013-06-03"},
    {"P-0016", "Paul Sheehan", "C-0016", "BNES", "BN-016", "1", "39500.00", "NJC", "LGPS", "2013-09-02"},
    {"P-0017", "Gill Roberts", "C-0017", "BNES", "BN-017", "1", "33000.00", "NJC", "LGPS", "2011-11-14"},
    {"P-0018", "Sue Blackman", "C-0018", "BNES", "BN-018", "1", "32500.00", "NJC", "LGPS", "2012-07-02"},
    {"P-0019", "Helen Edelstyn", "C-0019", "BCCG", "BN-019", "1", "39239.00", "AfC", "NHSPS", "2013-04-01"},
    {"P-0020", "Andy Thomas", "C-0020", "BNES", "BN-020", "1", "40000.00", "NJC", "LGPS", "2009-04-20"},
    {"P-0021", "Derek Green", "C-0021", "BNES", "BN-021", "1", "29500.00", "NJC", "LGPS", "2012-01-09"},
    {"P-0022", "Maria Lopez", "C-0022", "BNES", "BN-023", "1", "36500.00", "NJC", "LGPS", "2010-10-04"},
    {"P-0023", "Chris Webb", "C-0023", "BCCG", "BN-024", "1", "31000.00", "AfC", "NHSPS", "2013-04-01"},
    {"P-0024", "Nadia Khan", "C-0024", "BNES", "BN-025", "0.6", "27000.00", "NJC", "LGPS", "2015-02-02"},
    {"P-0025", "Fiona Grant", "C-0025", "BCCG", "BN-026", "1", "47088.00", "AfC", "NHSPS", "2013-04-01"},
    {"P-0026", "Owen Price", "C-0026", "BNES", "BN-027", "1", "45500.00", "NJC", "LGPS", "2014-09-01"},
    {"P-0027", "Beth Collins", "C-0027", "BNES", "BN-028", "1", "39000.00", "NJC", "LGPS", "2012-05-14"},
    {"P-0028", "Dr Ian Orpen", "C-0028", "BCCG", "BN-029", "0.4", "40000.00", "AfC", "NHSPS", "2013-04-01"},
    {"P-0029", "Laura Evans", "C-0029", "BNES", "BN-030", "1", "37000.00", "NJC", "LGPS", "2014-04-01"},
    {"P-0030", "Graham Shaw", "C-0030", "BNES", "BN-032", "1", "30000.00", "NJC", "LGPS", "2007-03-12"},
    {"P-0031", "Alison Reed", "C-0031", "BNES", "BN-033", "1", "21500.00", "NJC", "LGPS", "2013-08-19"},
    {"P-0032", "Jane Porter", "C-0032", "BCCG", "BN-034", "0.5", "22000.00", "AfC", "NHSPS", "2013-04-01"},
    {"P-0033", "Karen Hughes", "C-0033", "BNES", "BN-035", "1", "26000.00", "NJC", "LGPS", "2011-06-06"},
    {"P-0034", "Steve Morris", "C-0034", "BCCG", "BN-036", "1", "39239.00", "AfC", "NHSPS", "2013-04-01"},
    {"P-0035", "Denise Carter", "C-0035", "BNES", "BN-038", "1", "65000.00", "JNC", "LGPS", "2013-10-01"},
    {"P-0036", "Richard Lowe", "C-0036", "BNES", "BN-040", "1", "46000.00", "NJC", "LGPS", "2010-01-04"},
    {"P-0037", "Terry Dafter", "C-0037", "SMBC", "SK-001", "1", "173596.00", "JNC", "LGPS", "2009-11-01"},
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

}  // namespace

void buildDemoRegister(Register& reg) {
  RecordService service(reg);
  WriteTransaction tx(reg);
  DemoHistory history(service);
  auto save = [&](const EntityDef& def, const std::string& key, Record fields, const char* validFrom) {
    history.create(def, key, std::move(fields), parseIsoDate(validFrom));
  };
  save(partnerDef(), "BNES", {{"name", "Bath and North East Somerset Council"}, {"kind", "council"}, {"nation", "england"}}, "2013-04-01");
  save(partnerDef(), "BCCG", {{"name", "Bath and North East Somerset Clinical Commissioning Group"}, {"kind", "nhs"}, {"nation", "england"}}, "2013-04-01");
  save(partnerDef(), "SMBC", {{"name", "Stockport Metropolitan Borough Council"}, {"kind", "council"}, {"nation", "england"}}, "2009-04-01");
  save(partnerDef(), "SPCT", {{"name", "NHS Stockport (Stockport Primary Care Trust)"}, {"kind", "nhs"}, {"nation", "england"}}, "2009-04-01");
  save(agreementDef(), "BNES-S113-2013",
       {{"title", "B&NES Joint Working Framework - Section 113 Agreement"},
        {"party_a", "BNES"}, {"party_b", "BCCG"},
        {"legal_basis", "Local Government Act 1972 s113; National Health Service Act 2006 s75"},
        {"in_force_from", "2013-04-01"}, {"next_review", "2014-04-01"}, {"notice_months", "6"},
        {"protocol_version", "1"},
        {"party_a_approved_by", "B&NES Council Cabinet"}, {"party_a_approved_on", "2013-03-13"},
        {"party_b_approved_by", "B&NES CCG Governing Body"}, {"party_b_approved_on", "2013-03-28"}},
       "2013-04-01");
  save(agreementDef(), "STOCKPORT-2009",
       {{"title", "Stockport joint Corporate Director Adults / PCT Chief Executive arrangement"},
        {"party_a", "SMBC"}, {"party_b", "SPCT"},
        {"legal_basis", "Local Government Act 1972 s113"},
        {"in_force_from", "2009-11-01"}, {"next_review", "2010-11-01"}, {"notice_months", "3"},
        {"protocol_version", "1"},
        {"party_a_approved_by", "Stockport Appointments Committee"}, {"party_a_approved_on", "2009-09-24"},
        {"party_b_approved_by", "NHS Stockport Board"}, {"party_b_approved_on", "2009-10-07"}},
       "2009-11-01");
  for (const auto& p : kPosts) {
    Record fields{{"title", p.title}, {"grade", p.grade}, {"fte", p.fte}, {"employer", p.employer},
                  {"host", p.host}, {"kind", p.kind}, {"statutory_role", p.statutoryRole},
                  {"registration", p.registration}, {"designated_employer", p.designated},
                  {"functional_split", p.split}, {"line_manager", ""}, {"status", p.status},
                  {"agreement", p.agreement}};
    save(postDef(), p.ref, fields, p.ref[0] == 'S' ? "2009-11-01" : "2013-04-01");
  }
  // Line managers second: a post may be managed by one listed after it.
  for (const auto& p : kPosts)
    if (*p.lineManager)
      history.change(postDef(), p.ref, {{"line_manager", p.lineManager}},
                     parseIsoDate(p.ref[0] == 'S' ? "2009-11-01" : "2013-04-01"));
  for (const auto& p : kPeople) {
    save(personDef(), p.ref, {{"name", p.name}}, p.start);
    save(contractDef(), p.contract,
         {{"person", p.ref}, {"employer", p.employer}, {"post", p.post}, {"fte", p.fte},
          {"annual_salary", p.salary}, {"pay_framework", p.framework}, {"pension_scheme", p.pension},
          {"start_date", p.start}, {"payroll_number", demoPayrollNumber(p)}},
         p.start);
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
