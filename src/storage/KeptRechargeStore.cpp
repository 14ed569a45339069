#include "storage/KeptRechargeStore.h"

#include <set>

#include "domain/Errors.h"
#include "domain/Money.h"
#include "storage/SqlQuantities.h"
#include "storage/SqlValues.h"

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
  BoundStatement st(reg_.sql(),
                    "SELECT year FROM recharge_closes UNION SELECT year FROM recharge_true_ups "
                    "UNION SELECT year FROM recharge_kept_lines ORDER BY 1");
  soci::row row;
  st.execute(row);
  std::vector<std::string> out;
  while (st.fetch()) out.push_back(cellText(row, 0));
  return out;
}

std::vector<RechargeClose> KeptRechargeStore::closes(const std::string& year) {
  BoundStatement st(reg_.sql(),
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
    BoundStatement st(reg_.sql(),
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
  BoundStatement st(reg_.sql(),
                    "SELECT year, recorded_at, recorded_by FROM recharge_true_ups WHERE year = :y");
  st.bindText(year);
  soci::row row;
  st.execute(row);
  if (!st.fetch()) return boost::none;
  return RechargeTrueUp{cellText(row, 0), cellText(row, 1), cellText(row, 2)};
}

void KeptRechargeStore::insertTrueUp(const RechargeTrueUp& t) {
  try {
    BoundStatement st(reg_.sql(),
                      "INSERT INTO recharge_true_ups (year, recorded_at, recorded_by) "
                      "VALUES (:y, :a, :b)");
    for (const auto* v : {&t.year, &t.recordedAt, &t.recordedBy}) st.bindText(*v);
    st.execute();
  } catch (const soci::soci_error& e) {
    if (isUniqueViolation(e)) throw Conflict(t.year + " has already been trued up");
    throw StorageError("Recording the true-up failed: " + std::string(e.what()));
  }
}

void KeptRechargeStore::insertLines(const std::string& book, const std::string& year,
                                    const std::string& through, const std::vector<Record>& lines) {
  const auto& columns = keptLineColumns();
  const std::string sql = "INSERT INTO recharge_kept_lines (book, year, through, seq, " +
                          joined(columns, "") + ") VALUES (:b, :y, :t, :s, " +
                          joined(columns, ":c") + ")";
  long long seq = 0;
  for (const Record& line : lines) {
    BoundStatement st(reg_.sql(), sql);
    st.bindText(book);
    st.bindText(year);
    st.bindText(through);
    st.bindInteger(++seq);
    for (const auto& c : columns) {
      const std::string value = valueOf(line, c);
      if (integerColumns().count(c))
        st.bindInteger(std::stoll(value));
      else if (moneyColumns().count(c))
        st.bindInteger(parseMoney(value).value());
      else if (boolColumns().count(c))
        st.bindInteger(value == "true" ? 1 : 0);
      else
        st.bindText(value);
    }
    st.execute();
  }
}

std::vector<Record> KeptRechargeStore::lines(const std::string& book, const std::string& year,
                                             const boost::optional<std::string>& through) {
  const auto& columns = keptLineColumns();
  BoundStatement st(reg_.sql(), "SELECT " + joined(columns, "") +
                                    ", through FROM recharge_kept_lines WHERE book = :b AND year = :y" +
                                    (through ? " AND through = :t" : "") +
                                    " ORDER BY through, seq");
  st.bindText(book);
  st.bindText(year);
  if (through) st.bindText(*through);
  soci::row row;
  st.execute(row);
  std::vector<Record> out;
  while (st.fetch()) {
    Record line;
    for (std::size_t i = 0; i < columns.size(); ++i) {
      const std::string& c = columns[i];
      if (integerColumns().count(c))
        line[c] = std::to_string(cellInteger(row, i));
      else if (moneyColumns().count(c))
        line[c] = formatMoney(cellQuantity<Pence>(row, i));
      else if (boolColumns().count(c))
        line[c] = cellInteger(row, i) != 0 ? "true" : "false";
      else
        line[c] = cellText(row, i);
    }
    line["through"] = cellText(row, columns.size());
    out.push_back(std::move(line));
  }
  return out;
}

long long KeptRechargeStore::lastAuditSeq() {
  long long seq = 0;
  soci::indicator ind = soci::i_null;
  reg_.sql() << "SELECT MAX(seq) FROM audit_changes", soci::into(seq, ind);
  return ind == soci::i_ok ? seq : 0;
}

}  // namespace s113
