// Recharges plugged into the shared services: the cross-checks of every
// recharge agreement write, and the demo's agreements (docs/domain.md "Worked
// examples" plus ordinary S113 recharges in 2013/14).
#include <map>

#include "domain/RechargeCatalog.h"
#include "domain/Validation.h"
#include "services/DemoHistory.h"
#include "services/Hooks.h"
#include "storage/VersionStore.h"
#include "services/RechargeService.h"
#include "services/TypedRecords.h"

namespace s113 {

void rechargeCrossChecks(Register& reg, const Edit& edit) { checkRechargeEdit(reg, edit); }

namespace {

// What kind of record an agreement of either kind covers.
struct CoveredKind {
  std::string ref;
  CoversKind kind = CoversKind::Other;
};

template <class Visitor>
void describe(Visitor& v, CoveredKind& c) {
  v.key("ref", c.ref);
  v.choice("covers_kind", "Covers (kind)", c.kind);
}

}  // namespace

std::vector<std::string> rechargesCovering(Register& reg, const EntityDef& def, const std::string& key) {
  std::vector<std::string> users;
  for (const EntityDef* recharges : {&rechargeAgreementDef(), &costSharingAgreementDef()})
    for (const auto& ref : VersionStore(reg, *recharges).liveKeysWhere("covers_ref", key))
      if (auto covered = latestLive<CoveredKind>(reg, *recharges, ref);
          covered && toString(covered->kind) == def.name)  // a kind is spelt as its entity's name
        users.push_back(recordLabel(*recharges, ref));
  return users;
}

namespace {

struct DemoAgreement {
  const char* ref;
  const char* validFrom;
  Record fields;
};

Record terms(Record specific) {
  Record fields{{"on_costs", "none"},      {"part_period", "calendar_day"},
                {"frequency", "monthly"},  {"vat", "outside_scope"},
                {"vat_confirmed", "true"}, {"netting_allowed", "true"}};
  for (auto& [k, v] : specific) fields[k] = v;
  return fields;
}

const std::vector<DemoAgreement>& demoAgreements() {
  static const std::vector<DemoAgreement> list = {
      // B&NES 2009: £345,000 joint management cost shared equally; the
      // council's £172,500 phased £95,000, then £38,750 and £38,750. The NHS
      // partner was then NHS B&NES (the PCT), succeeded by the CCG in 2013.
      {"RA-BNES-2009", "2009-04-01",
       terms({{"payer", "BNES"},
              {"payee", "BCCG"},
              {"covers_kind", "other"},
              {"description",
               "Joint management team (2009 report): 345,000.00 shared equally with NHS B&NES "
               "(then the PCT); the "
               "council's 172,500.00 phased over three years"},
              {"basis", "fixed_total"},
              {"fixed_total", "172500.00"},
              {"phasing", "2009/10:95000.00;2010/11:38750.00;2011/12:38750.00"},
              {"share", "50"},
              {"frequency", "quarterly"},
              {"netting_allowed", "false"},
              {"start_date", "2009-04-01"},
              {"end_date", "2012-03-31"}})},
      // Stockport: the joint Corporate Director / PCT Chief Executive on
      // 173,596 employed by the council, costs shared 50/50: 86,798 a year.
      {"RA-SK-001", "2009-11-01",
       terms(
           {{"payer", "SPCT"},
            {"payee", "SMBC"},
            {"covers_kind", "post"},
            {"covers_ref", "SK-001"},
            {"description",
             "Joint Corporate Director Adults and Communities / PCT Chief Executive, shared 50/50"},
            {"basis", "actual_cost"},
            {"cost_contract", "C-0037"},
            {"share", "50"},
            {"frequency", "annual"},
            {"netting_allowed", "false"},
            {"start_date", "2009-11-01"}})},
      // A council officer working 3 days for the council and 2 for the CCG:
      // the council's share is 117,311 x 3/5 = 70,386.60; the CCG pays an
      // agreed fixed fee instead of its 2/5 pro-rata (46,924.40).
      {"RA-BN-001-FEE", "2013-04-01",
       terms({{"payer", "BCCG"},
              {"payee", "BNES"},
              {"covers_kind", "contract"},
              {"covers_ref", "C-0001"},
              {"description",
               "Strategic Director 3 days council / 2 days CCG: agreed fixed fee for the CCG's 2 "
               "days"},
              {"basis", "fixed_annual"},
              {"fixed_annual", "45000.00"},
              {"share", "40"},
              {"frequency", "annual"},
              {"start_date", "2013-04-01"}})},
      // Ordinary S113 recharges from 2013/14, on the posts' functional splits,
      // with itemised on-costs (no apprenticeship levy before April 2017).
      {"RA-2013-MH", "2013-04-01",
       terms({{"payer", "BNES"},
              {"payee", "BCCG"},
              {"covers_kind", "post"},
              {"covers_ref", "BN-009"},
              {"description",
               "Senior Commissioning Manager - Mental Health (CCG employee): the council's 40%"},
              {"basis", "actual_cost"},
              {"cost_contract", "C-0009"},
              {"share", "40"},
              {"on_costs", "itemised"},
              {"pension_rate", "14"},
              {"levy_rate", "0"},
              {"start_date", "2013-04-01"}})},
      {"RA-2013-ADULTS", "2013-04-01",
       terms({{"payer", "BCCG"},
              {"payee", "BNES"},
              {"covers_kind", "post"},
              {"covers_ref", "BN-007"},
              {"description",
               "Head of Commissioning - Adults and Health (council employee): the CCG's 40%"},
              {"basis", "actual_cost"},
              {"cost_contract", "C-0007"},
              {"share", "40"},
              {"on_costs", "itemised"},
              {"pension_rate", "13.4"},
              {"levy_rate", "0"},
              {"frequency", "quarterly"},
              {"vat", "standard"},
              {"vat_confirmed", "false"},
              {"start_date", "2013-04-01"}})},
      {"RA-2013-SUBST", "2013-09-02",
       terms({{"payer", "BCCG"},
              {"payee", "BNES"},
              {"covers_kind", "post"},
              {"covers_ref", "BN-016"},
              {"description",
               "Commissioning Manager - Substance Misuse from 2 September 2013: the CCG's 20%"},
              {"basis", "actual_cost"},
              {"cost_contract", "C-0016"},
              {"share", "20"},
              {"on_costs", "flat"},
              {"on_cost_rate", "28"},
              {"netting_allowed", "false"},
              {"start_date", "2013-09-02"}})},
  };
  return list;
}

// Each sample partner's ledger codes for joint recharges (invented, in the
// style of a council's and a CCG's ledgers): its cost centre, the account it
// books recharges paid to as payer and recharges received in as payee.
struct DemoLedger {
  const char* costCentre;
  const char* paidAccount;
  const char* receivedAccount;
};

const std::map<std::string, DemoLedger>& demoLedgers() {
  static const std::map<std::string, DemoLedger> ledgers = {
      {"BNES", {"BN-ASC-07", "5610", "9410"}},
      {"BCCG", {"CCG-COMM-01", "5201", "8120"}},
      {"SMBC", {"SK-CORP-02", "5610", "9410"}},
      {"SPCT", {"SPCT-EXEC-01", "5201", "8120"}},
  };
  return ledgers;
}

// The agreement's terms with the codes of each side recorded on it.
Record withLedgerCodes(Record fields) {
  const auto& ledgers = demoLedgers();
  if (auto payer = ledgers.find(valueOf(fields, "payer")); payer != ledgers.end()) {
    fields["payer_cost_centre"] = payer->second.costCentre;
    fields["payer_account"] = payer->second.paidAccount;
  }
  if (auto payee = ledgers.find(valueOf(fields, "payee")); payee != ledgers.end()) {
    fields["payee_cost_centre"] = payee->second.costCentre;
    fields["payee_account"] = payee->second.receivedAccount;
  }
  return fields;
}

}  // namespace

void addDemoRecharges(DemoHistory& history) {
  for (const auto& a : demoAgreements())
    history.create(rechargeAgreementDef(), a.ref, withLedgerCodes(a.fields), parseIsoDate(a.validFrom), kCcgHr);
}

}  // namespace s113
