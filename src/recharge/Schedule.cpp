#include "recharge/Schedule.h"

#include "recharge/InvoicingPeriods.h"
#include "recharge/LargestRemainder.h"
#include "recharge/LineCosting.h"
#include "recharge/PartPeriod.h"

namespace s113 {

Pence vatOn(Pence net, VatTreatment treatment) {
  return treatment == VatTreatment::Standard ? applyShare(net, kStandardVatBp) : 0;
}

namespace {

ScheduleLine startLine(const RechargeTerms& terms, const Period& period, const Period& active) {
  ScheduleLine line;
  line.agreementKey = terms.key;
  line.payer = terms.payer;
  line.payee = terms.payee;
  line.covers = terms.covers;
  line.period = period;
  line.active = active;
  line.daysActive = active.days();
  line.invoiceDate = invoiceDate(period);
  line.vatTreatment = terms.vat;
  line.vatConfirmed = terms.vatConfirmed;
  line.nettingAllowed = terms.nettingAllowed;
  return line;
}

void finishLine(ScheduleLine& line) {
  line.onCosts = line.onCostItems.total();
  line.net = line.pay + line.onCosts;
  line.vat = vatOn(line.net, line.vatTreatment);
  line.total = line.net + line.vat;
}

// The periods of the year the agreement runs in, with the part it runs.
std::vector<std::pair<Period, Period>> activePeriods(const RechargeTerms& terms,
                                                     const FinancialYear& year) {
  std::vector<std::pair<Period, Period>> result;
  for (const Period& period : invoicingPeriods(terms.frequency, year))
    if (auto active = terms.activeWithin(period)) result.emplace_back(period, *active);
  return result;
}

// Spreads a year's amount over the periods the agreement runs in, by
// largest remainder weighted by each period's part of the year, so the
// periods add up exactly to the year's amount.
void addSplitLines(const RechargeTerms& terms, const std::vector<std::pair<Period, Period>>& periods,
                   Pence amount, std::vector<ScheduleLine>& out) {
  std::vector<std::int64_t> weights;
  std::int64_t weightSum = 0;
  for (const auto& pa : periods) {
    weights.push_back(unitsIn(terms.partPeriod, pa.second));
    weightSum += weights.back();
  }
  // working_day over weekend-only days gives no weight; fall back to calendar
  // days so the year's amount is still charged in full.
  if (weightSum == 0)
    for (std::size_t i = 0; i < periods.size(); ++i) weights[i] = periods[i].second.days();
  const std::vector<Pence> parts = splitByLargestRemainder(amount, weights);
  for (std::size_t i = 0; i < periods.size(); ++i) {
    ScheduleLine line = startLine(terms, periods[i].first, periods[i].second);
    line.pay = parts[i];
    finishLine(line);
    out.push_back(line);
  }
}

void addFixedTotalLines(const RechargeTerms& terms, const FinancialYear& year,
                        std::vector<ScheduleLine>& out) {
  const PhasedAmount* row = nullptr;
  for (const auto& p : terms.phasing)
    if (p.year == year) row = &p;
  if (!row) return;
  auto periods = activePeriods(terms, year);
  if (!periods.empty()) addSplitLines(terms, periods, row->amount, out);
}

// A fixed annual fee: the year's share of it is prorated once over every day
// the agreement runs in the year and rounded once, then spread over the
// invoicing periods, so four quarters of a whole year add up to the fee
// exactly rather than to four separately rounded quarters.
void addFixedAnnualLines(const RechargeTerms& terms, const FinancialYear& year,
                         std::vector<ScheduleLine>& out) {
  auto periods = activePeriods(terms, year);
  if (periods.empty()) return;
  std::int64_t units = 0;
  for (const auto& pa : periods) units += unitsIn(terms.partPeriod, pa.second);
  const Pence amount = mulDivRoundHalfUp(terms.fixedAnnual, units, unitsPerYear(terms.partPeriod, year));
  addSplitLines(terms, periods, amount, out);
}

void addCostedLines(const RechargeTerms& terms, const FinancialYear& year,
                    const NiRateTable& niRates, std::vector<ScheduleLine>& out) {
  for (const auto& pa : activePeriods(terms, year)) {
    ScheduleLine line = startLine(terms, pa.first, pa.second);
    const detail::SliceCosts costs = detail::costSlice(terms, pa.second, niRates);
    line.pay = costs.pay;
    line.onCostItems = costs.onCosts;
    finishLine(line);
    out.push_back(line);
  }
}

}  // namespace

Schedule schedule(const std::vector<RechargeTerms>& agreements, const FinancialYear& year,
                  const NiRateTable& niRates) {
  for (const auto& terms : agreements) validate(terms);
  Schedule result;
  result.year = year;
  for (const auto& terms : agreements) {
    if (terms.basis == RechargeBasis::FixedTotal)
      addFixedTotalLines(terms, year, result.lines);
    else if (terms.basis == RechargeBasis::FixedAnnual && terms.onCosts.kind == OnCostKind::None)
      addFixedAnnualLines(terms, year, result.lines);
    else
      addCostedLines(terms, year, niRates, result.lines);
  }
  return result;
}

}  // namespace s113
