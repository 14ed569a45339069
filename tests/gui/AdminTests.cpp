// Admin > Roles and personal data, as an admin: a role granted and revoked,
// one person's data exported (readable by its owner only) and, once their
// contract has ended and the retention period passed, anonymised; a person
// still employed is refused, nothing changed. As a forum reviewer the menu
// item is disabled and opening it is refused, saying why.
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "support/FieldsByName.h"
#include "GuiSupport.h"
#include "domain/Catalog.h"
#include "services/PersonalData.h"
#include "services/RecordService.h"
#include "services/Roles.h"
#include "storage/VersionStore.h"
#include "support/TestRegister.h"
#include "ui/ErrorDisplay.h"
#include "ui/MainFrame.h"
#include "ui/WxText.h"
#include "ui/dialogs/AdminDialog.h"
#include "support/TextRecords.h"

using namespace guitest;
using s113::ui::AdminDialog;
using s113::ui::fromWx;

namespace {

bool listed(wxListCtrl* grants, const std::string& login, const std::string& role) {
  for (long row = 0; row < grants->GetItemCount(); ++row)
    if (fromWx(grants->GetItemText(row, 0)) == login && fromWx(grants->GetItemText(row, 1)) == role) return true;
  return false;
}

long rowOf(wxListCtrl* grants, const std::string& login) {
  for (long row = 0; row < grants->GetItemCount(); ++row)
    if (fromWx(grants->GetItemText(row, 0)) == login) return row;
  return -1;
}

std::string personName(s113::Register& reg, const std::string& ref) {
  return s113::textIn(s113::personDef(), s113::VersionStore(reg, s113::personDef()).latest(ref)->fields, "name");
}

// C-0002, Dr Sam Whitfield's contract, ends on 31/03/2016.
void endSamsContract(s113::Register& reg) {
  auto contract = s113::VersionStore(reg, s113::contractDef()).latest("C-0002");
  REQUIRE(static_cast<bool>(contract));
  s113::FieldValues fields = contract->fields;
  fields[s113::fieldIndex(s113::contractDef(), "end_date")] = s113::parseIsoDate("2016-03-31");
  s113::RecordService(reg).save(
      {&s113::contractDef(), "C-0002", fields, contract->version, s113::parseIsoDate("2016-03-31")});
}

}  // namespace

TEST_CASE("An admin grants and revokes a role, exports and anonymises a person's data from the app",
          "[gui][admin][roles]") {
  FrameGuard guard;
  auto& reg = *guard.frame->currentRegister();
  endSamsContract(reg);
  const std::string login = s113::test::uniqueLogin("gui_finance");
  const std::string exported = temporaryPath("subject-access.json");
  std::string employed, grantedText;
  guard.frame->setWindowRunner([&](wxDialog& shown) {
    auto& dialog = dynamic_cast<AdminDialog&>(shown);
    showAndWait(&dialog);
    // A role granted, listed, then revoked.
    typeInto(dialog.login(), login);
    dialog.role()->SetSelection(2);  // Finance
    clickOn(dialog.grantButton());
    CHECK(listed(dialog.grants(), login, "Finance"));
    grantedText = fromWx(dialog.result()->GetLabel());
    const long row = rowOf(dialog.grants(), login);
    REQUIRE(row >= 0);
    dialog.grants()->SetItemState(row, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    clickOn(dialog.revokeButton());
    CHECK_FALSE(listed(dialog.grants(), login, "Finance"));

    // Everything held about Dr Sam Whitfield, in a file only its owner reads.
    REQUIRE(dialog.selectPerson("P-0002"));
    dialog.exportSubjectAccess(exported);

    // Still employed: refused, and named why.
    REQUIRE(dialog.selectPerson("P-0001"));
    employed = personName(reg, "P-0001");
    clickOn(dialog.anonymiseButton());

    // Contract ended, retention set to none: anonymised.
    dialog.retention()->SetValue(0);
    clickOn(dialog.setRetentionButton());
    REQUIRE(dialog.selectPerson("P-0002"));
    clickOn(dialog.anonymiseButton());
    CHECK_THAT(fromWx(dialog.result()->GetLabel()), Catch::Contains("P-0002 is anonymised"));
    dialog.Hide();
    return static_cast<int>(wxID_CLOSE);
  });
  reportedErrors().clear();
  guard.frame->openAdmin();
  guard.frame->setWindowRunner({});

  CHECK(grantedText == login + " now holds Finance.");
  bool stillGranted = false;
  for (const auto& g : s113::listRoles(reg)) stillGranted |= g.login == login;
  CHECK_FALSE(stillGranted);

  REQUIRE(std::filesystem::is_regular_file(exported));
  const auto mode = std::filesystem::status(exported).permissions();
  CHECK((mode & (std::filesystem::perms::group_all | std::filesystem::perms::others_all)) ==
        std::filesystem::perms::none);
  std::ifstream in(exported);
  std::stringstream text;
  text << in.rdbuf();
  CHECK_THAT(text.str(), Catch::Contains("Dr Sam Whitfield") && Catch::Contains("\"person\": \"P-0002\""));

  REQUIRE(reportedErrors().size() == 1);  // the employed person, refused
  CHECK_THAT(fromWx(reportedErrors()[0].message + " " + reportedErrors()[0].extended),
             Catch::Contains("has no end date"));
  CHECK(personName(reg, "P-0001") == employed);
  CHECK(s113::retentionMonths(reg) == 0);
  CHECK(personName(reg, "P-0002") == s113::anonymisedName("P-0002"));
}

TEST_CASE("A forum reviewer finds Roles and personal data disabled, and is told why", "[gui][admin][roles]") {
  const std::string path = makeDemoRegister();
  const std::string reviewer = s113::test::uniqueLogin("gui_reviewer");
  {
    auto admin = s113::Register::open(path, false);
    s113::grantRole(*admin, reviewer, s113::Role::ForumReviewer);
  }
  s113::test::ScopedOsUser as(reviewer);
  reportedErrors().clear();
  auto* frame = new s113::ui::MainFrame;
  showAndWait(frame);
  REQUIRE(frame->openRegister(path, false));
  frame->UpdateWindowUI();
  pump(100);
  const int item = frame->GetMenuBar()->FindMenuItem("Admin", "Roles and personal data...");
  REQUIRE(item != wxNOT_FOUND);
  CHECK_FALSE(frame->GetMenuBar()->IsEnabled(item));
  CHECK_THAT(fromWx(frame->GetMenuBar()->GetHelpString(item)), Catch::Contains("admin"));
  bool opened = false;
  frame->setWindowRunner([&](wxDialog&) {
    opened = true;
    return static_cast<int>(wxID_CLOSE);
  });
  frame->openAdmin();
  CHECK_FALSE(opened);
  REQUIRE(reportedErrors().size() == 1);
  CHECK_THAT(fromWx(reportedErrors()[0].message + " " + reportedErrors()[0].extended),
             Catch::Contains(reviewer + " holds forum_reviewer"));
  frame->Destroy();
  pump(50);
}
