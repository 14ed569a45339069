// The main window as a forum reviewer: the status bar names the user and their
// role; the lists the role may not change have New, Edit and Delete disabled
// and say why; the forum's own lists stay editable.
#include <wx/menu.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>

#include <catch2/catch.hpp>

#include "GuiSupport.h"
#include "domain/Catalog.h"
#include "services/Roles.h"
#include "support/TestRegister.h"
#include "ui/MainFrame.h"
#include "ui/WxText.h"

using namespace guitest;
using s113::ui::fromWx;

namespace {

int menuItem(s113::ui::MainFrame* frame, const char* menu, const char* label) {
  frame->UpdateWindowUI();
  pump(50);
  const int id = frame->GetMenuBar()->FindMenuItem(menu, label);
  REQUIRE(id != wxNOT_FOUND);
  return id;
}

bool recordItemEnabled(s113::ui::MainFrame* frame, const char* label) {
  return frame->GetMenuBar()->IsEnabled(menuItem(frame, "Record", label));
}

// The text beside the list that counts its rows (its tooltip says why a list is read only).
wxStaticText* countLabel(wxWindow* window) {
  for (wxWindow* child : window->GetChildren()) {
    if (auto* text = dynamic_cast<wxStaticText*>(child); text && fromWx(text->GetLabel()).find(" posts") != std::string::npos)
      return text;
    if (auto* found = countLabel(child)) return found;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("A forum reviewer sees their role, and New, Edit and Delete disabled on the posts with the reason",
          "[gui][roles]") {
  const std::string path = makeDemoRegister();
  const std::string reviewer = s113::test::uniqueLogin("gui_reviewer");
  {
    auto admin = s113::Register::open(path, false);
    s113::grantRole(*admin, reviewer, s113::Role::ForumReviewer);
  }
  s113::test::ScopedOsUser as(reviewer);
  reportedErrors().clear();
  auto* frame = new s113::ui::MainFrame;
  frame->SetSize(wxRect(20, 20, 1180, 720));
  showAndWait(frame);
  REQUIRE(frame->openRegister(path, false));
  pump(100);

  CHECK(fromWx(frame->GetStatusBar()->GetStatusText(1)) == "User: " + reviewer + " (forum_reviewer)");

  frame->showEntity(s113::postDef());
  pump(100);
  CHECK_FALSE(recordItemEnabled(frame, "New record..."));
  CHECK_FALSE(recordItemEnabled(frame, "Edit record..."));
  CHECK_FALSE(recordItemEnabled(frame, "Delete record..."));
  const std::string count = fromWx(frame->GetStatusBar()->GetStatusText(3));
  CHECK_THAT(count, Catch::Contains("posts") && Catch::Contains("read only for your role"));
  wxStaticText* label = countLabel(frame);
  REQUIRE(label);
  CHECK_THAT(fromWx(label->GetToolTipText()),
             Catch::Contains("Only hr_editor or admin may change partners, agreements, posts") &&
                 Catch::Contains(reviewer + " holds forum_reviewer"));
  // Enter or a double click (which reach the actions without the menu) opens
  // no form either: the reason is shown instead.
  frame->newRecord();
  pump(100);
  REQUIRE(reportedErrors().size() == 1);
  CHECK_THAT(fromWx(reportedErrors()[0].message), Catch::Contains("Only hr_editor or admin may change"));
  reportedErrors().clear();

  // Export and Backup carry salaries: disabled, their help saying why.
  for (const char* label : {"Export folder...", "Backup..."}) {
    const int id = menuItem(frame, "File", label);
    CHECK_FALSE(frame->GetMenuBar()->IsEnabled(id));
    CHECK_THAT(fromWx(frame->GetMenuBar()->GetHelpString(id)),
               Catch::Contains("Only hr_editor, finance or admin may read salaries"));
  }

  // The forum's meetings are the reviewer's to change.
  frame->showEntity(s113::meetingDef());
  pump(100);
  CHECK(recordItemEnabled(frame, "New record..."));
  CHECK_THAT(fromWx(frame->GetStatusBar()->GetStatusText(3)), !Catch::Contains("read only for your role"));
  CHECK(reportedErrors().empty());

  frame->Destroy();
  pump(50);
}

TEST_CASE("The register's admin has every list and menu item enabled", "[gui][roles]") {
  FrameGuard guard;
  CHECK_THAT(fromWx(guard.frame->GetStatusBar()->GetStatusText(1)), Catch::EndsWith("(admin)"));
  CHECK(recordItemEnabled(guard.frame, "New record..."));
  const int exportId = menuItem(guard.frame, "File", "Export folder...");
  CHECK(guard.frame->GetMenuBar()->IsEnabled(exportId));
  CHECK(fromWx(guard.frame->GetMenuBar()->GetHelpString(exportId)) == "Write every record to a folder of CSV files");
  CHECK_THAT(fromWx(guard.frame->GetStatusBar()->GetStatusText(3)), !Catch::Contains("read only for your role"));
}
