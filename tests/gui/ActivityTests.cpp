// The navigator's read-only lists: recorded decisions, Joint Staff Forum
// meetings and the audit log, shown by the same virtual list (filter, sort,
// as-at) and opened with a double-click (Enter).
#include <wx/listbox.h>
#include <wx/uiaction.h>

#include <catch2/catch.hpp>

#include "support/FieldsByName.h"
#include "GuiSupport.h"
#include "domain/Catalog.h"
#include "reports/Catalogue.h"
#include "services/DecisionService.h"
#include "services/RecordService.h"
#include "storage/VersionStore.h"
#include "ui/MainFrame.h"
#include "ui/WxText.h"
#include "ui/dialogs/RecordDialog.h"
#include "ui/dialogs/ReportPreview.h"
#include "ui/dialogs/VersionView.h"
#include "ui/models/ActivityViews.h"
#include "ui/panels/RecordListView.h"
#include "support/TextRecords.h"

using namespace guitest;
using s113::ui::fromWx;
using s113::ui::ReportPreview;

namespace {

void selectInNavigator(s113::ui::MainFrame* frame, const std::string& label) {
  auto* navigator = frame->navigator();
  const int index = navigator->FindString(s113::ui::toWx(label));
  REQUIRE(index != wxNOT_FOUND);
  navigator->SetSelection(index);
  wxCommandEvent event(wxEVT_LISTBOX, navigator->GetId());
  event.SetInt(index);
  event.SetEventObject(navigator);
  navigator->GetEventHandler()->ProcessEvent(event);
}

}  // namespace

TEST_CASE("The decisions list shows the recorded decisions and opens one's record", "[gui][activity]") {
  FrameGuard guard;
  selectInNavigator(guard.frame, "Decisions");
  REQUIRE(guard.frame->currentEntity() == &s113::ui::decisionsView());
  auto* list = guard.frame->list();
  REQUIRE(list->GetItemCount() >= 3);
  const long row = list->model().positionOfKey("D-BN-001-1");
  REQUIRE(row >= 0);
  CHECK(cellByLabel(list, row, "Post") == "BN-001");
  CHECK(cellByLabel(list, row, "Employer") == "BNES");
  CHECK(cellByLabel(list, row, "Decided on") == "15/04/2013");
  CHECK(cellByLabel(list, row, "Deciding rule").rfind("1. ", 0) == 0);

  // As at a day before the first decision there are none.
  guard.frame->setAsAt(s113::Date(2013, 4, 14));
  CHECK(list->GetItemCount() == 0);
  guard.frame->setAsAt(s113::today());

  // The list is read-only: a new record is refused with a reason, no form opens.
  bool formOpened = false;
  guard.frame->setDialogRunner([&](s113::ui::RecordDialog&) {
    formOpened = true;
    return static_cast<int>(wxID_CANCEL);
  });
  guard.frame->newRecord();
  CHECK_FALSE(formOpened);
  REQUIRE(reportedErrors().size() == 1);
  CHECK(fromWx(reportedErrors().back().title) == "Read-only list");
  reportedErrors().clear();

  // Enter on a decision previews its decision record.
  std::string text;
  guard.frame->setWindowRunner([&](wxDialog& dialog) {
    text = fromWx(dynamic_cast<ReportPreview&>(dialog).pageText());
    return static_cast<int>(wxID_CLOSE);
  });
  list->selectKey("D-BN-001-1");
  guard.frame->openSelectedActivity();
  CHECK(reportedErrors().empty());
  CHECK(text.find("BN-001") != std::string::npos);
}

TEST_CASE("Double-clicking a decision in the list opens that decision, not the post's newest",
          "[gui][activity]") {
  FrameGuard guard;
  // Three later decisions on BN-037 after the sample's 2014 override, as a
  // user of the wizard would record them: D-BN-037-4 is the newest.
  for (const s113::Date day : {s113::Date(2015, 1, 12), s113::Date(2015, 6, 15),
                               s113::Date(2016, 1, 11)}) {
    s113::DecisionRequest request;
    request.postRef = "BN-037";
    request.kind = s113::ProposalKind::Reorganisation;
    request.on = day;
    s113::recordDecision(*guard.frame->currentRegister(), request, std::nullopt);
  }
  selectInNavigator(guard.frame, "Decisions");
  auto* list = guard.frame->list();
  // BN-037 has four decisions; the first is the 2014 override with its reason.
  const long row = list->model().positionOfKey("D-BN-037-1");
  REQUIRE(row >= 0);
  REQUIRE(list->model().positionOfKey("D-BN-037-4") >= 0);
  CHECK(cellByLabel(list, row, "Post") == "BN-037");
  CHECK(cellByLabel(list, row, "Decided on").find("2014") != std::string::npos);
  CHECK(!cellByLabel(list, row, "Decided by").empty());
  CHECK(cellByLabel(list, row, "Kind") != "<no column Kind>");
  CHECK_THAT(cellByLabel(list, row, "Override"), Catch::Contains(" instead of "));
  CHECK(!cellByLabel(list, row, "Override reason").empty());

  std::string text;
  int previews = 0;
  guard.frame->setWindowRunner([&](wxDialog& dialog) {
    text = fromWx(dynamic_cast<ReportPreview&>(dialog).pageText());
    ++previews;
    return static_cast<int>(wxID_CLOSE);
  });
  list->EnsureVisible(row);
  pump(100);
  wxRect item;
  REQUIRE(list->GetItemRect(row, item));
  const wxPoint at = list->ClientToScreen(wxPoint(item.x + 30, item.y + item.height / 2));
  wxUIActionSimulator sim;
  sim.MouseMove(at);
  pump(100);
  sim.MouseDblClick();
  REQUIRE(waitUntil([&] { return previews == 1; }, 5000));
  CHECK(reportedErrors().empty());
  CHECK(list->selectedKey() == "D-BN-037-1");
  CHECK(text.find("D-BN-037-1") != std::string::npos);
  CHECK(text.find("D-BN-037-4") == std::string::npos);
  CHECK(text.find("overridden") != std::string::npos);
}

TEST_CASE("The forum packs list shows the meetings packs were issued to and opens a pack", "[gui][activity]") {
  FrameGuard guard;
  s113::reports::ReportParams params;
  params.asAt = s113::Date(2016, 3, 10);
  s113::reports::issueForumPack(*guard.frame->currentRegister(), s113::Date(2016, 3, 10),
                                "Joint Staff Forum, March 2016", params);
  selectInNavigator(guard.frame, "Forum packs");
  auto* list = guard.frame->list();
  REQUIRE(list->GetItemCount() == 1);
  CHECK(fromWx(list->GetItemText(0, 0)) == "2016-03-10");
  CHECK(cellByLabel(list, 0, "Title") == "Joint Staff Forum, March 2016");
  CHECK(cellByLabel(list, 0, "Pack issued") == "Yes");

  std::string title;
  guard.frame->setWindowRunner([&](wxDialog& dialog) {
    title = fromWx(dialog.GetTitle());
    return static_cast<int>(wxID_CLOSE);
  });
  list->selectKey("2016-03-10");
  guard.frame->openSelectedActivity();
  CHECK(reportedErrors().empty());
  CHECK(title.find("Forum") != std::string::npos);
}

TEST_CASE("The audit log lists every change of a record as one row, newest first, and opens its version",
          "[gui][activity]") {
  FrameGuard guard;
  auto& reg = *guard.frame->currentRegister();
  auto latest = s113::VersionStore(reg, s113::postDef()).latest("BN-007");
  REQUIRE(latest.has_value());
  auto fields = latest->fields;
  s113::setText(s113::postDef(), fields, "title", "Head of Commissioning - Adults (audited)");
  s113::RecordService(reg).save({&s113::postDef(), "BN-007", fields, latest->version, s113::today()});

  selectInNavigator(guard.frame, "Audit log");
  REQUIRE(guard.frame->currentEntity() == &s113::ui::auditView());
  auto* list = guard.frame->list();
  REQUIRE(list->GetItemCount() > 100);
  // Newest first: the title change just made, one row for the save.
  const std::string version = std::to_string(latest->version + 1);
  CHECK(cellByLabel(list, 0, "Record") == "BN-007");
  CHECK(cellByLabel(list, 0, "Change") == "Post BN-007 v" + version + ": Title changed");
  CHECK(cellByLabel(list, 0, "Values (before \u2192 after)") ==
        "Title: " + s113::test::text(s113::postDef(), latest->fields, "title") +
            " \u2192 Head of Commissioning - Adults (audited); valid from " + s113::formatUk(s113::today()));
  CHECK(cellByLabel(list, 1, "Change").find("Post BN-007 v") == std::string::npos);
  // A record's creation is one row too, however many fields it has.
  std::size_t creations = 0;
  for (long row = 0; row < list->GetItemCount(); ++row)
    if (cellByLabel(list, row, "Record") == "BN-007" &&
        cellByLabel(list, row, "Change") == "Post BN-007 v1: created")
      ++creations;
  CHECK(creations == 1);

  // Filter as you type works here as everywhere.
  typeInto(guard.frame->filterBox(), "(audited)");
  REQUIRE(waitUntil([&] { return list->GetItemCount() == 1; }));

  // Sorting by the entry number puts the oldest first.
  guard.frame->filterBox()->SetValue(wxString());
  REQUIRE(waitUntil([&] { return list->GetItemCount() > 100; }));
  list->sortByColumn(0);
  CHECK(fromWx(list->GetItemText(0, 0)) == "1");

  // Opening a change shows the version it made; from there, the record in its own list.
  list->sortByColumn(0);  // newest first again
  REQUIRE(cellByLabel(list, 0, "Record") == "BN-007");
  list->selectKey(list->model().visibleRow(0).key);
  std::string title, shownTitle;
  guard.frame->setWindowRunner([&](wxDialog& dialog) {
    auto& view = dynamic_cast<s113::ui::VersionView&>(dialog);
    showAndWait(&view);
    title = fromWx(view.GetTitle());
    shownTitle = fromWx(view.valueOf("Title"));
    view.Hide();
    return static_cast<int>(wxID_FIND);
  });
  guard.frame->openSelectedActivity();
  guard.frame->setWindowRunner({});
  CHECK(reportedErrors().empty());
  CHECK(title == "Post BN-007, version " + version);
  CHECK(shownTitle == "Head of Commissioning - Adults (audited)");
  CHECK(guard.frame->currentEntity() == &s113::postDef());
  CHECK(guard.frame->list()->selectedKey() == "BN-007");
}
