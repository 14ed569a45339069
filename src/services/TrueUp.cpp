#include "services/TrueUp.h"

#include <map>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "domain/RechargeCatalog.h"
#include "domain/entities/PayrollPay.h"
#include "domain/entities/RechargeAgreement.h"
#include "recharge/InvoicingPeriods.h"
#include "recharge/LineCosting.h"
#include "services/ClosedPeriods.h"
#include "services/FinanceAccess.h"
#include "services/RechargeService.h"
#include "storage/AuditStore.h"
#include "storage/KeptRechargeStore.h"
#include "storage/TypedStore.h"

namespace s113 {
namespace {

using PayByMonth = std::map<Date, Pence>;  // first of the month -> gross pay

std::map<std::string, PayByMonth> importedPay(Register& reg, const FinancialYear& year) {
  std::map<std::string, PayByMonth> out;
  forEachLiveView<PayrollPay>(reg, payrollPayDef(), [&](PayrollPay&& pay) {
    const Date start = pay.periodStart;
    if (pay.contract.empty() || !year.period().contains(start)) return;
    out[pay.contract.value][Date(start.year(), start.month(), 1)] += pay.grossPay;
  });
  return out;
}

std::vector<Date> monthsOf(const Period& stretch) {
  std::vector<Date> months;
  for (Date m(stretch.first.year(), stretch.first.month(), 1); m <= stretch.last;
       m += boost::gregorian::months(1))
    months.push_back(m);
  return months;
}

bool fullyClosed(Register& reg, const FinancialYear& year) {
  const auto closed = closedThrough(reg, year);
  return closed && *closed >= year.lastDay();
}

// What the schedule invoices for an agreement's part of `year`: its charges
// and the adjustments of the year's periods, wherever they are invoiced.
TrueUpFigures estimateOf(const RechargeTerms& t, const FinancialYear& year,
                         const std::vector<ScheduleLine>& lines) {
  TrueUpFigures e;
  for (const auto& l : lines) {
    if (l.agreementKey != t.key || l.payer != t.payer) continue;
    const bool counts = l.kind == LineKind::Charge ? year.period().contains(l.period.first)
                        : l.kind == LineKind::Adjustment && l.adjusts && year.period().contains(l.adjusts->first);
    if (!counts) continue;
    e.pay += l.pay;
    e.onCosts.employerNi += l.onCostItems.employerNi;
    e.onCosts.pension += l.onCostItems.pension;
    e.onCosts.apprenticeshipLevy += l.onCostItems.apprenticeshipLevy;
    e.onCosts.flat += l.onCostItems.flat;
  }
  return e;
}

// The terms costed on the pay imported: each month's gross x 12 as the
// annual pay from its first day, by whole months.
TrueUpFigures actualOf(const RechargeTerms& t, const Period& stretch, const PayByMonth& pay,
                       const NiRateTable& niRates) {
  RechargeTerms a = t;
  a.partPeriod = PartPeriodMethod::Monthly;
  a.payChanges.clear();
  const auto months = monthsOf(stretch);
  a.annualPay = pay.at(months.front()) * 12;
  for (std::size_t i = 1; i < months.size(); ++i) a.payChanges.push_back({months[i], pay.at(months[i]) * 12});
  const detail::ExactCosts exact = detail::costSlice(a, stretch, niRates);
  TrueUpFigures f;
  f.pay = exact.pay.rounded();
  f.onCosts = {exact.employerNi.rounded(), exact.pension.rounded(), exact.apprenticeshipLevy.rounded(),
               exact.flat.rounded()};
  return f;
}

ScheduleLine trueUpLine(const RechargeTerms& t, const FinancialYear& year, const Period& target,
                        const TrueUpRow& row) {
  ScheduleLine l;
  l.kind = LineKind::TrueUp;
  l.agreementKey = t.key;
  l.payer = t.payer;
  l.payee = t.payee;
  l.covers = t.covers;
  l.share = formatPercent(t.shareBp) + "%";
  l.period = l.active = target;
  l.invoiceDate = invoiceDate(target);
  l.adjusts = year.period();
  l.pay = row.actual.pay - row.estimate.pay;
  l.onCostItems = {row.actual.onCosts.employerNi - row.estimate.onCosts.employerNi,
                   row.actual.onCosts.pension - row.estimate.onCosts.pension,
                   row.actual.onCosts.apprenticeshipLevy - row.estimate.onCosts.apprenticeshipLevy,
                   row.actual.onCosts.flat - row.estimate.onCosts.flat};
  l.onCosts = l.onCostItems.total();
  l.net = l.pay + l.onCosts;
  l.vatTreatment = t.vat;
  l.vatConfirmed = t.vatConfirmed;
  l.vat = vatOn(l.net, t.vat);
  l.total = l.net + l.vat;
  l.nettingAllowed = t.nettingAllowed;
  l.codes = t.codes;
  l.cause = "true-up of " + year.label() + " to the pay imported for contract " + row.contract +
            ": actual " + formatMoney(row.actual.net()) + " less estimate " + formatMoney(row.estimate.net()) +
            " (pay and on-costs)";
  return l;
}

}  // namespace

std::vector<ScheduleLine> TrueUpResult::lines() const {
  std::vector<ScheduleLine> out;
  for (const auto& r : rows)
    if (r.line) out.push_back(*r.line);
  return out;
}

TrueUpResult computeTrueUp(Register& reg, const FinancialYear& year) {
  TrueUpResult result;
  result.year = year;
  std::vector<ScheduleLine> invoiced = invoicedSchedule(reg, year).lines;
  const bool closedYear = fullyClosed(reg, year);
  if (closedYear)  // the year's adjustments are invoiced in the next year
    for (const auto& l : invoicedSchedule(reg, year.next()).lines)
      if (l.kind == LineKind::Adjustment) invoiced.push_back(l);
  std::map<std::string, std::string> costContracts;
  for (const auto& a : liveEntities<RechargeAgreement>(reg, rechargeAgreementDef()))
    if (a.cost.basis == RechargeBasis::ActualCost && !a.cost.costContract.empty())
      costContracts[a.ref] = a.cost.costContract.value;
  const auto pay = importedPay(reg, year);
  const NiRateTable niRates = niRatesOf(reg);
  const OptionalDate nextClosed = closedThrough(reg, year.next());
  for (const RechargeTerms& t : rechargeAgreementsOf(reg)) {
    auto contract = costContracts.find(t.key);
    if (contract == costContracts.end() || !t.parts.empty()) continue;
    const auto stretch = t.activeWithin(year.period());
    if (!stretch) continue;
    TrueUpRow row;
    row.agreement = t.key;
    row.contract = contract->second;
    static const PayByMonth none;
    const auto found = pay.find(row.contract);
    const PayByMonth& paid = found == pay.end() ? none : found->second;
    for (const Date& m : monthsOf(*stretch))
      if (!paid.count(m)) row.missingMonths.push_back(formatIso(m).substr(0, 7));
    row.estimate = estimateOf(t, year, invoiced);
    if (row.missingMonths.empty()) {
      row.actual = actualOf(t, *stretch, paid, niRates);
      const auto target = closedYear ? firstOpenPeriod(t.frequency, year.next(), nextClosed)
                                     : boost::optional<Period>(invoicingPeriods(t.frequency, year).back());
      ScheduleLine line = trueUpLine(t, year, target ? *target : year.period(), row);
      const bool differs = line.pay != Pence(0) || line.onCostItems.total() != Pence(0);
      if (differs && target) row.line = line;
    }
    result.rows.push_back(std::move(row));
  }
  return result;
}

TrueUpResult recordTrueUp(Register& reg, const FinancialYear& year) {
  requireFinanceRole(reg, "record a true-up");
  KeptRechargeStore store(reg);
  WriteTransaction tx(reg);
  if (auto done = store.trueUp(year))
    throw Conflict(year.label() + " was already trued up by " + done->recordedBy + " at " + done->recordedAt);
  TrueUpResult result = computeTrueUp(reg, year);
  const RechargeTrueUp header{year, utcTimestamp(), reg.actingUser()};
  store.insertTrueUp(header);
  std::map<std::string, std::vector<ScheduleLine>> byShownYear;
  Pence total{0};
  for (const auto& l : result.lines()) {
    byShownYear[FinancialYear::containing(l.period.first).label()].push_back(l);
    total += l.total;
  }
  for (const auto& [shownIn, lines] : byShownYear) store.insertLines("true_up", shownIn, year.label(), lines);
  AuditStore(reg).append({0, header.recordedAt, header.recordedBy, "recharge_true_up", year.label(), 1,
                          "lines", "",
                          std::to_string(result.lines().size()) + " lines, total " + formatMoney(total)});
  tx.commit();
  return result;
}

}  // namespace s113
