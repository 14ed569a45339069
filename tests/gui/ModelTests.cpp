// The list model without windows, and at the size the list must stay
// smooth with: 250,000 rows.
#include <catch2/catch.hpp>

#include "GuiSupport.h"
#include "domain/Catalog.h"
#include "support/ManyPosts.h"
#include "ui/MainFrame.h"
#include "ui/WxText.h"
#include "ui/models/FieldText.h"
#include "ui/models/RecordTableModel.h"
#include "ui/panels/RecordListView.h"

using s113::ui::RecordTableModel;

TEST_CASE("Cells are shown the UK way", "[model]") {
  const s113::FieldDef money{"pay", s113::FieldType::Money, false, "Pay", {}, ""};
  const s113::FieldDef date{"start", s113::FieldType::Date, false, "Start", {}, ""};
  CHECK(s113::ui::displayCell(money, "1234.56") ==
        "\xC2\xA3"
        "1,234.56");
  CHECK(s113::ui::displayCell(date, "2026-11-23") == "23/11/2026");
  std::string stored, problem;
  CHECK(s113::ui::storedValue(money,
                              "\xC2\xA3"
                              "1,234.50",
                              stored, problem));
  CHECK(stored == "1234.50");
  CHECK(s113::ui::storedValue(date, "23/11/2026", stored, problem));
  CHECK(stored == "2026-11-23");
  CHECK_FALSE(s113::ui::storedValue(date, "11/23/2026", stored, problem));
}

TEST_CASE("Rows given a page at a time end as the whole list given at once", "[model]") {
  const auto rows = s113::test::manyPosts(70);
  RecordTableModel whole;
  whole.setFilter("social");
  whole.setRows(s113::postDef(), rows);
  whole.sortBy(3, false);  // FTE, descending

  RecordTableModel paged;
  paged.setFilter("social");
  paged.startRows(s113::postDef());
  paged.appendRows({rows.begin(), rows.begin() + 30});
  CHECK(paged.totalCount() == 30);
  CHECK(paged.visibleCount() == 5);  // P-0000000, 07, 14, 21, 28
  paged.sortBy(3, false);            // a header click while the rest is read
  paged.appendRows({rows.begin() + 30, rows.end()});
  // Until the last page the rows read later follow those already shown.
  CHECK(paged.visibleRow(paged.visibleCount() - 1).key == "P-0000063");
  paged.finishRows();
  REQUIRE(paged.visibleCount() == whole.visibleCount());
  for (std::size_t i = 0; i < whole.visibleCount(); ++i) {
    INFO("row " << i);
    CHECK(paged.visibleRow(i).key == whole.visibleRow(i).key);
    CHECK(paged.cellText(i, 3) == whole.cellText(i, 3));
  }
  // Whole posts (even keys) before 0.6 FTE ones, each in key order.
  CHECK(paged.visibleRow(0).key == "P-0000000");
  CHECK(paged.visibleRow(5).key == "P-0000007");
}

// Correctness at full size only: the speed figures are in the benchmark
// (tests/perf/bench_list.cpp), never timed here.
TEST_CASE("250,000 rows load, filter and sort, and the virtual list shows the last one",
          "[model][size]") {
  auto rows = s113::test::manyPosts(250000);
  RecordTableModel model;
  model.setRows(s113::postDef(), rows);
  REQUIRE(model.visibleCount() == 250000);

  model.setFilter("social WORKER");
  CHECK(model.visibleCount() == (250000 + 6) / 7);
  for (std::size_t i = 0; i < model.visibleCount(); i += 997)
    CHECK(model.cellText(i, 1) == "Social Worker");

  model.sortBy(4, false);  // employer, descending
  CHECK(model.cellText(0, 4) == "BNES");
  model.setFilter("");
  CHECK(model.visibleCount() == 250000);

  // The virtual list only asks for the rows it paints.
  guitest::FrameGuard guard;
  auto* list = guard.frame->list();
  list->model().setRows(s113::postDef(), rows);
  list->refreshRows();
  guitest::pump(100);
  CHECK(list->GetItemCount() == 250000);
  list->EnsureVisible(249999);
  guitest::pump(50);
  CHECK(s113::ui::fromWx(list->GetItemText(249999, 0)) == "P-0249999");
}
