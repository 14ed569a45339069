// The desktop application on the shared PostgreSQL register (run by the
// gui.postgresql ctest entry against the throw-away server of
// tests/support/pg-start.sh; hidden from a plain run by the "." tag).
#include <wx/button.h>
#include <wx/menu.h>
#include <wx/statusbr.h>
#include <wx/textctrl.h>

#include <catch2/catch.hpp>

#include "GuiSupport.h"
#include "domain/Catalog.h"
#include "services/Demo.h"
#include "services/RecordService.h"
#include "storage/VersionStore.h"
#include "support/TestRegister.h"
#include "ui/MainFrame.h"
#include "ui/Resources.h"
#include "ui/WxText.h"
#include "ui/dialogs/RecordDialog.h"
#include "ui/panels/RecordListView.h"
#include "support/TextRecords.h"

using namespace guitest;
using s113::ui::fromWx;

namespace {

// File > Connect to PostgreSQL..., typing `address` into its dialog.
void connectThroughMenu(s113::ui::MainFrame* frame, const std::string& address) {
  const int id = frame->GetMenuBar()->FindMenuItem("File", "Connect to PostgreSQL...");
  REQUIRE(id != wxNOT_FOUND);
  bool typed = false;
  whenDialogShows([&](wxDialog& dialog) {
    wxTextCtrl* entry = nullptr;
    for (wxWindow* child : dialog.GetChildren())
      if (auto* text = dynamic_cast<wxTextCtrl*>(child)) entry = text;
    REQUIRE(entry != nullptr);
    typeInto(entry, address);
    typed = true;
    clickOn(dialog.FindWindow(wxID_OK));
  });
  wxCommandEvent event(wxEVT_MENU, id);
  frame->ProcessWindowEvent(event);
  CHECK(typed);
}

}  // namespace

TEST_CASE("File > Connect to PostgreSQL opens the shared register; a second user's edit is refused",
          "[.postgresql][gui]") {
  s113::test::TestRegister shared;
  REQUIRE(shared.isPostgres());
  s113::buildDemoRegister(shared.reg());
  FrameGuard guard;
  connectThroughMenu(guard.frame, shared.target());
  REQUIRE(reportedErrors().empty());
  REQUIRE(guard.frame->currentRegister() != nullptr);
  CHECK(guard.frame->currentRegister()->backend() == s113::Backend::PostgreSQL);
  CHECK(guard.frame->list()->GetItemCount() == 41);
  CHECK(fromWx(guard.frame->GetTitle()).find("S113 Register - ") == 0);

  // Another user saves BN-009 while this user's form is open.
  auto& mine = *guard.frame->currentRegister();
  s113::VersionStore posts(mine, s113::postDef());
  const auto original = posts.latest("BN-009");
  REQUIRE(original.has_value());
  auto theirs = shared.openAnother();
  const bool stillOpen = editWhileAnotherUserSaves(guard.frame, *theirs, "BN-009");
  CHECK(stillOpen);
  REQUIRE(reportedErrors().size() == 1);
  CHECK(fromWx(reportedErrors().back().message) == "Another user changed this record after you opened it.");
  CHECK(s113::test::text(s113::postDef(), posts.latest("BN-009")->fields, "title") == "Their title");
}

TEST_CASE("A PostgreSQL server that does not answer is reported, not a crash", "[.postgresql][gui]") {
  FrameGuard guard;
  auto* before = guard.frame->currentRegister();
  // Port 1 on loopback: nothing listens there.
  connectThroughMenu(guard.frame, "postgresql://127.0.0.1:1/s113?connect_timeout=3");
  REQUIRE(reportedErrors().size() == 1);
  CHECK(reportedErrors().back().error);
  // The register that was open stays open.
  CHECK(guard.frame->currentRegister() == before);
  CHECK(guard.frame->list()->GetItemCount() == 41);
}
