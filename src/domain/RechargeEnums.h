// The closed vocabularies of a recharge or cost-sharing agreement, with one
// spelling each in files, the database and the CLI. They reuse the
// EnumSpelling tables of domain/Enums.h, so toString(value) and
// parseEnum<E>(text) work for them too; parse throws std::invalid_argument
// listing the allowed values. Domain-level, so the agreements' descriptions
// (domain/entities/) and the recharge engine share them.
#pragma once
#include <string>
#include <vector>

#include "domain/Enums.h"

namespace s113 {

// What the payer is charged for: a share of the actual cost, a fixed fee per
// year, or a fixed sum phased over financial years.
enum class RechargeBasis { ActualCost, FixedAnnual, FixedTotal };
// How an annual figure is cut down to part of a year (docs/domain.md "Money").
enum class PartPeriodMethod { CalendarDay, Monthly, WorkingDay };
// How often the payee invoices, always in arrears.
enum class InvoiceFrequency { Monthly, Quarterly, Annual };
// VAT on the supply: standard is 20%; the others carry none.
enum class VatTreatment { OutsideScope, Standard, Exempt };
// On-costs on top of pay for actual-cost agreements.
enum class OnCostKind { None, Flat, Itemised };
// The kind of record an agreement covers: spelled as that entity's name
// (domain/Catalog.h), or "other" for a cost no record holds.
enum class CoversKind { Post, Contract, Placement, JointPost, SingleManagerContract, Other };
// What a cost-sharing agreement's parts are: percentages or a driver's counts.
enum class SplitBy { Percentage, Headcount, Fte, Population, OtherCount };

template <>
const std::vector<EnumSpelling<RechargeBasis>>& spellings<RechargeBasis>();
template <>
const std::vector<EnumSpelling<PartPeriodMethod>>& spellings<PartPeriodMethod>();
template <>
const std::vector<EnumSpelling<InvoiceFrequency>>& spellings<InvoiceFrequency>();
template <>
const std::vector<EnumSpelling<VatTreatment>>& spellings<VatTreatment>();
template <>
const std::vector<EnumSpelling<OnCostKind>>& spellings<OnCostKind>();
template <>
const std::vector<EnumSpelling<CoversKind>>& spellings<CoversKind>();
template <>
const std::vector<EnumSpelling<SplitBy>>& spellings<SplitBy>();

// Named parsers for callers that read one column at a time, e.g.
// parseRechargeBasis("fixed_total") == RechargeBasis::FixedTotal.
inline RechargeBasis parseRechargeBasis(const std::string& t) {
  return parseEnum<RechargeBasis>(t);
}
inline PartPeriodMethod parsePartPeriodMethod(const std::string& t) {
  return parseEnum<PartPeriodMethod>(t);
}
inline InvoiceFrequency parseInvoiceFrequency(const std::string& t) {
  return parseEnum<InvoiceFrequency>(t);
}
inline VatTreatment parseVatTreatment(const std::string& t) { return parseEnum<VatTreatment>(t); }
inline OnCostKind parseOnCostKind(const std::string& t) { return parseEnum<OnCostKind>(t); }

}  // namespace s113
