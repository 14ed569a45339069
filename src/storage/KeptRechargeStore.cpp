#include "storage/KeptRechargeStore.h"

#include "domain/Errors.h"
#include "domain/Money.h"
#include "domain/RechargeEnums.h"
#include "storage/SqlQuantities.h"
#include "storage/SqlValues.h"
#include "storage/Session.h"

namespace s113 {
namespace {

std::string joined(const std::vector<std::string>& names, const std::string& prefix) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i)
    out += (i ? ", " : "") + prefix + (prefix.empty() ? names[i] : std::to_string(i));
  return out;
}

}  // namespace

std::vector<FinancialYear> KeptRechargeStore::years() {
  BoundStatement st(sessionOf(reg_),
                    "SELECT year FROM recharge_closes UNION SELECT year FROM recharge_true_ups "
                    "UNION SELECT year FROM recharge_kept_lines ORDER BY 1");
  soci::row row;
  st.execute(row);
  std::vector<FinancialYear> out;
  while (st.fetch()) {
    try {
      out.push_back(FinancialYear::parse(cellText(row, 0)));
    } catch (const std::invalid_argument& e) {
      throw StorageError("A kept recharge year in the register cannot be read: " + std::string(e.what()));
    }
  }
  return out;
}

std::vector<RechargeClose> KeptRechargeStore::closes(const FinancialYear& year) {
  BoundStatement st(sessionOf(reg_),
                    "SELECT through, closed_at, closed_by, audit_seq FROM recharge_closes "
                    "WHERE year = :y ORDER BY through");
  st.bindText(year.label());
  soci::row row;
  st.execute(row);
  std::vector<RechargeClose> out;
  while (st.fetch()) {
    try {
      out.push_back({year, parseIsoDate(cellText(row, 0)), cellText(row, 1), cellText(row, 2), cellInteger(row, 3)});
    } catch (const std::invalid_argument& e) {
      throw StorageError("A close of " + year.label() + " in the register cannot be read: " + e.what());
    }
  }
  return out;
}

void KeptRechargeStore::insertClose(const RechargeClose& c) {
  try {
    BoundStatement st(sessionOf(reg_),
                      "INSERT INTO recharge_closes (year, through, closed_at, closed_by, audit_seq) "
                      "VALUES (:y, :t, :a, :b, :s)");
    for (const std::string& v : {c.year.label(), formatIso(c.through), c.closedAt, c.closedBy}) st.bindText(v);
    st.bindInteger(c.auditSeq);
    st.execute();
  } catch (const soci::soci_error& e) {
    if (isUniqueViolation(e))
      throw Conflict(c.year.label() + " is already closed through " + formatIso(c.through));
    throw StorageError("Recording the close failed: " + std::string(e.what()));
  }
}

boost::optional<RechargeTrueUp> KeptRechargeStore::trueUp(const FinancialYear& year) {
  BoundStatement st(sessionOf(reg_),
                    "SELECT recorded_at, recorded_by FROM recharge_true_ups WHERE year = :y");
  st.bindText(year.label());
  soci::row row;
  st.execute(row);
  if (!st.fetch()) return boost::none;
  return RechargeTrueUp{year, cellText(row, 0), cellText(row, 1)};
}

void KeptRechargeStore::insertTrueUp(const RechargeTrueUp& t) {
  try {
    BoundStatement st(sessionOf(reg_),
                      "INSERT INTO recharge_true_ups (year, recorded_at, recorded_by) "
                      "VALUES (:y, :a, :b)");
    for (const std::string& v : {t.year.label(), t.recordedAt, t.recordedBy}) st.bindText(v);
    st.execute();
  } catch (const soci::soci_error& e) {
    if (isUniqueViolation(e)) throw Conflict(t.year.label() + " has already been trued up");
    throw StorageError("Recording the true-up failed: " + std::string(e.what()));
  }
}

namespace {

// Binds a kept line's columns in describeKeptLine's order, as the schema
// holds them: dates as ISO text, money as pence, flags as 0 or 1, an
// adjustment's period as two texts, empty when it adjusts none.
struct LineBinder {
  BoundStatement& st;
  void text(const char*, const std::string& value) { st.bindText(value); }
  void date(const char*, const Date& value) { st.bindText(formatIso(value)); }
  void whole(const char*, long value) { st.bindInteger(value); }
  void money(const char*, Pence value) { st.bindInteger(value.value()); }
  void flag(const char*, bool value) { st.bindInteger(value ? 1 : 0); }
  template <typename E> void choice(const char*, E value) { st.bindText(choiceText(value)); }
  void period(const char*, const char*, const boost::optional<Period>& value) {
    st.bindText(value ? formatIso(value->first) : "");
    st.bindText(value ? formatIso(value->last) : "");
  }
};

// Reads a row's kept-line columns back, in the order LineBinder binds them.
struct LineReader {
  const soci::row& row;
  std::size_t at = 0;
  void text(const char*, std::string& value) { value = cellText(row, at++); }
  void date(const char*, Date& value) { value = parseIsoDate(cellText(row, at++)); }
  void whole(const char*, long& value) { value = static_cast<long>(cellInteger(row, at++)); }
  void money(const char*, Pence& value) { value = cellQuantity<Pence>(row, at++); }
  void flag(const char*, bool& value) { value = cellInteger(row, at++) != 0; }
  template <typename E> void choice(const char*, E& value) { parseChoice(cellText(row, at++), value); }
  void period(const char*, const char*, boost::optional<Period>& value) {
    const std::string start = cellText(row, at++), end = cellText(row, at++);
    value = boost::none;
    if (!start.empty()) value = Period{parseIsoDate(start), parseIsoDate(end)};
  }
};

ScheduleLine lineOf(const soci::row& row) {
  ScheduleLine line;
  LineReader reader{row};
  describeKeptLine(reader, line);
  keptLineTotals(line);
  return line;
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
    LineBinder binder{st};
    describeKeptLine(binder, line);
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
