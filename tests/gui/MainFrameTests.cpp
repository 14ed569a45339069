// The main window on the sample register: the list, the filter, sorting and
// the "as at" date.
#include <wx/calctrl.h>
#include <wx/listbox.h>
#include <wx/statusbr.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include <algorithm>

#include <catch2/catch.hpp>

#include "GuiSupport.h"
#include "domain/Catalog.h"
#include "ui/MainFrame.h"
#include "ui/WxText.h"
#include "ui/models/RecordTableModel.h"
#include "ui/panels/DateField.h"
#include "ui/panels/RecordListView.h"

using namespace guitest;
using s113::ui::fromWx;

namespace {

std::string cell(s113::ui::RecordListView* list, long row, int column) {
  return fromWx(list->GetItemText(row, column));
}

bool rowContains(s113::ui::RecordListView* list, long row, const std::string& needle) {
  for (int c = 0; c < list->GetColumnCount(); ++c)
    if (s113::ui::lowerAscii(cell(list, row, c)).find(needle) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("The posts list of the sample register shows its 41 posts", "[gui][list]") {
  FrameGuard guard;
  auto* list = guard.frame->list();
  REQUIRE(guard.frame->currentEntity() == &s113::postDef());
  REQUIRE(list->GetItemCount() == 41);
  REQUIRE(list->GetColumnCount() == static_cast<int>(s113::postDef().fields.size() + 1));
  bool found = false;
  for (long row = 0; row < list->GetItemCount(); ++row)
    found = found || cell(list, row, 0) == "BN-001";
  CHECK(found);
  wxListItem column;
  column.SetMask(wxLIST_MASK_TEXT);
  REQUIRE(list->GetColumn(1, column));
  CHECK(fromWx(column.GetText()) == "Title");
  // The status bar names the register and the as-at date (dd/mm/yyyy).
  const std::string status = fromWx(guard.frame->GetStatusBar()->GetStatusText(2));
  CHECK(status == "As at " + s113::formatUk(s113::today()));
  CHECK(fromWx(guard.frame->GetStatusBar()->GetStatusText(0)).find("demo-") != std::string::npos);
}

TEST_CASE("Typing in the filter leaves only the matching rows", "[gui][list]") {
  FrameGuard guard;
  auto* list = guard.frame->list();
  typeInto(guard.frame->filterBox(), "Commissioning Manager");
  REQUIRE(waitUntil([&] { return list->GetItemCount() < 41; }));
  const long shown = list->GetItemCount();
  CHECK(shown > 0);
  for (long row = 0; row < shown; ++row) {
    INFO("row " << row << ": " << cell(list, row, 0));
    CHECK(rowContains(list, row, "commissioning manager"));
  }
  // Case does not matter, and clearing the filter brings every row back.
  typeInto(guard.frame->filterBox(), "commissioning MANAGER");
  REQUIRE(waitUntil([&] { return list->GetItemCount() == shown; }));
  guard.frame->filterBox()->SetValue(wxString());
  REQUIRE(waitUntil([&] { return list->GetItemCount() == 41; }));
}

TEST_CASE("Ctrl+F focuses the filter and clicking a header sorts by that column", "[gui][list]") {
  FrameGuard guard;
  auto* list = guard.frame->list();
  clickOn(list);
  wxUIActionSimulator sim;
  sim.Char('f', wxMOD_CONTROL);
  CHECK(waitUntil([&] { return wxWindow::FindFocus() == guard.frame->filterBox(); }, 2000));

  // Sort by the reference, descending, by clicking its header twice.
  list->sortByColumn(0);
  list->sortByColumn(0);
  REQUIRE(cell(list, 0, 0) > cell(list, 1, 0));
  list->sortByColumn(3);  // FTE, numeric ascending
  for (long row = 1; row < list->GetItemCount(); ++row)
    CHECK(std::stod(cell(list, row - 1, 3)) <= std::stod(cell(list, row, 3)));
}

TEST_CASE("The as-at date reloads the list from the register", "[gui][list]") {
  FrameGuard guard;
  // Before the sample's records take effect there is nothing to show.
  guard.frame->setAsAt(s113::Date(1990, 1, 1));
  CHECK(guard.frame->list()->GetItemCount() == 0);
  CHECK(fromWx(guard.frame->GetStatusBar()->GetStatusText(2)) == "As at 01/01/1990");
  guard.frame->setAsAt(s113::today());
  CHECK(guard.frame->list()->GetItemCount() == 41);
}

TEST_CASE("The as-at date is typed dd/mm/yyyy or picked from its calendar", "[gui][list]") {
  FrameGuard guard;
  auto* field = guard.frame->asAtPicker();
  CHECK(fromWx(field->GetValue()) == s113::formatUk(s113::today()));

  // Typed and confirmed with Enter: the register as at 1 April 2013.
  typeInto(field->GetTextCtrl(), "01/04/2013");
  wxUIActionSimulator sim;
  sim.Char(WXK_RETURN);
  REQUIRE(waitUntil([&] { return guard.frame->asAt() == s113::Date(2013, 4, 1); }));
  CHECK(fromWx(guard.frame->GetStatusBar()->GetStatusText(2)) == "As at 01/04/2013");
  const int postsThen = guard.frame->list()->GetItemCount();
  CHECK(postsThen > 0);

  // Not a date: refused with the reason, the date stays.
  typeInto(field->GetTextCtrl(), "31/02/2013");
  sim.Char(WXK_RETURN);
  REQUIRE(waitUntil([&] { return !reportedErrors().empty(); }));
  CHECK(fromWx(reportedErrors().back().message).find("is not a date") != std::string::npos);
  CHECK(guard.frame->asAt() == s113::Date(2013, 4, 1));
  CHECK(fromWx(field->GetValue()) == "01/04/2013");
  reportedErrors().clear();

  // The calendar drop-down: a day picked there becomes the date.
  field->Popup();
  REQUIRE(waitUntil([&] { return field->IsPopupShown(); }));
  auto* calendar = dynamic_cast<wxCalendarCtrl*>(field->GetPopupControl()->GetControl());
  REQUIRE(calendar != nullptr);
  CHECK(calendar->GetDate().GetYear() == 2013);
  calendar->SetDate(wxDateTime(1, wxDateTime::Jan, 1990));
  field->Dismiss();
  REQUIRE(waitUntil([&] { return guard.frame->asAt() == s113::Date(1990, 1, 1); }));
  CHECK(fromWx(field->GetValue()) == "01/01/1990");
  CHECK(guard.frame->list()->GetItemCount() == 0);
}

TEST_CASE("The navigator lists every entity and shows its records", "[gui][list]") {
  FrameGuard guard;
  auto* navigator = guard.frame->navigator();
  REQUIRE(navigator->GetCount() == s113::allEntities().size() + 4);  // + the activity views
  std::vector<std::string> labels;
  for (unsigned i = 0; i < navigator->GetCount(); ++i) labels.push_back(fromWx(navigator->GetString(i)));
  CHECK(labels.front() == "Partners");
  for (const char* expected : {"Partnership agreements", "Posts", "People", "Placements & secondments",
                               "Single-manager contracts", "Joint posts", "Recharge agreements",
                               "Forum meetings", "Meeting items", "Needs attention", "Decisions", "Forum packs",
                               "Audit log"})
    CHECK(std::find(labels.begin(), labels.end(), expected) != labels.end());
  clickOn(guard.frame->list());
  navigator->SetSelection(0);
  wxCommandEvent event(wxEVT_LISTBOX, navigator->GetId());
  event.SetInt(0);
  event.SetEventObject(navigator);
  navigator->GetEventHandler()->ProcessEvent(event);
  REQUIRE(guard.frame->currentEntity() == &s113::partnerDef());
  CHECK(guard.frame->list()->GetItemCount() > 1);
}

TEST_CASE("The window's size and the list's column widths are remembered", "[gui][settings]") {
  const std::string path = makeDemoRegister();
  auto* first = new s113::ui::MainFrame;
  first->SetSize(wxRect(30, 40, 960, 640));
  showAndWait(first);
  REQUIRE(first->openRegister(path, false));
  first->list()->SetColumnWidth(1, 333);
  first->Close(true);  // saves the placement and the widths
  pump(100);

  auto* second = new s113::ui::MainFrame;
  showAndWait(second);
  CHECK(second->GetSize() == wxSize(960, 640));
  REQUIRE(second->openRegister(path, false));
  CHECK(second->list()->GetColumnWidth(1) == 333);
  second->Destroy();
  pump(50);
}

TEST_CASE("File > Recent registers reopens a register opened before", "[gui][settings]") {
  FrameGuard guard;
  const std::string other = makeDemoRegister();
  REQUIRE(guard.frame->openRegister(other, false));
  CHECK(guard.frame->currentRegister()->displayName().find("demo-") != std::string::npos);
  // The newest is first: the one opened by the guard is second now.
  wxCommandEvent event(wxEVT_MENU, wxID_FILE2);
  guard.frame->ProcessWindowEvent(event);
  CHECK(reportedErrors().empty());
  const std::string shown = fromWx(guard.frame->GetStatusBar()->GetStatusText(0));
  CHECK(shown == guard.path);
  CHECK(guard.frame->list()->GetItemCount() == 41);
}
