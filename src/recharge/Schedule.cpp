#include "recharge/Schedule.h"

#include "domain/RechargeParts.h"
#include "recharge/InvoicingPeriods.h"
#include "recharge/LargestRemainder.h"
#include "recharge/LineCosting.h"
#include "recharge/ParallelLines.h"
#include "recharge/PartPeriod.h"

#include <algorithm>
#include <stdexcept>

namespace s113 {

Pence vatOn(Pence net, VatTreatment treatment) {
  return treatment == VatTreatment::Standard ? applyShare(net, kStandardVatBp) : Pence(0);
}

std::string toString(LineKind kind) {
  switch (kind) {
    case LineKind::Adjustment:
      return "adjustment";
    case LineKind::TrueUp:
      return "true_up";
    case LineKind::Charge:
      break;
  }
  return "charge";
}

LineKind parseLineKind(const std::string& text) {
  if (text == "charge") return LineKind::Charge;
  if (text == "adjustment") return LineKind::Adjustment;
  if (text == "true_up") return LineKind::TrueUp;
  throw std::invalid_argument("'" + text + "' is not a line kind (charge, adjustment, true_up)");
}

namespace {

using detail::ExactCosts;
using detail::ExactPence;

struct ActivePeriod {
  Period period;  // the invoicing period
  Period active;  // the part of it the agreement runs
};

ScheduleLine startLine(const RechargeTerms& terms, const ActivePeriod& pa) {
  ScheduleLine line;
  line.agreementKey = terms.key;
  line.payer = terms.payer;
  line.payee = terms.payee;
  line.covers = terms.covers;
  line.period = pa.period;
  line.active = pa.active;
  line.daysActive = pa.active.days();
  line.weekdaysActive = weekdaysIn(pa.active);
  line.invoiceDate = invoiceDate(pa.period);
  line.vatTreatment = terms.vat;
  line.vatConfirmed = terms.vatConfirmed;
  line.nettingAllowed = terms.nettingAllowed;
  line.codes = terms.codes;
  if (terms.basis == RechargeBasis::ActualCost && terms.parts.empty())
    line.share = formatPercent(terms.shareBp) + "%";
  return line;
}

// The periods of the year the agreement runs in, with the part it runs: the
// agreement's stretch of that year.
std::vector<ActivePeriod> activePeriods(const RechargeTerms& terms, const FinancialYear& year) {
  std::vector<ActivePeriod> result;
  for (const Period& period : invoicingPeriods(terms.frequency, year))
    if (auto active = terms.activeWithin(period)) result.push_back({period, *active});
  return result;
}

// A fixed_total's phasing row for the year, spread over the stretch in
// proportion to each period's part-period units (calendar days where the
// stretch has no weekday at all, so the row is still charged in full).
std::vector<ExactCosts> phasedExact(const RechargeTerms& terms, const FinancialYear& year,
                                    const std::vector<ActivePeriod>& periods) {
  Pence amount{0};
  for (const auto& p : terms.phasing)
    if (p.year == year) amount = p.amount;
  std::vector<std::int64_t> weights;
  std::int64_t weightSum = 0;
  for (const auto& pa : periods) {
    weights.push_back(unitsIn(terms.partPeriod, pa.active));
    weightSum += weights.back();
  }
  if (weightSum == 0) {
    weights.clear();
    for (const auto& pa : periods) weightSum += weights.emplace_back(pa.active.days());
  }
  std::vector<ExactCosts> exact(periods.size());
  for (std::size_t i = 0; i < periods.size(); ++i)
    exact[i].pay = ExactPence(ExactPence::Whole(amount.value()) * weights[i], weightSum);
  return exact;
}

bool hasPhasingRow(const RechargeTerms& terms, const FinancialYear& year) {
  for (const auto& p : terms.phasing)
    if (p.year == year) return true;
  return false;
}

// Each figure of period i is round(exact sum of periods 0..i) minus
// round(exact sum of periods 0..i-1): the stretch is rounded once, the
// periods add up to it, and none is negative while the exact figures are not.
struct CumulativeRounding {
  ExactCosts sum;
  OnCostAmounts roundedItems;
  Pence roundedPay{0};

  void next(const ExactCosts& period, ScheduleLine& line) {
    sum += period;
    auto step = [](const ExactPence& total, Pence& rounded) {
      const Pence now = total.rounded();
      const Pence part = now - rounded;
      rounded = now;
      return part;
    };
    line.pay = step(sum.pay, roundedPay);
    line.onCostItems.employerNi = step(sum.employerNi, roundedItems.employerNi);
    line.onCostItems.pension = step(sum.pension, roundedItems.pension);
    line.onCostItems.apprenticeshipLevy =
        step(sum.apprenticeshipLevy, roundedItems.apprenticeshipLevy);
    line.onCostItems.flat = step(sum.flat, roundedItems.flat);
  }
};

void finishLine(ScheduleLine& line) {
  line.onCosts = line.onCostItems.total();
  line.net = line.pay + line.onCosts;
  line.vat = line.invoiced ? vatOn(line.net, line.vatTreatment) : Pence(0);
  line.total = line.net + line.vat;
}

std::string partShare(const RechargeTerms& terms, const CostPart& part) {
  if (terms.partsArePercentages) return formatPartWeight(part.weight) + "%";
  std::int64_t sum = 0;
  for (const auto& p : terms.parts) sum += p.weight;
  return formatPartWeight(part.weight) + "/" + formatPartWeight(sum);
}

// The whole cost's line split among the parts: each figure by largest
// remainder, so the parts of each figure add up to it exactly. Each part's
// line starts as a copy of the whole; the last part takes the whole itself.
void addPartLines(const RechargeTerms& terms, ScheduleLine&& whole, const LineVisitor& visit) {
  std::vector<std::int64_t> weights;
  weights.reserve(terms.parts.size());
  for (const auto& part : terms.parts) weights.push_back(part.weight);
  auto split = [&](Pence figure) { return splitByLargestRemainder(figure, weights); };
  const auto pay = split(whole.pay), ni = split(whole.onCostItems.employerNi),
             pension = split(whole.onCostItems.pension),
             levy = split(whole.onCostItems.apprenticeshipLevy), flat = split(whole.onCostItems.flat);
  whole.codes.payerCostCentre.clear();  // each part's payer posts to its own ledger
  whole.codes.payerAccount.clear();
  for (std::size_t i = 0; i < terms.parts.size(); ++i) {
    const bool last = i + 1 == terms.parts.size();
    ScheduleLine line = last ? ScheduleLine(std::move(whole)) : ScheduleLine(whole);
    line.payer = terms.parts[i].partner;
    line.share = partShare(terms, terms.parts[i]);
    line.invoiced = line.payer != terms.payee;
    line.pay = pay[i];
    line.onCostItems = {ni[i], pension[i], levy[i], flat[i]};
    finishLine(line);
    visit(std::move(line));
  }
}

}  // namespace

void forEachLineOf(const RechargeTerms& terms, const FinancialYear& year, const NiRateTable& niRates,
                   const LineVisitor& visit) {
  if (terms.basis == RechargeBasis::FixedTotal && !hasPhasingRow(terms, year)) return;
  const auto periods = activePeriods(terms, year);
  if (periods.empty()) return;
  std::vector<ExactCosts> exact;
  if (terms.basis == RechargeBasis::FixedTotal) {
    exact = phasedExact(terms, year, periods);
  } else {
    exact.reserve(periods.size());
    for (const auto& pa : periods) exact.push_back(detail::costSlice(terms, pa.active, niRates));
  }
  CumulativeRounding rounding;
  for (std::size_t i = 0; i < periods.size(); ++i) {
    ScheduleLine line = startLine(terms, periods[i]);
    rounding.next(exact[i], line);
    finishLine(line);
    if (terms.parts.empty())
      visit(std::move(line));
    else
      addPartLines(terms, std::move(line), visit);
  }
}

namespace {

// An upper bound of the lines of a year (every agreement active in every
// period), so the lines are never moved while the schedule grows.
std::size_t linesAtMost(const std::vector<RechargeTerms>& agreements) {
  std::size_t lines = 0;
  for (const auto& terms : agreements) {
    const std::size_t periods = terms.frequency == InvoiceFrequency::Monthly     ? 12
                                : terms.frequency == InvoiceFrequency::Quarterly ? 4
                                                                                 : 1;
    lines += periods * std::max<std::size_t>(1, terms.parts.size());
  }
  return lines;
}

}  // namespace

Schedule schedule(const std::vector<RechargeTerms>& agreements, const FinancialYear& year,
                  const NiRateTable& niRates) {
  for (const auto& terms : agreements) validate(terms);
  Schedule result;
  result.year = year;
  result.lines.reserve(linesAtMost(agreements));
  forEachLineOfAll(agreements, year, niRates, [&](ScheduleLine&& line) { result.lines.push_back(std::move(line)); });
  return result;
}

}  // namespace s113
