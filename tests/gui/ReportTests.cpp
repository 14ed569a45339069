// The Reports menu: a report previewed as its paper pages (the PDF's pages),
// printed with every page selected; the list printed as shown.
#include <wx/button.h>
#include <wx/dcmemory.h>
#include <wx/print.h>

#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <fstream>

#include <catch2/catch.hpp>

#include "GuiSupport.h"
#include "ui/MainFrame.h"
#include "ui/WxText.h"
#include "../reports/ReportFiles.h"
#include "reports/Catalogue.h"
#include "reports/Writers.h"
#include "support/TestRegister.h"
#include "storage/ForumStore.h"
#include "ui/dialogs/ForumPackDialog.h"
#include "ui/dialogs/ReportPages.h"
#include "ui/dialogs/ReportPreview.h"
#include "ui/panels/RecordListView.h"

using namespace guitest;
using s113::ui::fromWx;
using s113::ui::ReportPreview;

TEST_CASE("The register report is previewed as its pages", "[gui][reports]") {
  FrameGuard guard;
  std::string text;
  guard.frame->setWindowRunner([&](wxDialog& dialog) {
    auto& preview = dynamic_cast<ReportPreview&>(dialog);
    showAndWait(&preview);
    text = fromWx(preview.pageText());
    preview.Hide();
    return static_cast<int>(wxID_CLOSE);
  });
  guard.frame->openReport("register");
  CHECK(reportedErrors().empty());
  INFO(text.substr(0, 2000));
  CHECK(text.find("BN-001") != std::string::npos);
}

TEST_CASE("The decision record report previews the selected post", "[gui][reports]") {
  FrameGuard guard;
  guard.frame->list()->selectKey("BN-001");
  std::string text;
  guard.frame->setWindowRunner([&](wxDialog& dialog) {
    text = fromWx(dynamic_cast<ReportPreview&>(dialog).pageText());
    return static_cast<int>(wxID_CLOSE);
  });
  guard.frame->openReport("decision");
  INFO(text.substr(0, 2000));
  CHECK(text.find("BN-001") != std::string::npos);
}

TEST_CASE("File > Print list previews the list as filtered; Save list as writes it", "[gui][reports]") {
  FrameGuard guard;
  guard.frame->filterBox()->SetValue("Commissioning Manager");
  const int shown = guard.frame->list()->GetItemCount();
  REQUIRE(shown > 1);
  REQUIRE(shown < 41);
  std::string text;
  guard.frame->setWindowRunner([&](wxDialog& dialog) {
    text = fromWx(dynamic_cast<ReportPreview&>(dialog).pageText());
    return static_cast<int>(wxID_CLOSE);
  });
  guard.frame->printList();
  CHECK(reportedErrors().empty());
  CHECK(text.find("Commissioning Manager") != std::string::npos);
  CHECK(text.find(std::to_string(shown) + " of 41") != std::string::npos);
  CHECK(text.find("BN-002") == std::string::npos);  // filtered out

  const std::string csv = temporaryPath("posts-list.csv");
  guard.frame->saveListAs(csv);
  CHECK(reportedErrors().empty());
  std::ifstream in(csv);
  std::string line;
  int lines = 0;
  while (std::getline(in, line)) ++lines;
  CHECK(lines == shown + 1);  // the header and the rows shown
}

TEST_CASE("Every report prints the pages its PDF has, every page selected by default",
          "[gui][reports]") {
  REQUIRE(s113::test::haveTool("pdfinfo"));  // Debian poppler-utils
  FrameGuard guard;
  s113::reports::ReportParams params;
  params.asAt = s113::Date(2016, 3, 31);
  params.year = s113::FinancialYear::parse("2013/14");
  params.post = "BN-037";
  params.agreement = "BNES-S113-2013";
  params.placement = "PL-001";
  for (const auto& info : s113::reports::reportCatalogue()) {
    if (!info.available) continue;
    INFO("report " << info.name);
    const auto doc = s113::reports::buildReport(*guard.frame->currentRegister(), info.name, params);
    const std::string pdf = s113::test::tempPath(".pdf");
    s113::reports::writePdf(doc, pdf);
    const int pdfPages = std::stoi(
        s113::test::commandOutput("pdfinfo '" + pdf + "' | sed -n 's/^Pages: *//p'"));
    std::remove(pdf.c_str());

    ReportPreview preview(guard.frame, doc);
    CHECK(preview.pageCount() == pdfPages);
    // wx's own print preview window (Print preview...) counts the pages as
    // the printer would.
    wxPrintDialogData data = s113::ui::printDialogDataFor(*preview.printout());
    auto* printPreview = new wxPrintPreview(preview.printout().release(), nullptr, &data);
    REQUIRE(printPreview->IsOk());
    auto* frame = new wxPreviewFrame(printPreview, guard.frame, "preview");
    frame->Initialize();
    frame->Show();
    pump(100);
    CHECK(printPreview->GetMinPage() == 1);
    CHECK(printPreview->GetMaxPage() == pdfPages);
    frame->Destroy();
    pump(50);
    // The print dialog starts on every page, not "Pages: 1".
    CHECK(data.GetAllPages());
    CHECK(data.GetFromPage() == 1);
    CHECK(data.GetToPage() == pdfPages);
    // Every page prints, as the printer would draw it on A4 at 72 dpi.
    auto printout = preview.printout();
    wxBitmap paper(595, 842);
    wxMemoryDC dc(paper);
    printout->SetDC(&dc);
    printout->SetPageSizePixels(595, 842);
    printout->SetPPIPrinter(72, 72);
    printout->SetPPIScreen(72, 72);
    printout->SetPaperRectPixels(wxRect(0, 0, 595, 842));
    for (int page = 1; page <= pdfPages; ++page) CHECK(printout->OnPrintPage(page));
    CHECK_FALSE(printout->HasPage(pdfPages + 1));
    dc.SelectObject(wxNullBitmap);
  }
}

TEST_CASE("A forum pack for JSF-2014-06 is issued from the app and lists what changed since JSF-2013-04 only",
          "[gui][reports][forum]") {
  FrameGuard guard;
  std::string baseline, text;
  guard.frame->setWindowRunner([&](wxDialog& dialog) {
    if (auto* forum = dynamic_cast<s113::ui::ForumPackDialog*>(&dialog)) {
      showAndWait(forum);
      REQUIRE(forum->select("JSF-2014-06"));
      baseline = fromWx(forum->baseline()->GetLabel());
      clickOn(forum->issueButton());
      waitUntil([&] { return !text.empty(); });
      forum->Hide();
      return static_cast<int>(wxID_CLOSE);
    }
    auto& preview = dynamic_cast<ReportPreview&>(dialog);
    showAndWait(&preview);
    text = fromWx(preview.pageText());
    preview.Hide();
    return static_cast<int>(wxID_CLOSE);
  });
  guard.frame->openReport("forum-pack");  // Reports > Forum pack...
  CHECK(reportedErrors().empty());
  CHECK(baseline.find("10/04/2013 JSF-2013-04") != std::string::npos);
  INFO(text.substr(0, 4000));
  CHECK(text.find("Issued") != std::string::npos);  // the preview shows the frozen pack
  CHECK(text.find("11/06/2014 (JSF-2014-06)") != std::string::npos);
  CHECK(text.find("10/04/2013 (JSF-2013-04)") != std::string::npos);
  // PL-005 agreed on 20/02/2014, between the two held meetings, is on the
  // preview's pages; the line managers set up on 28/03/2013, before the first
  // meeting, are not.
  std::string words = text;
  std::replace(words.begin(), words.end(), '\n', ' ');
  CHECK(words.find("PL-005") != std::string::npos);
  CHECK(words.find("status consulted -> agreed") != std::string::npos);
  CHECK(words.find("line-manager post (none)") == std::string::npos);
  // The same in the pack as issued (frozen), cell by cell.
  const auto frozen = s113::ForumStore(*guard.frame->currentRegister()).frozenPack("2014-06-11");
  REQUIRE(frozen.has_value());
  const auto issued = s113::reports::fromJson(nlohmann::json::parse(*frozen));
  const auto* changes = issued.table("changes");
  REQUIRE(changes);
  bool agreed = false, lineManagers = false;
  for (const auto& row : changes->rows) {
    agreed |= row.at(1) == "S113 placement / secondment PL-005" && row.at(2) == "status consulted \u2192 agreed" &&
              row.at(0) == "2014-02-20" && row.at(3) == "J Smith";
    lineManagers |= row.at(2).find("line-manager") != std::string::npos;
  }
  CHECK(agreed);
  CHECK_FALSE(lineManagers);
  CHECK(s113::ForumStore(*guard.frame->currentRegister()).frozenPack("2014-06-11").has_value());
}
