// Invoices of closed periods (docs/money.md, "Invoices"): one per payer ->
// payee per closed period, adding up to the closed period's lines; the
// journal carries each side's ledger codes from the agreement.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "domain/Catalog.h"
#include "domain/RechargeCatalog.h"
#include "services/ClosedPeriods.h"
#include "services/Demo.h"
#include "services/Invoices.h"
#include "services/RecordService.h"
#include "storage/VersionStore.h"
#include "support/TestRegister.h"
#include "support/TextRecords.h"

using namespace s113;

namespace {

const FinancialYear k2013(2013);

// Finance moves the agreement to other ledger codes.
void setCodes(Register& reg, const std::string& agreement) {
  auto latest = VersionStore(reg, rechargeAgreementDef()).latest(agreement);
  REQUIRE(latest.has_value());
  Record fields = test::text(rechargeAgreementDef(), latest->fields);
  fields["payer_cost_centre"] = "CCG-CORP-09";
  fields["payer_account"] = "5299";
  RecordService(reg).save(test::textEdit(rechargeAgreementDef(), agreement, fields, latest->version,
                                         latest->validFrom));
}

}  // namespace

TEST_CASE("invoices add up to the closed period's lines", "[closed][invoices]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  const CloseResult q1 = closePeriods(t.reg(), k2013, Date(2013, 6, 30));
  const CloseResult q2 = closePeriods(t.reg(), k2013, Date(2013, 9, 30));
  const auto invoices = invoicesOf(t.reg(), k2013);
  REQUIRE(!invoices.empty());

  // Per close, invoicing period and pair: the invoice's lines are the kept
  // invoiced lines, and its totals their sums. A period is its first and last
  // day: a pair's monthly and quarterly agreements both end on 30 September
  // but are invoiced for different periods, so on different invoices.
  using Key = std::tuple<Date, Date, Date, std::string, std::string>;
  std::map<Key, Totals> kept;
  for (const auto* close : {&q1, &q2})
    for (const auto& l : close->lines)
      if (l.invoiced) kept[Key{close->close.through, l.period.first, l.period.last, l.payer, l.payee}].add(l);
  REQUIRE(invoices.size() == kept.size());
  std::set<std::string> numbers;
  Totals all;
  for (const auto& inv : invoices) {
    CHECK(numbers.insert(inv.number).second);
    CHECK(inv.date == inv.period.last + boost::gregorian::days(1));
    Totals sum;
    for (const auto& l : inv.lines) {
      CHECK(l.payer == inv.payer);
      CHECK(l.payee == inv.payee);
      CHECK(l.vat == vatOn(l.net, l.vatTreatment));  // VAT per line
      sum.add(l);
    }
    CHECK(sum == inv.totals);
    CHECK(inv.totals == kept.at(Key{inv.closedThrough, inv.period.first, inv.period.last, inv.payer, inv.payee}));
    all += inv.totals;
  }
  Totals closedLines;
  for (const auto* close : {&q1, &q2}) closedLines += totalOf(close->lines);
  CHECK(all == closedLines);
  CHECK(invoices.front().number == "RI-2013/14-01-001");
  // The sample's CCG -> council pair in the second close: the quarter (adults,
  // quarterly) and September (substance misuse, monthly from 2 September).
  std::vector<std::string> pairPeriods;
  for (const auto& inv : invoicesOf(t.reg(), k2013, Date(2013, 9, 30)))
    if (inv.payer == "BCCG" && inv.payee == "BNES")
      pairPeriods.push_back(formatIso(inv.period.first) + ".." + formatIso(inv.period.last));
  CHECK(pairPeriods == std::vector<std::string>{"2013-07-01..2013-09-30", "2013-09-01..2013-09-30"});
  CHECK(invoicesOf(t.reg(), k2013, Date(2013, 9, 30)).size() == invoices.size() - invoicesOf(t.reg(), k2013, Date(2013, 6, 30)).size());

  // The journal: one row per invoice line, with the agreement's codes for
  // each side as the sample records them, kept with the closed lines: a later
  // change of codes does not alter a journal already posted.
  setCodes(t.reg(), "RA-2013-ADULTS");
  const Table journal = invoiceJournalTable(invoicesOf(t.reg(), k2013));
  std::size_t lines = 0;
  for (const auto& inv : invoices) lines += inv.lines.size();
  REQUIRE(journal.rows.size() == lines);
  bool coded = false;
  for (const auto& row : journal.rows) {
    for (int side : {3, 4, 6, 7}) CHECK(!row[static_cast<std::size_t>(side)].text.empty());  // every line coded
    if (row[8].text == "RA-2013-ADULTS") {
      CHECK(row[3].text == "CCG-COMM-01");
      CHECK(row[4].text == "5201");
      CHECK(row[6].text == "BN-ASC-07");
      CHECK(row[7].text == "9410");
      coded = true;
    }
  }
  CHECK(coded);
}
