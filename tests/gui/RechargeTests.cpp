// The recharge view on the sample register: the 2013/14 schedule shows the
// same lines, pair totals and net settlement as the recharge service computes.
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/uiaction.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "GuiSupport.h"
#include "services/RechargeService.h"
#include "services/RechargeTables.h"
#include "ui/MainFrame.h"
#include "ui/WxText.h"
#include "ui/dialogs/RechargeView.h"

using namespace guitest;
using s113::ui::fromWx;
using s113::ui::RechargeView;

namespace {

void checkListShows(wxListCtrl* list, const s113::Table& table) {
  INFO("table " << table.name);
  REQUIRE(list->GetItemCount() == static_cast<int>(table.rows.size()));
  REQUIRE(list->GetColumnCount() == static_cast<int>(table.columns.size()));
  for (std::size_t r = 0; r < table.rows.size(); ++r)
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      INFO("row " << r << " column " << table.columns[c]);
      const std::string shown =
          fromWx(list->GetItemText(static_cast<long>(r), static_cast<int>(c)));
      CHECK(shown == s113::ui::screenText(table.rows[r][c]));
      // On screen, money reads £1,234.56 and dates 30/04/2013 (docs/domain.md).
      if (table.rows[r][c].kind == s113::TableCell::Kind::Money)
        CHECK(shown.rfind(table.rows[r][c].value < 0 ? "-\xC2\xA3" : "\xC2\xA3", 0) == 0);
      if (table.rows[r][c].kind == s113::TableCell::Kind::Date && !shown.empty())
        CHECK(shown[2] == '/');
    }
}

}  // namespace

TEST_CASE("The recharge view shows the 2013/14 schedule and its net settlement",
          "[gui][recharge]") {
  FrameGuard guard;
  auto* reg = guard.frame->currentRegister();
  const auto year = s113::FinancialYear::parse("2013/14");
  const s113::Schedule schedule = s113::rechargeSchedule(*reg, year);
  const s113::Table net = s113::scheduleNetTable(schedule);
  REQUIRE_FALSE(net.rows.empty());

  bool ran = false;
  const std::string exported = temporaryPath("recharges-2013.csv");
  guard.frame->setWindowRunner([&](wxDialog& dialog) {
    ran = true;
    auto& view = dynamic_cast<RechargeView&>(dialog);
    showAndWait(&view);
    CHECK(fromWx(view.yearChoice()->GetStringSelection()) == "2013/14");
    checkListShows(view.netList(), net);
    checkListShows(view.pairsList(), s113::schedulePairsTable(schedule));
    checkListShows(view.linesList(), s113::scheduleLinesTable(schedule));
    CHECK(view.exportTo(exported));
    view.Hide();
    return static_cast<int>(wxID_CLOSE);
  });
  guard.frame->openRecharges(year);
  REQUIRE(ran);
  CHECK(reportedErrors().empty());
  CHECK(std::filesystem::file_size(exported) > 0);
}

TEST_CASE("Choosing another year in the recharge view shows that year's schedule",
          "[gui][recharge]") {
  FrameGuard guard;
  auto* reg = guard.frame->currentRegister();
  const auto year = s113::FinancialYear::parse("2014/15");
  const s113::Table net = s113::scheduleNetTable(s113::rechargeSchedule(*reg, year));
  guard.frame->setWindowRunner([&](wxDialog& dialog) {
    auto& view = dynamic_cast<RechargeView&>(dialog);
    view.showYear(year);
    CHECK(fromWx(view.summaryText()).find("2014/15") != std::string::npos);
    checkListShows(view.netList(), net);
    return static_cast<int>(wxID_CLOSE);
  });
  guard.frame->openRecharges(s113::FinancialYear::parse("2013/14"));
  CHECK(reportedErrors().empty());
}
