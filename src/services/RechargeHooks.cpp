// Recharges plugged into the shared services: the cross-checks of every
// recharge agreement write, and the demo's agreements (docs/domain.md "Worked
// examples" plus ordinary S113 recharges in 2013/14).
#include <map>

#include "domain/RechargeCatalog.h"
#include "domain/entities/RechargeAgreement.h"
#include "domain/Validation.h"
#include "services/DemoHistory.h"
#include "services/DemoValues.h"
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

// The sample's usual terms: invoiced monthly by calendar day, outside the
// scope of VAT (confirmed), netted against the other side's invoices, no
// on-costs. Each agreement says where it differs.
RechargeAgreement usualTerms(const char* ref, const char* payer, const char* payee) {
  RechargeAgreement a;
  a.ref = ref;
  a.payer = {payer};
  a.payee = {payee};
  a.cost.onCosts = OnCostKind::None;
  a.cost.partPeriod = PartPeriodMethod::CalendarDay;
  a.cost.frequency = InvoiceFrequency::Monthly;
  a.cost.vat = VatTreatment::OutsideScope;
  a.cost.vatConfirmed = true;
  a.cost.nettingAllowed = true;
  return a;
}

// The actual cost of a post, the salary of its holder's contract, of which
// the payer bears `share`.
RechargeAgreement postCost(const char* ref, const char* payer, const char* payee, const char* post,
                           const char* contract, BasisPoints share, const char* description) {
  RechargeAgreement a = usualTerms(ref, payer, payee);
  a.cost.coversKind = CoversKind::Post;
  a.cost.coversRef = post;
  a.cost.description = description;
  a.cost.basis = RechargeBasis::ActualCost;
  a.cost.costContract = {contract};
  a.share = share;
  return a;
}

// B&NES 2009: £345,000 joint management cost shared equally; the council's
// £172,500 phased £95,000, then £38,750 and £38,750. The NHS partner was then
// NHS B&NES (the PCT), succeeded by the CCG in 2013.
RechargeAgreement bnesJointManagement2009() {
  RechargeAgreement a = usualTerms("RA-BNES-2009", "BNES", "BCCG");
  a.cost.coversKind = CoversKind::Other;
  a.cost.description =
      "Joint management team (2009 report): 345,000.00 shared equally with NHS B&NES "
      "(then the PCT); the "
      "council's 172,500.00 phased over three years";
  a.cost.basis = RechargeBasis::FixedTotal;
  a.cost.fixedTotal = pounds(172500);
  a.cost.phasing = "2009/10:95000.00;2010/11:38750.00;2011/12:38750.00";  // a text field (RechargeAgreement.h)
  a.share = percent(50);
  a.cost.frequency = InvoiceFrequency::Quarterly;
  a.cost.nettingAllowed = false;
  a.cost.start = Date(2009, 4, 1);
  a.cost.end = Date(2012, 3, 31);
  return a;
}

// Stockport: the joint Corporate Director / PCT Chief Executive on 173,596
// employed by the council, costs shared 50/50: 86,798 a year.
RechargeAgreement stockportJointDirector() {
  RechargeAgreement a =
      postCost("RA-SK-001", "SPCT", "SMBC", "SK-001", "C-0037", percent(50),
               "Joint Corporate Director Adults and Communities / PCT Chief Executive, shared 50/50");
  a.cost.frequency = InvoiceFrequency::Annual;
  a.cost.nettingAllowed = false;
  a.cost.start = Date(2009, 11, 1);
  return a;
}

// A council officer working 3 days for the council and 2 for the CCG: the
// council's share is 117,311 x 3/5 = 70,386.60; the CCG pays an agreed fixed
// fee instead of its 2/5 pro-rata (46,924.40).
RechargeAgreement strategicDirectorFee() {
  RechargeAgreement a = usualTerms("RA-BN-001-FEE", "BCCG", "BNES");
  a.cost.coversKind = CoversKind::Contract;
  a.cost.coversRef = "C-0001";
  a.cost.description =
      "Strategic Director 3 days council / 2 days CCG: agreed fixed fee for the CCG's 2 "
      "days";
  a.cost.basis = RechargeBasis::FixedAnnual;
  a.cost.fixedAnnual = pounds(45000);
  a.share = percent(40);
  a.cost.frequency = InvoiceFrequency::Annual;
  a.cost.start = Date(2013, 4, 1);
  return a;
}

// Ordinary S113 recharges from 2013/14, on the posts' functional splits, with
// itemised on-costs (no apprenticeship levy before April 2017).
RechargeAgreement mentalHealth2013() {
  RechargeAgreement a =
      postCost("RA-2013-MH", "BNES", "BCCG", "BN-009", "C-0009", percent(40),
               "Senior Commissioning Manager - Mental Health (CCG employee): the council's 40%");
  a.cost.onCosts = OnCostKind::Itemised;
  a.cost.pensionRate = percent(14);
  a.cost.levyRate = percent(0);
  a.cost.start = Date(2013, 4, 1);
  return a;
}

RechargeAgreement adults2013() {
  RechargeAgreement a =
      postCost("RA-2013-ADULTS", "BCCG", "BNES", "BN-007", "C-0007", percent(40),
               "Head of Commissioning - Adults and Health (council employee): the CCG's 40%");
  a.cost.onCosts = OnCostKind::Itemised;
  a.cost.pensionRate = BasisPoints(1340);  // 13.4%
  a.cost.levyRate = percent(0);
  a.cost.frequency = InvoiceFrequency::Quarterly;
  a.cost.vat = VatTreatment::Standard;
  a.cost.vatConfirmed = false;
  a.cost.start = Date(2013, 4, 1);
  return a;
}

RechargeAgreement substanceMisuse2013() {
  RechargeAgreement a =
      postCost("RA-2013-SUBST", "BCCG", "BNES", "BN-016", "C-0016", percent(20),
               "Commissioning Manager - Substance Misuse from 2 September 2013: the CCG's 20%");
  a.cost.onCosts = OnCostKind::Flat;
  a.cost.onCostRate = percent(28);
  a.cost.nettingAllowed = false;
  a.cost.start = Date(2013, 9, 2);
  return a;
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

// The agreement with the codes of each side recorded on it.
RechargeAgreement withLedgerCodes(RechargeAgreement a) {
  const auto& ledgers = demoLedgers();
  if (auto payer = ledgers.find(a.payer.value); payer != ledgers.end()) {
    a.payerCostCentre = payer->second.costCentre;
    a.payerAccount = payer->second.paidAccount;
  }
  if (auto payee = ledgers.find(a.payee.value); payee != ledgers.end()) {
    a.payeeCostCentre = payee->second.costCentre;
    a.payeeAccount = payee->second.receivedAccount;
  }
  return a;
}

}  // namespace

// Each agreement takes effect from its start.
void addDemoRecharges(DemoHistory& history) {
  for (const RechargeAgreement& a : {bnesJointManagement2009(), stockportJointDirector(), strategicDirectorFee(),
                                     mentalHealth2013(), adults2013(), substanceMisuse2013()})
    history.create(rechargeAgreementDef(), withLedgerCodes(a), a.cost.start, kCcgHr);
}

}  // namespace s113
