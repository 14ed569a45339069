// "Needs attention": the navigator's list of every warning about the
// register (an overdue placement review among them), its count in the status
// bar, and a row opening the record it is about.
#include <wx/button.h>
#include <wx/listbox.h>
#include <wx/statusbr.h>
#include <wx/uiaction.h>

#include <catch2/catch.hpp>

#include "GuiSupport.h"
#include "domain/Arrangements.h"
#include "domain/Catalog.h"
#include "services/Attention.h"
#include "ui/MainFrame.h"
#include "ui/WxText.h"
#include "ui/dialogs/RecordDialog.h"
#include "ui/models/AttentionView.h"
#include "ui/Resources.h"
#include "ui/panels/RecordListView.h"

using namespace guitest;
using s113::ui::fromWx;
using s113::ui::toWx;

TEST_CASE("Needs attention lists an overdue review, counts it in the status bar and opens it",
          "[gui][attention]") {
  FrameGuard guard;
  auto* frame = guard.frame;
  const std::size_t expected = s113::needsAttention(*frame->currentRegister(), frame->asAt()).size();
  REQUIRE(expected > 0);
  CHECK(frame->attentionCount() == expected);
  CHECK(fromWx(frame->GetStatusBar()->GetStatusText(4)) ==
        std::to_string(expected) + " need attention");

  // Chosen in the navigator with the mouse.
  auto* navigator = frame->navigator();
  const int index = navigator->FindString("Needs attention");
  REQUIRE(index != wxNOT_FOUND);
  navigator->SetSelection(index);
  wxCommandEvent choose(wxEVT_LISTBOX, navigator->GetId());
  choose.SetInt(index);
  choose.SetEventObject(navigator);
  navigator->GetEventHandler()->ProcessEvent(choose);
  REQUIRE(frame->currentEntity() == &s113::ui::attentionView());
  auto* list = frame->list();
  REQUIRE(static_cast<std::size_t>(list->GetItemCount()) == expected);

  long review = -1;
  for (long row = 0; row < list->GetItemCount(); ++row)
    if (cellByLabel(list, row, "Record") == "PL-001" && cellByLabel(list, row, "About") == "Next review")
      review = row;
  REQUIRE(review >= 0);
  CHECK(cellByLabel(list, review, "What needs attention") == "the review date 2016-04-01 has passed");

  // Enter on the row shows the placement in its own list.
  list->selectKey(list->model().visibleRow(review).key);
  clickOn(list);
  list->selectKey(list->model().visibleRow(review).key);
  frame->openSelectedActivity();
  REQUIRE(frame->currentEntity() == &s113::placementDef());
  CHECK(list->selectedKey() == "PL-001");
}

TEST_CASE("A saved warning is counted at once", "[gui][attention]") {
  FrameGuard guard;
  auto* frame = guard.frame;
  const std::size_t before = frame->attentionCount();
  // A second full-time contract on the full-time post BN-021.
  frame->showEntity(s113::contractDef());
  frame->setDialogRunner([&](s113::ui::RecordDialog& dialog) {
    showAndWait(&dialog);
    typeInto(dialog.control("ref"), "C-0900");
    typeInto(dialog.control("person"), "Derek Green");
    typeInto(dialog.control("post"), "BN-021");
    typeInto(dialog.control("fte"), "1");
    typeInto(dialog.control("annual_salary"), "24,000");
    typeInto(dialog.control("start_date"), "01/04/2015");
    auto* save = s113::ui::requireControl<wxButton>(&dialog, "wxID_OK");
    clickOn(save);
    waitUntil([&] { return !dialog.errorText("fte").empty(); }, 3000);
    const wxString warning = dialog.errorText("fte");
    INFO("warning " << fromWx(warning));
    CHECK(warning.Contains("BN-021"));
    CHECK(valueOf(dialog.control("employer")).rfind("BNES", 0) == 0);  // from the post
    clickOn(save);
    waitUntil([&] { return !dialog.IsShown(); });
    if (dialog.IsShown()) dialog.Hide();
    return dialog.GetReturnCode();
  });
  frame->newRecord();
  CHECK(frame->attentionCount() == before + 1);
}
