// Reports > Recharges asks which financial year and reports that year (not
// the year of the window's as-at date), with the pair totals `recharges
// --by pair` prints for it.
#include <catch2/catch.hpp>

#include "GuiSupport.h"
#include "services/ClosedPeriods.h"
#include "services/RechargeTables.h"
#include "ui/MainFrame.h"
#include "ui/WxText.h"
#include "ui/dialogs/ReportPreview.h"
#include "ui/dialogs/YearPicker.h"

using namespace guitest;

TEST_CASE("The recharge report reports the financial year picked", "[gui][reports]") {
  FrameGuard guard;
  std::string text, offered;
  guard.frame->setWindowRunner([&](wxDialog& dialog) {
    if (auto* picker = dynamic_cast<s113::ui::YearPicker*>(&dialog)) {
      offered = picker->year().label();
      picker->setYear(s113::FinancialYear(2013));
      return static_cast<int>(wxID_OK);
    }
    text = s113::ui::fromWx(dynamic_cast<s113::ui::ReportPreview&>(dialog).pageText());
    return static_cast<int>(wxID_CLOSE);
  });
  guard.frame->openReport("recharges");
  CHECK(reportedErrors().empty());
  CHECK(offered == s113::FinancialYear::containing(guard.frame->asAt()).label());
  INFO(text.substr(0, 3000));
  CHECK(text.find("2013/14") != std::string::npos);
  s113::Register* reg = guard.frame->currentRegister();
  REQUIRE(reg != nullptr);
  const s113::Table pairs = s113::schedulePairsTable(s113::invoicedSchedule(*reg, s113::FinancialYear(2013)));
  REQUIRE(!pairs.rows.empty());
  for (const auto& row : pairs.rows)  // each pair's total, as the report shows money
    CHECK(text.find(s113::formatMoneyDisplay(s113::Pence(row.back().value))) != std::string::npos);
}
