#include "services/PayrollReconcile.h"

#include <map>
#include <set>

#include "domain/Arrangements.h"
#include "domain/Catalog.h"
#include "domain/RechargeCatalog.h"
#include "domain/entities/Contract.h"
#include "domain/entities/Placement.h"
#include "domain/entities/RechargeAgreement.h"
#include "services/FinanceAccess.h"
#include "storage/TypedStore.h"

namespace s113 {
namespace {

// Runs on some day of the month: started by its end, not ended before it.
bool inForce(const Date& start, const OptionalDate& end, const Period& month) {
  return start <= month.last && (!end || *end >= month.first);
}

Pence monthly(Pence annual) { return mulDiv(annual, 1, 12); }

std::string money(Pence p) { return formatMoney(p); }

// The register as at a month's end: the employer's contracts in force.
struct MonthView {
  std::map<std::string, Contract> contracts;  // by payroll number
  std::vector<Placement> placements;
  std::vector<RechargeAgreement> recharges;
};

MonthView viewOf(Register& reg, const std::string& employer, const Period& month) {
  MonthView view;
  const AsAt when{month.last, boost::none};
  for (auto& c : entitiesAsAt<Contract>(reg, contractDef(), when))
    if (c.employer.value == employer && inForce(c.start, c.end, month) && !c.payrollNumber.empty())
      view.contracts.emplace(c.payrollNumber, std::move(c));
  for (auto& p : entitiesAsAt<Placement>(reg, placementDef(), when))
    if (inForce(p.start, p.endedOn, month)) view.placements.push_back(std::move(p));
  for (auto& r : entitiesAsAt<RechargeAgreement>(reg, rechargeAgreementDef(), when))
    if (r.cost.basis == RechargeBasis::ActualCost && inForce(r.cost.start, r.cost.end, month))
      view.recharges.push_back(std::move(r));
  return view;
}

// The actual-cost agreements that cost a placement's pay: by its contract or by the placement.
bool costs(const RechargeAgreement& recharge, const Placement& placement) {
  const AgreementCost& cost = recharge.cost;
  return cost.costContract == placement.contract ||
         (cost.coversKind == CoversKind::Placement && cost.coversRef == placement.ref) ||
         (cost.coversKind == CoversKind::Contract && cost.coversRef == placement.contract.value);
}

void checkPaid(const PayRow& row, const Contract& contract, const MonthView& view,
               std::vector<Mismatch>& out) {
  Mismatch base;
  base.period = row.period;
  base.staffNumber = row.staffNumber;
  base.name = row.name;
  base.contract = contract.ref;
  base.paid = row.grossPay;
  if (row.fte && *row.fte != contract.fte) {
    Mismatch m = base;
    m.kind = "fte_difference";
    m.paidFte = row.fte;
    m.contractFte = contract.fte;
    m.detail = "paid at FTE " + formatFte(*row.fte) + ", the contract says " + formatFte(contract.fte);
    out.push_back(m);
  }
  const Pence expected = monthly(contract.annualSalary);
  if (row.grossPay - expected > kSalaryTolerance || expected - row.grossPay > kSalaryTolerance) {
    Mismatch m = base;
    m.kind = "salary_difference";
    m.expected = expected;
    m.detail = "paid " + money(row.grossPay) + ", the contract's annual salary / 12 is " + money(expected);
    out.push_back(m);
  }
  for (const auto& placement : view.placements) {
    if (placement.contract.value != contract.ref) continue;
    for (const auto& recharge : view.recharges) {
      if (!costs(recharge, placement)) continue;
      const Pence basis = monthly(recharge.cost.annualCost.value_or(contract.annualSalary));
      if (basis == row.grossPay) continue;
      Mismatch m = base;
      m.kind = "recharge_basis_difference";
      m.placement = placement.ref;
      m.rechargeAgreement = recharge.ref;
      m.expected = basis;
      m.detail = "recharge " + recharge.ref + " costs placement " + placement.ref + " at " + money(basis) +
                 " a month, payroll paid " + money(row.grossPay);
      out.push_back(m);
    }
  }
}

}  // namespace

std::vector<std::string> matchedContracts(Register& reg, const PayrollExtract& extract) {
  requireFinanceRole(reg, "import pay");  // before the contracts' salaries are read
  std::map<Date, MonthView> views;  // by the month's first day
  std::vector<std::string> out;
  for (const auto& row : extract.rows) {
    auto view = views.find(row.period.first);
    if (view == views.end())
      view = views.emplace(row.period.first, viewOf(reg, extract.profile.employer.value, row.period)).first;
    auto at = view->second.contracts.find(row.staffNumber);
    out.push_back(at == view->second.contracts.end() ? "" : at->second.ref);
  }
  return out;
}

std::vector<Mismatch> reconcilePayroll(Register& reg, const PayrollExtract& extract) {
  requireFinanceRole(reg, "reconcile pay with the register");  // before the contracts' salaries are read
  return reconcilePayroll(reg, extract, matchedContracts(reg, extract));
}

std::vector<Mismatch> reconcilePayroll(Register& reg, const PayrollExtract& extract,
                                       const std::vector<std::string>& contracts) {
  requireFinanceRole(reg, "reconcile pay with the register");
  std::map<Date, std::vector<const PayRow*>> byMonth;
  for (const auto& row : extract.rows) byMonth[row.period.first].push_back(&row);
  std::vector<Mismatch> out;
  for (const auto& [first, rows] : byMonth) {
    const Period month = rows.front()->period;
    const MonthView view = viewOf(reg, extract.profile.employer.value, month);
    std::set<std::string> paid;
    for (const PayRow* row : rows) {
      auto at = view.contracts.find(row->staffNumber);
      const std::string& confirmed = contracts.at(static_cast<std::size_t>(row - extract.rows.data()));
      if (at == view.contracts.end() || confirmed != at->second.ref) {
        Mismatch m;
        m.kind = "paid_without_contract";
        m.period = month;
        m.staffNumber = row->staffNumber;
        m.name = row->name;
        m.paid = row->grossPay;
        m.paidFte = row->fte;
        m.detail = at == view.contracts.end()
                       ? "paid " + money(row->grossPay) + " with no contract of " + extract.profile.employer.value +
                             " in force under that payroll number"
                       : "paid " + money(row->grossPay) + "; the match to contract " + at->second.ref +
                             " was rejected";
        out.push_back(m);
        continue;
      }
      paid.insert(row->staffNumber);
      checkPaid(*row, at->second, view, out);
    }
    for (const auto& [number, contract] : view.contracts) {
      if (paid.count(number)) continue;
      Mismatch m;
      m.kind = "contract_without_pay";
      m.period = month;
      m.staffNumber = number;
      m.contract = contract.ref;
      m.expected = monthly(contract.annualSalary);
      m.contractFte = contract.fte;
      m.detail = "in force but not paid; annual salary / 12 is " + money(*m.expected);
      out.push_back(m);
    }
  }
  return out;
}

const std::vector<std::string>& mismatchColumns() {
  static const std::vector<std::string> columns{
      "kind",     "period_start", "period_end", "staff_number", "name",         "contract",     "placement",
      "recharge_agreement", "paid", "expected", "difference",   "paid_fte",     "contract_fte", "detail"};
  return columns;
}

std::vector<std::string> mismatchCells(const Mismatch& m) {
  auto pence = [](const boost::optional<Pence>& p) { return p ? formatMoney(*p) : std::string(); };
  auto fte = [](const boost::optional<FteUnits>& f) { return f ? formatFte(*f) : std::string(); };
  const std::string difference = m.paid && m.expected ? formatMoney(*m.paid - *m.expected) : "";
  return {m.kind,     formatIso(m.period.first), formatIso(m.period.last), m.staffNumber, m.name,
          m.contract, m.placement, m.rechargeAgreement, pence(m.paid), pence(m.expected), difference,
          fte(m.paidFte), fte(m.contractFte), m.detail};
}

}  // namespace s113
