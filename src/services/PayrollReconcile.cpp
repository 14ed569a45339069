#include "services/PayrollReconcile.h"

#include <map>
#include <set>

#include "domain/Catalog.h"
#include "storage/VersionStore.h"
#include "services/FinanceAccess.h"

namespace s113 {
namespace {

bool inForce(const Record& r, const char* start, const char* end, const Period& month) {
  const auto from = parseOptionalIsoDate(valueOf(r, start));
  const auto to = parseOptionalIsoDate(valueOf(r, end));
  return (!from || *from <= month.last) && (!to || *to >= month.first);
}

Pence monthly(Pence annual) { return mulDiv(annual, 1, 12); }

std::string money(Pence p) { return formatMoney(p); }

// The register as at a month's end: the employer's contracts in force.
struct MonthView {
  std::map<std::string, StoredVersion> contracts;  // by payroll number
  std::vector<StoredVersion> placements, recharges;
};

MonthView viewOf(Register& reg, const std::string& employer, const Period& month) {
  MonthView view;
  const AsAt when{month.last, boost::none};
  for (auto& c : VersionStore(reg, contractDef()).asAt(when))
    if (valueOf(c.fields, "employer") == employer && inForce(c.fields, "start_date", "end_date", month) &&
        !valueOf(c.fields, "payroll_number").empty())
      view.contracts.emplace(valueOf(c.fields, "payroll_number"), c);
  for (auto& p : VersionStore(reg, *findEntity("placement")).asAt(when))
    if (inForce(p.fields, "start_date", "ended_on", month)) view.placements.push_back(p);
  for (auto& r : VersionStore(reg, *findEntity("recharge_agreement")).asAt(when))
    if (valueOf(r.fields, "basis") == "actual_cost" && inForce(r.fields, "start_date", "end_date", month))
      view.recharges.push_back(r);
  return view;
}

// The actual-cost agreements that cost a placement's pay: by its contract or by the placement.
bool costs(const StoredVersion& recharge, const StoredVersion& placement) {
  const std::string contract = valueOf(placement.fields, "contract");
  const std::string kind = valueOf(recharge.fields, "covers_kind"), ref = valueOf(recharge.fields, "covers_ref");
  return valueOf(recharge.fields, "cost_contract") == contract ||
         (kind == "placement" && ref == placement.key) || (kind == "contract" && ref == contract);
}

void checkPaid(const PayRow& row, const StoredVersion& contract, const MonthView& view,
               std::vector<Mismatch>& out) {
  Mismatch base;
  base.period = row.period;
  base.staffNumber = row.staffNumber;
  base.name = row.name;
  base.contract = contract.key;
  base.paid = row.grossPay;
  const FteUnits contractFte = parseFte(valueOf(contract.fields, "fte"));
  if (row.fte && *row.fte != contractFte) {
    Mismatch m = base;
    m.kind = "fte_difference";
    m.paidFte = row.fte;
    m.contractFte = contractFte;
    m.detail = "paid at FTE " + formatFte(*row.fte) + ", the contract says " + formatFte(contractFte);
    out.push_back(m);
  }
  const Pence expected = monthly(parseMoney(valueOf(contract.fields, "annual_salary")));
  if (row.grossPay - expected > kSalaryTolerance || expected - row.grossPay > kSalaryTolerance) {
    Mismatch m = base;
    m.kind = "salary_difference";
    m.expected = expected;
    m.detail = "paid " + money(row.grossPay) + ", the contract's annual salary / 12 is " + money(expected);
    out.push_back(m);
  }
  for (const auto& placement : view.placements) {
    if (valueOf(placement.fields, "contract") != contract.key) continue;
    for (const auto& recharge : view.recharges) {
      if (!costs(recharge, placement)) continue;
      const std::string annualCost = valueOf(recharge.fields, "annual_cost");
      const Pence basis = monthly(parseMoney(annualCost.empty() ? valueOf(contract.fields, "annual_salary") : annualCost));
      if (basis == row.grossPay) continue;
      Mismatch m = base;
      m.kind = "recharge_basis_difference";
      m.placement = placement.key;
      m.rechargeAgreement = recharge.key;
      m.expected = basis;
      m.detail = "recharge " + recharge.key + " costs placement " + placement.key + " at " + money(basis) +
                 " a month, payroll paid " + money(row.grossPay);
      out.push_back(m);
    }
  }
}

}  // namespace

std::string matchedContract(Register& reg, const PayrollExtract& extract, const PayRow& row) {
  const MonthView view = viewOf(reg, extract.profile.employer(), row.period);
  auto at = view.contracts.find(row.staffNumber);
  return at == view.contracts.end() ? "" : at->second.key;
}

std::vector<Mismatch> reconcilePayroll(Register& reg, const PayrollExtract& extract) {
  std::vector<std::string> contracts;
  for (const auto& row : extract.rows) contracts.push_back(matchedContract(reg, extract, row));
  return reconcilePayroll(reg, extract, contracts);
}

std::vector<Mismatch> reconcilePayroll(Register& reg, const PayrollExtract& extract,
                                       const std::vector<std::string>& contracts) {
  requireFinanceRole(reg, "reconcile pay with the register");
  std::map<Date, std::vector<const PayRow*>> byMonth;
  for (const auto& row : extract.rows) byMonth[row.period.first].push_back(&row);
  std::vector<Mismatch> out;
  for (const auto& [first, rows] : byMonth) {
    const Period month = rows.front()->period;
    const MonthView view = viewOf(reg, extract.profile.employer(), month);
    std::set<std::string> paid;
    for (const PayRow* row : rows) {
      auto at = view.contracts.find(row->staffNumber);
      const std::string& confirmed = contracts.at(static_cast<std::size_t>(row - extract.rows.data()));
      if (at == view.contracts.end() || confirmed != at->second.key) {
        Mismatch m;
        m.kind = "paid_without_contract";
        m.period = month;
        m.staffNumber = row->staffNumber;
        m.name = row->name;
        m.paid = row->grossPay;
        m.paidFte = row->fte;
        m.detail = at == view.contracts.end()
                       ? "paid " + money(row->grossPay) + " with no contract of " + extract.profile.employer() +
                             " in force under that payroll number"
                       : "paid " + money(row->grossPay) + "; the match to contract " + at->second.key +
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
      m.contract = contract.key;
      m.expected = monthly(parseMoney(valueOf(contract.fields, "annual_salary")));
      m.contractFte = parseFte(valueOf(contract.fields, "fte"));
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
