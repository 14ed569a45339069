// The Reports menu: a report's HTML previewed in a wxHtmlWindow.
#include <wx/html/htmlwin.h>

#include <fstream>
#include <wx/textctrl.h>

#include <catch2/catch.hpp>

#include "GuiSupport.h"
#include "ui/MainFrame.h"
#include "ui/WxText.h"
#include "ui/dialogs/ReportPreview.h"
#include "ui/panels/RecordListView.h"

using namespace guitest;
using s113::ui::fromWx;
using s113::ui::ReportPreview;

TEST_CASE("The register report is previewed as HTML", "[gui][reports]") {
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
