// Long work and a busy register: the progress dialog (after a second, with
// Cancel), import, export and backup from the main window, and an edit that
// meets another user's change.
#include <wx/button.h>
#include <wx/progdlg.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <thread>

#include "GuiSupport.h"
#include "domain/Catalog.h"
#include "services/Exchange.h"
#include "services/RecordService.h"
#include "storage/Register.h"
#include "storage/VersionStore.h"
#include "ui/MainFrame.h"
#include "ui/ProgressRunner.h"
#include "ui/Resources.h"
#include "ui/WxText.h"
#include "ui/dialogs/RecordDialog.h"
#include "ui/panels/RecordListView.h"
#include "support/TextRecords.h"

using namespace guitest;
using s113::ui::fromWx;

namespace {

// Restores the progress dialog's defaults at the end of a test.
struct ProgressSettings {
  ~ProgressSettings() {
    s113::ui::setProgressDelay(1000);
    s113::ui::setProgressObserver(nullptr);
  }
};

void sleepMs(int ms) { std::this_thread::sleep_for(std::chrono::milliseconds(ms)); }

}  // namespace

TEST_CASE("Work over a second shows a progress dialog with what it is doing", "[gui][progress]") {
  FrameGuard guard;
  ProgressSettings restore;
  std::vector<std::string> messages;
  std::vector<int> values;
  s113::ui::setProgressObserver([&](wxProgressDialog& dialog) {
    messages.push_back(fromWx(dialog.GetMessage()));
    values.push_back(dialog.GetValue());
  });

  // Quick work: no dialog.
  s113::ui::runWithProgress(guard.frame, "Quick", [](s113::Progress& progress) {
    progress.step(1, 2, "half way");
    sleepMs(50);
  });
  CHECK(messages.empty());

  // Work of 1.6 seconds: the dialog appears after the first second and shows
  // the work's own words and how far it is.
  s113::ui::runWithProgress(guard.frame, "Slow", [](s113::Progress& progress) {
    for (int i = 0; i < 8; ++i) {
      progress.step(static_cast<std::size_t>(i), 8, "Step " + std::to_string(i + 1) + " of 8");
      sleepMs(200);
    }
  });
  REQUIRE_FALSE(messages.empty());
  CHECK(messages.back().rfind("Step ", 0) == 0);
  CHECK(values.back() >= 500);
}

TEST_CASE("Cancel in the progress dialog stops the work", "[gui][progress]") {
  FrameGuard guard;
  ProgressSettings restore;
  s113::ui::setProgressDelay(0);
  bool clicked = false;
  s113::ui::setProgressObserver([&](wxProgressDialog& dialog) {
    if (clicked || !dialog.IsShownOnScreen()) return;
    auto* cancel = dynamic_cast<wxButton*>(dialog.FindWindow(wxID_CANCEL));
    REQUIRE(cancel != nullptr);
    clicked = true;
    clickOn(cancel);
  });
  int steps = 0;
  CHECK_THROWS_AS(s113::ui::runWithProgress(guard.frame, "Endless",
                                            [&](s113::Progress& progress) {
                                              // Runs until asked to stop (at most 20 s).
                                              for (; steps < 400; ++steps) {
                                                s113::reportProgress(&progress, 0, 0, "working");
                                                sleepMs(50);
                                              }
                                            }),
                  s113::Cancelled);
  CHECK(clicked);
  CHECK(steps < 400);
}

TEST_CASE("Import, export and backup from the main window", "[gui][exchange]") {
  FrameGuard guard;
  const std::string folder = temporaryPath("exported");
  std::filesystem::remove_all(folder);
  guard.frame->exportTo(folder);
  REQUIRE(reportedErrors().size() == 1);  // the summary
  CHECK_FALSE(reportedErrors().back().error);
  CHECK(std::filesystem::exists(std::filesystem::path(folder) / "posts.csv"));
  reportedErrors().clear();

  const std::string backup = temporaryPath("backup.s113");
  std::filesystem::remove(backup);
  guard.frame->backupTo(backup);
  CHECK(std::filesystem::exists(backup));
  reportedErrors().clear();

  // A new register, then a bad import: refused whole, naming row and column.
  const std::string fresh = temporaryPath("imported.s113");
  std::filesystem::remove(fresh);
  REQUIRE(guard.frame->openRegister(fresh, true));
  {
    std::ofstream posts(std::filesystem::path(folder) / "posts.csv", std::ios::app);
    posts << "BAD-001,Broken post,NJC PO1,1,BNES,BNES,s113,none,none,BNES,BNES:60;BCCG:30,,approved,"
             "BNES-S113-2013,2013-04-01\n";
  }
  guard.frame->importFrom(folder);
  REQUIRE(reportedErrors().size() == 1);
  CHECK(reportedErrors().back().error);
  CHECK(fromWx(reportedErrors().back().extended).find("posts.csv row") != std::string::npos);
  CHECK(s113::VersionStore(*guard.frame->currentRegister(), s113::postDef()).countLive() == 0);
  CHECK(guard.frame->list()->GetItemCount() == 0);
  reportedErrors().clear();

  // The backup opens as a register with the sample's 41 posts; its export
  // imports cleanly into the new register.
  REQUIRE(guard.frame->openRegister(backup, false));
  CHECK(guard.frame->list()->GetItemCount() == 41);
  std::filesystem::remove_all(folder);
  guard.frame->exportTo(folder);
  reportedErrors().clear();
  REQUIRE(guard.frame->openRegister(fresh, false));
  guard.frame->importFrom(folder);
  REQUIRE(reportedErrors().size() == 1);
  CHECK_FALSE(reportedErrors().back().error);
  CHECK(guard.frame->list()->GetItemCount() == 41);
}

TEST_CASE("An edit that meets another user's change is refused and explained, nothing overwritten",
          "[gui][forms][conflict]") {
  FrameGuard guard;
  auto& reg = *guard.frame->currentRegister();
  s113::VersionStore posts(reg, s113::postDef());
  const auto original = posts.latest("BN-009");
  REQUIRE(original.has_value());
  // Another user (another connection to the file) saves the same post while
  // this user's form is open.
  auto other = s113::Register::open(guard.path, false);
  const bool stillOpen = editWhileAnotherUserSaves(guard.frame, *other, "BN-009");
  CHECK(stillOpen);
  REQUIRE(reportedErrors().size() == 1);
  CHECK(fromWx(reportedErrors().back().message) == "Another user changed this record after you opened it.");
  CHECK(fromWx(reportedErrors().back().extended).find("Nothing was overwritten") != std::string::npos);
  CHECK(s113::test::text(s113::postDef(), posts.latest("BN-009")->fields, "title") == "Their title");
  CHECK(posts.latest("BN-009")->version == original->version + 1);
  CHECK_FALSE(guard.frame->history().canUndo());
}

TEST_CASE("A save while another user holds the register is refused as busy and can be retried",
          "[gui][forms][busy]") {
  FrameGuard guard;
  s113::VersionStore posts(*guard.frame->currentRegister(), s113::postDef());
  const auto original = posts.latest("BN-010");
  REQUIRE(original.has_value());
  // Another user (another connection to the same file) is in the middle of a write.
  auto other = s113::Register::open(guard.path, false);
  auto theirWrite = std::make_unique<s113::WriteTransaction>(*other);
  guard.frame->currentRegister()->setLockTimeout(300);

  bool refusedWhileBusy = false;
  guard.frame->list()->selectKey("BN-010");
  guard.frame->setDialogRunner([&](s113::ui::RecordDialog& dialog) {
    showAndWait(&dialog);
    typeInto(dialog.control("title"), "Senior Commissioning Manager (retitled)");
    auto* save = s113::ui::requireControl<wxButton>(&dialog, "wxID_OK");
    clickOn(save);  // waits out the lock timeout, then reports
    REQUIRE(waitUntil([&] { return !reportedErrors().empty(); }, 20000));
    refusedWhileBusy = dialog.IsShown();
    // The other user finishes; the same form saves on the next try.
    theirWrite.reset();
    clickOn(save);
    waitUntil([&] { return !dialog.IsShown(); });
    return dialog.GetReturnCode();
  });
  guard.frame->editSelected();
  CHECK(refusedWhileBusy);
  REQUIRE(reportedErrors().size() == 1);
  CHECK(fromWx(reportedErrors().front().message) == "The register is busy: another user is saving.");
  CHECK(fromWx(reportedErrors().front().extended) == "Nothing was saved; try again.");
  const auto saved = posts.latest("BN-010");
  CHECK(saved->version == original->version + 1);
  CHECK(s113::test::text(s113::postDef(), saved->fields, "title") == "Senior Commissioning Manager (retitled)");
}
