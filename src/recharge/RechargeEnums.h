// The closed vocabularies of a recharge agreement, with one spelling each in
// files, the database and the CLI. They reuse the EnumSpelling tables of
// domain/Enums.h, so toString(value) and parseEnum<E>(text) work for them too;
// parse throws std::invalid_argument listing the allowed values.
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
