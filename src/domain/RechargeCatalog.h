// The recharge entities of the register (domain/Describe.h): the employer NI rate
// table and recharge agreements. Their field names are the columns of the
// exchange files ni_rates.csv, recharge_agreements.csv and
// cost_sharing_agreements.csv
// (docs/exchange-format.md, "Recharges") and of schema/0005_recharges.sql.
#pragma once
#include "domain/Catalog.h"

namespace s113 {

// One row of the effective-dated employer (secondary Class 1) NI table, keyed
// by the date it takes effect ("2013-04-06"): rate (a percentage) over the
// annual secondary threshold (money); fields described by NiRateRow
// (domain/entities/NiRate.h).
const EntityDef& niRateDef();

// A recharge agreement: who pays whom, for what, on which basis, and how it
// is invoiced (docs/domain.md "Recharge agreement"). Its fields are those
// RechargeAgreement describes (domain/entities/RechargeAgreement.h); the
// services turn one into s113::RechargeTerms (services/RechargeService.h).
const EntityDef& rechargeAgreementDef();

// A cost-sharing agreement: one cost incurred by the payee, shared among two
// or more partners (the payee's own part shown, never invoiced) by
// percentages with up to four decimals or by a driver's counts (headcount,
// FTE, population) kept as an exact ratio. The same fields as a recharge
// agreement without payer and share, plus split_by and parts
// ("BNES:512;BCCG:110"; domain/RechargeParts.h). File cost_sharing_agreements.csv;
// fields described by CostSharingAgreement (domain/entities/).
const EntityDef& costSharingAgreementDef();

}  // namespace s113
