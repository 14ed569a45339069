// A long list as the window reads it: the first page at once, the rest while
// the window is idle (ui/MainFrameList.cpp). The sample register's 41 posts
// stand for a national register's 250,000, read ten at a time.
#include <wx/statusbr.h>

#include <catch2/catch.hpp>

#include "GuiSupport.h"
#include "domain/Catalog.h"
#include "ui/dialogs/ReportPreview.h"
#include "ui/MainFrame.h"
#include "ui/WxText.h"
#include "ui/panels/RecordListView.h"

using namespace guitest;
using s113::ui::fromWx;

namespace {

// Shows the posts again, read ten rows to a page.
void readPostsInPagesOfTen(s113::ui::MainFrame* frame) {
  frame->setListPages(10, 10);
  frame->showEntity(s113::personDef());
  frame->showEntity(s113::postDef());
}

std::string lastKey(s113::ui::RecordListView* list) {
  std::string last;
  for (long row = 0; row < list->GetItemCount(); ++row) last = std::max(last, fromWx(list->GetItemText(row, 0)));
  return last;
}

}  // namespace

TEST_CASE("A long list shows its first page at once and reads the rest while idle", "[gui][list]") {
  FrameGuard guard;
  auto* list = guard.frame->list();
  REQUIRE(list->GetItemCount() == 41);  // a first page of 500 holds them all
  CHECK_FALSE(guard.frame->readingList());
  const std::string last = lastKey(list);

  readPostsInPagesOfTen(guard.frame);
  CHECK(list->GetItemCount() == 10);
  REQUIRE(guard.frame->readingList());
  CHECK(fromWx(guard.frame->GetStatusBar()->GetStatusText(3)).find("so far") != std::string::npos);
  // While the rest is read: a header click, and the last post selected (as
  // an edit or "Needs attention" does), whose row is not read yet.
  list->sortByColumn(1);
  guard.frame->selectRecord(last);
  CHECK(list->selectedKey().empty());

  REQUIRE(waitUntil([&] { return !guard.frame->readingList(); }));
  CHECK(list->GetItemCount() == 41);
  CHECK(list->selectedKey() == last);
  for (long row = 1; row < list->GetItemCount(); ++row) {
    INFO("row " << row);
    CHECK(s113::ui::lowerAscii(fromWx(list->GetItemText(row - 1, 1))) <=
          s113::ui::lowerAscii(fromWx(list->GetItemText(row, 1))));
  }
  CHECK(fromWx(guard.frame->GetStatusBar()->GetStatusText(3)).find("so far") == std::string::npos);
}

TEST_CASE("Printing a list still being read prints all of it", "[gui][list][reports]") {
  FrameGuard guard;
  readPostsInPagesOfTen(guard.frame);
  REQUIRE(guard.frame->readingList());
  std::string text;
  guard.frame->setWindowRunner([&](wxDialog& dialog) {
    text = fromWx(dynamic_cast<s113::ui::ReportPreview&>(dialog).pageText());
    return static_cast<int>(wxID_CLOSE);
  });
  guard.frame->printList();
  CHECK(reportedErrors().empty());
  CHECK_FALSE(guard.frame->readingList());
  CHECK(text.find("41 of 41") != std::string::npos);
  CHECK(guard.frame->list()->GetItemCount() == 41);
}

