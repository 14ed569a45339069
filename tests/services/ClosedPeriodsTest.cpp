// Closed periods (docs/money.md, "Closed periods"): a closed quarter's lines
// stay exactly as invoiced whatever changes later; the change shows as an
// adjustment in the next open period, naming the change.
#include <catch2/catch.hpp>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "recharge/Totals.h"
#include "services/ClosedPeriods.h"
#include "services/Demo.h"
#include "services/RechargeService.h"
#include "services/RecordService.h"
#include "storage/AuditStore.h"
#include "storage/VersionStore.h"
#include "support/TestRegister.h"
#include "support/TextRecords.h"
#include "storage/Session.h"

using namespace s113;

namespace {

const FinancialYear k2013(2013);
const Period kQ1{Date(2013, 4, 1), Date(2013, 6, 30)};
const Period kQ2{Date(2013, 7, 1), Date(2013, 9, 30)};

// A pay award back-dated to 1 May 2013 on C-0007 (RA-2013-ADULTS' cost,
// invoiced quarterly): a new version of the contract effective then.
int backDatedPayAward(Register& reg, const std::string& salary) {
  auto latest = VersionStore(reg, contractDef()).latest("C-0007");
  REQUIRE(latest.has_value());
  Record fields = test::text(contractDef(), latest->fields);
  fields["annual_salary"] = salary;
  return RecordService(reg).save(
      test::textEdit(contractDef(), "C-0007", fields, latest->version, Date(2013, 5, 1)));
}

std::vector<ScheduleLine> linesOf(const Schedule& s, const std::string& agreement, const Period& period,
                                  LineKind kind) {
  std::vector<ScheduleLine> out;
  for (const auto& l : s.lines)
    if (l.agreementKey == agreement && l.period.first == period.first && l.period.last == period.last &&
        l.kind == kind)
      out.push_back(l);
  return out;
}

bool sameFigures(const ScheduleLine& a, const ScheduleLine& b) {
  return a.pay == b.pay && a.onCostItems.employerNi == b.onCostItems.employerNi &&
         a.onCostItems.pension == b.onCostItems.pension &&
         a.onCostItems.apprenticeshipLevy == b.onCostItems.apprenticeshipLevy &&
         a.onCostItems.flat == b.onCostItems.flat && a.vat == b.vat && a.total == b.total &&
         a.payer == b.payer && a.payee == b.payee && a.invoiceDate == b.invoiceDate;
}

}  // namespace

TEST_CASE("with nothing closed the invoiced schedule is the computed one", "[closed]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  const Schedule computed = rechargeSchedule(t.reg(), k2013);
  const Schedule invoiced = invoicedSchedule(t.reg(), k2013);
  REQUIRE(invoiced.lines.size() == computed.lines.size());
  for (std::size_t i = 0; i < computed.lines.size(); ++i) CHECK(sameFigures(invoiced.lines[i], computed.lines[i]));
  CHECK(adjustmentsOf(invoiced).empty());
}

TEST_CASE("a back-dated salary change after closing a quarter leaves the quarter's lines identical and "
          "adds the adjustment in the next open period, naming the change",
          "[closed]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  const CloseResult closed = closePeriods(t.reg(), k2013, Date(2013, 6, 30));
  CHECK(closed.close.closedBy == t->actingUser());
  const auto q1Before = linesOf(invoicedSchedule(t.reg(), k2013), "RA-2013-ADULTS", kQ1, LineKind::Charge);
  REQUIRE(q1Before.size() == 1);
  CHECK(q1Before.front().pay == applyShare(mulDiv(Pence(7250000), 91, 365), BasisPoints(4000)));  // £72,500 x 91/365 x 40%

  const int version = backDatedPayAward(t.reg(), "75000.00");
  const Schedule after = invoicedSchedule(t.reg(), k2013);
  const auto q1After = linesOf(after, "RA-2013-ADULTS", kQ1, LineKind::Charge);
  REQUIRE(q1After.size() == 1);
  CHECK(sameFigures(q1After.front(), q1Before.front()));  // the closed quarter as invoiced

  // The register now computes Q1 differently; the difference is invoiced in Q2.
  const auto recomputed = linesOf(rechargeSchedule(t.reg(), k2013), "RA-2013-ADULTS", kQ1, LineKind::Charge);
  REQUIRE(recomputed.size() == 1);
  REQUIRE(recomputed.front().pay > q1Before.front().pay);
  const auto adjustments = linesOf(after, "RA-2013-ADULTS", kQ2, LineKind::Adjustment);
  REQUIRE(adjustments.size() == 1);
  const ScheduleLine& a = adjustments.front();
  REQUIRE(a.adjusts.has_value());
  CHECK(a.adjusts->first == kQ1.first);
  CHECK(a.adjusts->last == kQ1.last);
  CHECK(a.pay == recomputed.front().pay - q1Before.front().pay);
  CHECK(a.pay == Pence(16712));  // docs/money.md: £7,397.26 - £7,230.14
  CHECK(a.onCostItems.employerNi == recomputed.front().onCostItems.employerNi - q1Before.front().onCostItems.employerNi);
  CHECK(a.vat == recomputed.front().vat - q1Before.front().vat);
  CHECK(a.total == recomputed.front().total - q1Before.front().total);
  CHECK(a.invoiceDate == Date(2013, 10, 1));
  CHECK_THAT(a.cause, Catch::Contains("contract C-0007 version " + std::to_string(version) + " by " +
                                      t->actingUser()));
  CHECK_THAT(a.cause, Catch::Contains("annual_salary"));
  // Only agreements costed on C-0007 are adjusted.
  for (const auto& l : adjustmentsOf(after)) CHECK(l.agreementKey == "RA-2013-ADULTS");
  // What is invoiced over the year is what the register now computes for it.
  CHECK(totalOf(after.lines) == totalOf(rechargeSchedule(t.reg(), k2013).lines));

  // Closing Q2 keeps the adjustment with it; nothing is adjusted twice.
  closePeriods(t.reg(), k2013, Date(2013, 9, 30));
  const Schedule later = invoicedSchedule(t.reg(), k2013);
  CHECK(adjustmentsOf(later).size() == 1);  // the kept one, in Q2
  CHECK(linesOf(later, "RA-2013-ADULTS", kQ2, LineKind::Adjustment).size() == 1);
  CHECK(totalOf(later.lines) == totalOf(rechargeSchedule(t.reg(), k2013).lines));

  // A second award, again back-dated: adjusts Q1 by the new difference only, in Q3.
  backDatedPayAward(t.reg(), "76000.00");
  const Schedule third = invoicedSchedule(t.reg(), k2013);
  const auto q3 = linesOf(third, "RA-2013-ADULTS", {Date(2013, 10, 1), Date(2013, 12, 31)}, LineKind::Adjustment);
  REQUIRE(q3.size() == 2);  // Q1 and Q2, each by what is still owed
  CHECK(totalOf(third.lines) == totalOf(rechargeSchedule(t.reg(), k2013).lines));
}

// forEachInvoicedLine hands over invoicedSchedule's lines, in its order:
// made one at a time while nothing is closed, the kept ones and the
// adjustments once a quarter is closed and a salary changes after.
TEST_CASE("the invoiced lines one at a time are the invoiced schedule's, closed or not", "[closed]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  auto streamed = [&] {
    std::vector<ScheduleLine> lines;
    forEachInvoicedLine(t.reg(), k2013, [&](const ScheduleLine& l) { lines.push_back(l); });
    return lines;
  };
  auto sameAsInvoiced = [&] {
    const auto lines = streamed();
    const Schedule invoiced = invoicedSchedule(t.reg(), k2013);
    REQUIRE(lines.size() == invoiced.lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
      CHECK(sameFigures(lines[i], invoiced.lines[i]));
      CHECK(lines[i].kind == invoiced.lines[i].kind);
      CHECK(lines[i].agreementKey == invoiced.lines[i].agreementKey);
    }
    return lines;
  };
  REQUIRE(!sameAsInvoiced().empty());
  closePeriods(t.reg(), k2013, Date(2013, 6, 30));
  backDatedPayAward(t.reg(), "75000.00");
  const auto afterClose = sameAsInvoiced();
  std::size_t adjustments = 0;
  for (const auto& l : afterClose) adjustments += l.kind == LineKind::Adjustment;
  CHECK(adjustments == 1);
}

TEST_CASE("a close is audited, in order, and kept as it was", "[closed]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  CHECK_THROWS_AS(closePeriods(t.reg(), k2013, Date(2014, 4, 30)), ValidationError);
  closePeriods(t.reg(), k2013, Date(2013, 6, 30));
  CHECK_THROWS_AS(closePeriods(t.reg(), k2013, Date(2013, 5, 31)), ValidationError);
  CHECK((closedThrough(t.reg(), k2013) == Date(2013, 6, 30)));
  const auto audit = AuditStore(t.reg()).list(boost::none, std::string("recharge_close"));
  REQUIRE(audit.size() == 1);
  CHECK(audit.front().key == "2013/14 through 2013-06-30");
  CHECK(audit.front().actor == t->actingUser());
  CHECK_THROWS(sessionOf(*t) << "UPDATE recharge_kept_lines SET pay = 0");
  CHECK_THROWS(sessionOf(*t) << "DELETE FROM recharge_closes");
}
