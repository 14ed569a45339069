// `test_gui --screenshots DIR` (run by tests/gui/screenshots.sh under
// xvfb-run): opens the sample register and saves PNGs of the main window, the
// post form, the post form showing a refused functional split, the decision
// wizard showing BN-001's outcome, the recharge view of 2013/14 and the
// register report's print preview window, the decisions list and the audit
// log. The
// pictures are taken of the X screen with ImageMagick's `import`.
#include <wx/button.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <stdexcept>

#include "GuiSupport.h"
#include "domain/Arrangements.h"
#include "domain/Catalog.h"
#include "ui/MainFrame.h"
#include "ui/dialogs/ReportPreview.h"
#include "ui/Resources.h"
#include "ui/dialogs/DecisionWizard.h"
#include "ui/dialogs/RecordDialog.h"
#include "ui/models/ActivityViews.h"
#include "ui/panels/RecordListView.h"

namespace {

void capture(wxWindow* window, const std::filesystem::path& file) {
  guitest::pump(400);
  window->Refresh();
  window->Update();
  guitest::pump(200);
  const wxRect r = window->GetScreenRect();
  const std::string command = "import -window root -crop " + std::to_string(r.width) + "x" +
                              std::to_string(r.height) + "+" + std::to_string(r.x) + "+" +
                              std::to_string(r.y) + " +repage '" + file.string() + "'";
  if (std::system(command.c_str()) != 0) throw std::runtime_error("screenshot failed: " + command);
  std::cout << "wrote " << file.string() << "\n";
}

}  // namespace

int takeScreenshots(const std::string& folder) {
  std::filesystem::create_directories(folder);
  const std::filesystem::path dir(folder);
  guitest::FrameGuard guard;
  auto* frame = guard.frame;
  frame->SetSize(wxRect(0, 0, 1180, 720));
  guitest::pump(200);
  frame->list()->selectKey("BN-003");
  capture(frame, dir / "main-window.png");

  frame->list()->selectKey("BN-001");
  frame->setDialogRunner([&](s113::ui::RecordDialog& dialog) {
    dialog.Move(60, 60);
    guitest::showAndWait(&dialog);
    capture(&dialog, dir / "post-form.png");
    guitest::typeInto(dialog.control("functional_split"), "BNES:50;BCCG:40");
    guitest::clickOn(s113::ui::requireControl<wxButton>(&dialog, "wxID_OK"));
    guitest::waitUntil([&] { return !dialog.errorText("functional_split").empty(); });
    capture(&dialog, dir / "post-form-error.png");
    dialog.Hide();
    return static_cast<int>(wxID_CANCEL);
  });
  frame->editSelected();

  // A placement being made: its contract picked by the person's name.
  frame->showEntity(s113::placementDef());
  frame->setDialogRunner([&](s113::ui::RecordDialog& dialog) {
    dialog.Move(40, 40);
    guitest::showAndWait(&dialog);
    guitest::typeInto(dialog.control("contract"), "Farrant");
    guitest::typeInto(dialog.control("receiving_partner"), "BCCG");
    guitest::typeInto(dialog.control("share_of_time"), "30");
    capture(&dialog, dir / "placement-form.png");
    dialog.Hide();
    return static_cast<int>(wxID_CANCEL);
  });
  frame->newRecord();
  frame->showEntity(s113::postDef());

  // The employer decision of BN-001.
  frame->setWindowRunner([&](wxDialog& dialog) {
    auto& wizard = dynamic_cast<s113::ui::DecisionWizard&>(dialog);
    wizard.Move(40, 20);
    guitest::showAndWait(&wizard);
    wizard.decide();
    guitest::waitUntil([&] { return !wizard.traceText().empty(); });
    capture(&wizard, dir / "decision-wizard.png");
    wizard.Hide();
    return static_cast<int>(wxID_CLOSE);
  });
  frame->openDecisionWizard("BN-001");

  // The recharges of 2013/14.
  frame->setWindowRunner([&](wxDialog& dialog) {
    dialog.Move(20, 20);
    guitest::showAndWait(&dialog);
    capture(&dialog, dir / "recharge-view.png");
    dialog.Hide();
    return static_cast<int>(wxID_CLOSE);
  });
  frame->openRecharges(s113::FinancialYear::parse("2013/14"));

  // The register report previewed before printing (Reports menu).
  frame->setWindowRunner([&](wxDialog& dialog) {
    dialog.Move(20, 20);
    guitest::showAndWait(&dialog);
    capture(&dialog, dir / "report-preview.png");
    dialog.Hide();
    return static_cast<int>(wxID_CLOSE);
  });
  frame->openReport("register");

  // The forum pack previewed at its first chart: the chart the PDF and the
  // printout have, drawn by the program.
  frame->setWindowRunner([&](wxDialog& dialog) {
    auto& preview = dynamic_cast<s113::ui::ReportPreview&>(dialog);
    dialog.Move(20, 20);
    guitest::showAndWait(&dialog);
    preview.showPage(preview.firstChartPage());
    guitest::pump(300);
    capture(&dialog, dir / "forum-pack-preview.png");
    dialog.Hide();
    return static_cast<int>(wxID_CLOSE);
  });
  frame->openReport("forum-pack");

  // The read-only lists: recorded decisions and the audit log.
  frame->showEntity(s113::ui::decisionsView());
  capture(frame, dir / "decisions-list.png");
  frame->showEntity(s113::ui::auditView());
  capture(frame, dir / "audit-log.png");
  return 0;
}
