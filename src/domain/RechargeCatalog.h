// The recharge entities of the register (see Record.h): the employer NI rate
// table and recharge agreements. Their field names are the columns of the
// exchange files ni_rates.csv and recharge_agreements.csv
// (docs/exchange-format.md, "Recharges") and of schema/0005_recharges.sql.
#pragma once
#include "domain/Catalog.h"

namespace s113 {

// One row of the effective-dated employer (secondary Class 1) NI table, keyed
// by the date it takes effect ("2013-04-06"): rate (a percentage) over the
// annual secondary threshold (money).
const EntityDef& niRateDef();

// A recharge agreement: who pays whom, for what, on which basis, and how it
// is invoiced (DESIGN.md "Recharge agreement"). The services turn a record
// into s113::RechargeTerms (services/RechargeService.h).
const EntityDef& rechargeAgreementDef();

}  // namespace s113
