// The Reports menu: a report's HTML previewed in a wxHtmlWindow.
#include <wx/html/htmlwin.h>

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
