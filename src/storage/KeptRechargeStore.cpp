#include "storage/KeptRechargeStore.h"

#include <set>

#include "domain/Errors.h"
#include "domain/Money.h"
#include "domain/RechargeEnums.h"
#include "storage/SqlQuantities.h"
#include "storage/SqlValues.h"
#include "storage/Session.h"

namespace s113 {
namespace {

const std::set<std::string>& integerColumns() {
  static const std::set<std::string> columns = {"days", "weekdays"};
  return columns;
}
const std::set<std::string>& moneyColumns() {
  static const std::set<std::string> columns = {"pay",           "employer_ni", "pension",
                                                "apprenticeship_levy", "flat_on_costs", "vat"};
  return columns;
}
const std::set<std::string>& boolColumns() {
  static const std::set<std::string> columns = {"vat_confirmed", "invoiced", "netting_allowed"};
  return columns;
}

std::string joined(const std::vector<std::string>& names, const std::string& prefix) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i)
    out += (i ? ", " : "") + prefix + (prefix.empty() ? names[i] : std::to_string(i));
  return out;
}

}  // namespace

const std::vector<std::string>& keptLineColumns() {
  static const std::vector<std::string> columns = {
      "line_kind",     "agreement",      "payer",          "payee",
      "covers",        "share",          "period_start",   "period_end",
      "active_start",  "active_end",     "days",           "weekdays",
      "invoice_date",  "pay",            "employer_ni",    "pension",
      "apprenticeship_levy", "flat_on_costs", "vat",        "vat_treatment",
      "vat_confirmed", "invoiced",       "netting_allowed", "adjusts_start",
      "adjusts_end",   "cause",          "payer_cost_centre", "payer_account",
      "payee_cost_centre", "payee_account"};
  return columns;
}

KeptColumnKind keptColumnKind(const std::string& column) {
  if (integerColumns().count(column)) return KeptColumnKind::Integer;
  if (moneyColumns().count(column)) return KeptColumnKind::Money;
  if (boolColumns().count(column)) return KeptColumnKind::Bool;
  return KeptColumnKind::Text;
}

std::vector<std::string> KeptRechargeStore::years() {
  BoundStatement st(sessionOf(reg_),
                    "SELECT year FROM recharge_closes UNION SELECT year FROM recharge_true_ups "
                    "UNION SELECT year FROM recharge_kept_lines ORDER BY 1");
  soci::row row;
  st.execute(row);
  std::vector<std::string> out;
  while (st.fetch()) out.push_back(cellText(row, 0));
  return out;
}

std::vector<RechargeClose> KeptRechargeStore::closes(const std::string& year) {
  BoundStatement st(sessionOf(reg_),
                    "SELECT year, through, closed_at, closed_by, audit_seq FROM recharge_closes "
                    "WHERE year = :y ORDER BY through");
  st.bindText(year);
  soci::row row;
  st.execute(row);
  std::vector<RechargeClose> out;
  while (st.fetch())
    out.push_back({cellText(row, 0), cellText(row, 1), cellText(row, 2), cellText(row, 3),
                   cellInteger(row, 4)});
  return out;
}

void KeptRechargeStore::insertClose(const RechargeClose& c) {
  try {
    BoundStatement st(sessionOf(reg_),
                      "INSERT INTO recharge_closes (year, through, closed_at, closed_by, audit_seq) "
                      "VALUES (:y, :t, :a, :b, :s)");
    for (const auto* v : {&c.year, &c.through, &c.closedAt, &c.closedBy}) st.bindText(*v);
    st.bindInteger(c.auditSeq);
    st.execute();
  } catch (const soci::soci_error& e) {
    if (isUniqueViolation(e))
      throw Conflict(c.year + " is already closed through " + c.through);
    throw StorageError("Recording the close failed: " + std::string(e.what()));
  }
}

boost::optional<RechargeTrueUp> KeptRechargeStore::trueUp(const std::string& year) {
  BoundStatement st(sessionOf(reg_),
                    "SELECT year, recorded_at, recorded_by FROM recharge_true_ups WHERE year = :y");
  st.bindText(year);
  soci::row row;
  st.execute(row);
  if (!st.fetch()) return boost::none;
  return RechargeTrueUp{cellText(row, 0), cellText(row, 1), cellText(row, 2)};
}

void KeptRechargeStore::insertTrueUp(const RechargeTrueUp& t) {
  try {
    BoundStatement st(sessionOf(reg_),
                      "INSERT INTO recharge_true_ups (year, recorded_at, recorded_by) "
                      "VALUES (:y, :a, :b)");
    for (const auto* v : {&t.year, &t.recordedAt, &t.recordedBy}) st.bindText(*v);
    st.execute();
  } catch (const soci::soci_error& e) {
    if (isUniqueViolation(e)) throw Conflict(t.year + " has already been trued up");
    throw StorageError("Recording the true-up failed: " + std::string(e.what()));
  }
}

namespace {

// A kept line's columns, in keptLineColumns() order, as the schema holds
// them: dates as ISO text, money as pence, flags as 0 or 1.
void bindLine(BoundStatement& st, const ScheduleLine& l) {
  st.bindText(toString(l.kind));
  for (const std::string* text : {&l.agreementKey, &l.payer, &l.payee, &l.covers, &l.share}) st.bindText(*text);
  for (const Date& d : {l.period.first, l.period.last, l.active.first, l.active.last}) st.bindText(formatIso(d));
  st.bindInteger(l.daysActive);
  st.bindInteger(l.weekdaysActive);
  st.bindText(formatIso(l.invoiceDate));
  for (Pence p : {l.pay, l.onCostItems.employerNi, l.onCostItems.pension, l.onCostItems.apprenticeshipLevy,
                  l.onCostItems.flat, l.vat})
    st.bindInteger(p.value());
  st.bindText(toString(l.vatTreatment));
  for (bool flag : {l.vatConfirmed, l.invoiced, l.nettingAllowed}) st.bindInteger(flag ? 1 : 0);
  st.bindText(l.adjusts ? formatIso(l.adjusts->first) : "");
  st.bindText(l.adjusts ? formatIso(l.adjusts->last) : "");
  for (const std::string* text : {&l.cause, &l.codes.payerCostCentre, &l.codes.payerAccount,
                                  &l.codes.payeeCostCentre, &l.codes.payeeAccount})
    st.bindText(*text);
}

// The line one row holds, its columns read in the order bindLine writes them.
ScheduleLine lineOf(const soci::row& row) {
  std::size_t i = 0;
  auto text = [&] { return cellText(row, i++); };
  auto date = [&] { return parseIsoDate(cellText(row, i++)); };
  auto money = [&] { return cellQuantity<Pence>(row, i++); };
  auto flag = [&] { return cellInteger(row, i++) != 0; };
  ScheduleLine l;
  l.kind = parseLineKind(text());
  l.agreementKey = text();
  l.payer = text();
  l.payee = text();
  l.covers = text();
  l.share = text();
  l.period.first = date();
  l.period.last = date();
  l.active.first = date();
  l.active.last = date();
  l.daysActive = static_cast<long>(cellInteger(row, i++));
  l.weekdaysActive = static_cast<long>(cellInteger(row, i++));
  l.invoiceDate = date();
  l.pay = money();
  l.onCostItems.employerNi = money();
  l.onCostItems.pension = money();
  l.onCostItems.apprenticeshipLevy = money();
  l.onCostItems.flat = money();
  l.vat = money();
  l.vatTreatment = parseEnum<VatTreatment>(text());
  l.vatConfirmed = flag();
  l.invoiced = flag();
  l.nettingAllowed = flag();
  const std::string adjustsStart = text(), adjustsEnd = text();
  if (!adjustsStart.empty()) l.adjusts = Period{parseIsoDate(adjustsStart), parseIsoDate(adjustsEnd)};
  l.cause = text();
  l.codes = {text(), text(), text(), text()};
  l.onCosts = l.onCostItems.total();
  l.net = l.pay + l.onCosts;
  l.total = l.net + l.vat;
  return l;
}

}  // namespace

void KeptRechargeStore::insertLines(const std::string& book, const std::string& year,
                                    const std::string& through, const std::vector<ScheduleLine>& lines) {
  const auto& columns = keptLineColumns();
  const std::string sql = "INSERT INTO recharge_kept_lines (book, year, through, seq, " +
                          joined(columns, "") + ") VALUES (:b, :y, :t, :s, " +
                          joined(columns, ":c") + ")";
  long long seq = 0;
  for (const ScheduleLine& line : lines) {
    BoundStatement st(sessionOf(reg_), sql);
    st.bindText(book);
    st.bindText(year);
    st.bindText(through);
    st.bindInteger(++seq);
    bindLine(st, line);
    st.execute();
  }
}

std::vector<KeptLine> KeptRechargeStore::lines(const std::string& book, const std::string& year,
                                               const boost::optional<std::string>& through) {
  const auto& columns = keptLineColumns();
  BoundStatement st(sessionOf(reg_), "SELECT " + joined(columns, "") +
                                    ", through FROM recharge_kept_lines WHERE book = :b AND year = :y" +
                                    (through ? " AND through = :t" : "") +
                                    " ORDER BY through, seq");
  st.bindText(book);
  st.bindText(year);
  if (through) st.bindText(*through);
  soci::row row;
  st.execute(row);
  std::vector<KeptLine> out;
  while (st.fetch()) {
    try {
      out.push_back({lineOf(row), cellText(row, columns.size())});
    } catch (const std::invalid_argument& e) {
      throw StorageError("A kept recharge line of " + year + " in the register cannot be read: " + e.what());
    }
  }
  return out;
}

long long KeptRechargeStore::lastAuditSeq() {
  long long seq = 0;
  soci::indicator ind = soci::i_null;
  sessionOf(reg_) << "SELECT MAX(seq) FROM audit_changes", soci::into(seq, ind);
  return ind == soci::i_ok ? seq : 0;
}

}  // namespace s113
