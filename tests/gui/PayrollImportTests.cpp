// The payroll import assistant (Recharges > Import payroll extract): a file
// and a saved profile picked, the rows previewed with their matches, a match
// rejected, a dry run; nothing stored until Accept, then the pay stored and
// the reconciliation shown.
#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/textctrl.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <set>

#include "GuiSupport.h"
#include "domain/Catalog.h"
#include "storage/VersionStore.h"
#include "ui/MainFrame.h"
#include "ui/WxText.h"
#include "ui/Resources.h"
#include "ui/dialogs/PayrollImportDialog.h"
#include "ui/dialogs/RecordDialog.h"
#include "support/TextRecords.h"

using namespace guitest;
using s113::ui::fromWx;
using s113::ui::PayrollImportDialog;

namespace {

// Three of the CCG's people in an ESR-like extract for May 2015: Andrea
// Pearce paid 100.00 over 58,698 / 12, Ruth Gamble exact, one unknown number.
std::string writeMayExtract() {
  const std::string file = temporaryPath("may-2015.csv");
  std::ofstream(file) << "Assignment Number,Employee Name,Period Start Date,Period End Date,Gross Pay,Assignment FTE\n"
                         "20500009,Andrea Pearce,01-May-2015,31-May-2015,4991.50,1\n"
                         "20500012,Ruth Gamble,01-May-2015,31-May-2015,3924.00,1\n"
                         "20509999,Pat Nobody,01-May-2015,31-May-2015,2500.00,1\n";
  return file;
}

std::size_t storedPay(s113::Register& reg) { return s113::VersionStore(reg, s113::payrollPayDef()).countLive(); }

// "kind staff_number" of each row of the reconciliation list.
std::set<std::string> listed(wxListCtrl* list) {
  std::set<std::string> out;
  for (long r = 0; r < list->GetItemCount(); ++r)
    out.insert(fromWx(list->GetItemText(r, 0)) + " " + fromWx(list->GetItemText(r, 3)));
  return out;
}

}  // namespace

TEST_CASE("The payroll import assistant previews, dry-runs, and stores nothing until accepted",
          "[gui][payroll]") {
  FrameGuard guard;
  s113::Register& reg = *guard.frame->currentRegister();
  const std::string file = writeMayExtract();
  bool ran = false;
  std::size_t afterPreview = 99, afterDryRun = 99, afterAccept = 0;
  guard.frame->setWindowRunner([&](wxDialog& dialog) {
    ran = true;
    auto& assistant = dynamic_cast<PayrollImportDialog&>(dialog);
    showAndWait(&assistant);
    CHECK_FALSE(assistant.acceptButton()->IsEnabled());  // nothing read yet
    typeInto(assistant.fileBox(), file);
    REQUIRE(assistant.profileChoice()->SetStringSelection("ITRENT-BNES"));
    wxCommandEvent chosen(wxEVT_CHOICE, assistant.profileChoice()->GetId());
    assistant.profileChoice()->GetEventHandler()->ProcessEvent(chosen);
    CHECK_THAT(fromWx(assistant.mappingText()), Catch::Contains("BNES's payroll. Staff number: Employee No"));
    REQUIRE(assistant.profileChoice()->SetStringSelection("ESR-BCCG"));
    assistant.profileChoice()->GetEventHandler()->ProcessEvent(chosen);
    CHECK_THAT(fromWx(assistant.mappingText()),
               Catch::Contains("period: Period Start Date / Period End Date (dates dd-mon-yyyy)"));
    clickOn(assistant.previewButton());
    REQUIRE(waitUntil([&] { return assistant.rowsList()->GetCount() == 3; }));
    INFO(fromWx(assistant.summaryText()));
    CHECK_THAT(fromWx(assistant.summaryText()), Catch::Contains("3 rows read with profile ESR-BCCG (BCCG): 2 matched"));
    CHECK_THAT(fromWx(assistant.rowsList()->GetString(0)), Catch::Contains("20500009  Andrea Pearce") &&
                                                               Catch::Contains("contract C-0009"));
    CHECK(assistant.rowsList()->IsChecked(0));
    CHECK(assistant.rowsList()->IsChecked(1));
    CHECK_FALSE(assistant.rowsList()->IsChecked(2));  // Pat Nobody: no contract to confirm
    afterPreview = storedPay(reg);

    // Ruth Gamble's match rejected: she is stored with no contract.
    assistant.rowsList()->Check(1, false);
    CHECK(assistant.confirmedContracts() == std::vector<std::string>{"C-0009", "", ""});
    clickOn(assistant.dryRunButton());
    REQUIRE(waitUntil([&] { return !assistant.resultText().empty(); }));
    CHECK_THAT(fromWx(assistant.resultText()),
               Catch::Contains("would store 3 pay rows") && Catch::Contains("2 with no contract"));
    afterDryRun = storedPay(reg);

    clickOn(assistant.acceptButton());
    REQUIRE(waitUntil([&] { return assistant.mismatchesList()->GetItemCount() > 0; }));
    CHECK_THAT(fromWx(assistant.resultText()), Catch::Contains("3 pay rows stored"));
    afterAccept = storedPay(reg);
    const auto shown = listed(assistant.mismatchesList());
    CHECK(shown.count("salary_difference 20500009"));
    CHECK(shown.count("paid_without_contract 20509999"));
    CHECK(shown.count("paid_without_contract 20500012"));  // the rejected match
    CHECK(shown.count("contract_without_pay 20500012"));
    CHECK_FALSE(assistant.acceptButton()->IsEnabled());  // accepted once
    assistant.Hide();
    return static_cast<int>(wxID_CLOSE);
  });
  guard.frame->openPayrollImport();
  REQUIRE(ran);
  CHECK(reportedErrors().empty());
  CHECK(afterPreview == 0);
  CHECK(afterDryRun == 0);
  CHECK(afterAccept == 3);
  auto ruth = s113::VersionStore(reg, s113::payrollPayDef()).latest("BCCG/2015-05/20500012");
  REQUIRE(ruth.has_value());
  CHECK(s113::test::text(s113::payrollPayDef(), ruth->fields, "contract").empty());
  auto andrea = s113::VersionStore(reg, s113::payrollPayDef()).latest("BCCG/2015-05/20500009");
  REQUIRE(andrea.has_value());
  CHECK(s113::test::text(s113::payrollPayDef(), andrea->fields, "contract") == "C-0009");
}

TEST_CASE("The payroll import assistant shows why an extract cannot be read and stores nothing",
          "[gui][payroll]") {
  FrameGuard guard;
  s113::Register& reg = *guard.frame->currentRegister();
  const std::string file = temporaryPath("bad-may.csv");
  std::ofstream(file) << "Assignment Number,Employee Name,Period Start Date,Period End Date,Gross Pay,Assignment FTE\n"
                         "20500009,Andrea Pearce,01-May-2015,30-May-2015,4991.50,1\n";
  guard.frame->setWindowRunner([&](wxDialog& dialog) {
    auto& assistant = dynamic_cast<PayrollImportDialog&>(dialog);
    showAndWait(&assistant);
    assistant.fileBox()->SetValue(s113::ui::toWx(file));
    REQUIRE(assistant.profileChoice()->SetStringSelection("ESR-BCCG"));
    CHECK_FALSE(assistant.preview());
    CHECK(assistant.rowsList()->GetCount() == 0);
    CHECK_FALSE(assistant.acceptButton()->IsEnabled());
    CHECK_FALSE(assistant.accept());
    return static_cast<int>(wxID_CLOSE);
  });
  guard.frame->openPayrollImport();
  REQUIRE(reportedErrors().size() == 1);
  const auto& report = reportedErrors().front();
  CHECK_THAT(fromWx(report.message + "\n" + report.extended), Catch::Contains("row 2: column Period End Date"));
  CHECK(storedPay(reg) == 0);
}

TEST_CASE("A new column-mapping profile is written from the payroll import assistant and chosen",
          "[gui][payroll]") {
  FrameGuard guard;
  s113::Register& reg = *guard.frame->currentRegister();
  bool formShown = false;
  guard.frame->setWindowRunner([&](wxDialog& dialog) {
    auto& assistant = dynamic_cast<PayrollImportDialog&>(dialog);
    showAndWait(&assistant);
    whenDialogShows([&](wxDialog& shown) {
      auto& form = dynamic_cast<s113::ui::RecordDialog&>(shown);
      formShown = true;
      typeInto(form.control("name"), "ITRENT-BCCG");
      typeInto(form.control("employer"), "BCCG");
      typeInto(form.control("staff_number_column"), "Employee No");
      typeInto(form.control("period_column"), "Pay Month");
      typeInto(form.control("gross_pay_column"), "Total Gross");
      auto* dates = dynamic_cast<wxChoice*>(form.control("date_format"));
      REQUIRE(dates != nullptr);
      for (unsigned i = 0; i < dates->GetCount(); ++i) INFO(fromWx(dates->GetString(i)));
      CHECK(dates->SetStringSelection("mm/yyyy"));
      clickOn(s113::ui::requireControl<wxButton>(&form, "wxID_OK"));
    });
    clickOn(assistant.newProfileButton());
    REQUIRE(waitUntil([&] { return fromWx(assistant.profileChoice()->GetStringSelection()) == "ITRENT-BCCG"; }));
    CHECK_THAT(fromWx(assistant.mappingText()), Catch::Contains("BCCG's payroll. Staff number: Employee No") &&
                                                    Catch::Contains("period: Pay Month (dates mm/yyyy)"));
    return static_cast<int>(wxID_CLOSE);
  });
  guard.frame->openPayrollImport();
  CHECK(formShown);
  INFO((reportedErrors().empty() ? std::string() : fromWx(reportedErrors().front().message)));
  CHECK(reportedErrors().empty());
  CHECK(s113::VersionStore(reg, s113::payrollProfileDef()).isLive("ITRENT-BCCG"));
}
