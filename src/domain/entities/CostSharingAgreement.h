// A cost-sharing agreement: one cost incurred by the payee, shared among two
// or more partners (domain/RechargeCatalog.h). The same cost and invoicing as
// a recharge agreement (AgreementCost), without payer and share, with the
// split and its parts; declared once, here.
#pragma once
#include <string>

#include "domain/entities/RechargeAgreement.h"

namespace s113 {

struct CostSharingAgreement {
  std::string ref;  // the key: "CS-001"
  RecordKey payee;  // incurs the cost
  SplitBy splitBy = SplitBy::Percentage;
  // "BNES:512;BCCG:110" (domain/RechargeParts.h). Kept as written, so an
  // export gives back the cell imported; parsed where costed.
  std::string parts;
  AgreementCost cost;
  std::string payeeCostCentre, payeeAccount;  // the payee's ledger codes; each payer keeps its own
};

template <class Visitor>
void describe(Visitor& v, CostSharingAgreement& a) {
  v.key("ref", a.ref);
  v.ref("payee", "Payee (incurs the cost)", "partner", a.payee, Required::Yes);
  v.choice("split_by", "Split by", a.splitBy);
  v.text("parts", "Parts (CODE:number;...: percentages or the driver's counts)", a.parts, Required::Yes);
  describeWhat(v, a.cost);
  describeHow(v, a.cost);
  v.text("payee_cost_centre", "Payee's cost centre (ledger journal)", a.payeeCostCentre, Required::No);
  v.text("payee_account", "Payee's account code (ledger journal)", a.payeeAccount, Required::No);
}

}  // namespace s113
