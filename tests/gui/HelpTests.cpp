// Help: F1 and Help > User guide open the guide (docs/user-guide) inside the
// program, every page of the guide links only to pages and screenshots that
// exist, and the About box shows the icon, the version and the licence.
#include <wx/frame.h>
#include <wx/html/htmlwin.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>
#include <wx/uiaction.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "GuiSupport.h"
#include "s113/Version.h"
#include "ui/HelpFiles.h"
#include "ui/MainFrame.h"
#include "ui/WxText.h"
#include "ui/dialogs/AboutBox.h"
#include "ui/dialogs/UserGuide.h"
#include "ui/panels/RecordListView.h"

using namespace guitest;
using s113::ui::fromWx;

namespace {

struct GuideSeen {
  bool shown = false;
  std::string page, title, text;
};

// Installs a window runner that records what the user guide shows.
void recordGuide(s113::ui::MainFrame* frame, GuideSeen& seen) {
  frame->setWindowRunner([&seen](wxDialog& dialog) {
    auto& guide = dynamic_cast<s113::ui::UserGuide&>(dialog);
    showAndWait(&guide);
    seen.shown = true;
    seen.page = fromWx(guide.openedPage());
    seen.title = fromWx(guide.pageTitle());
    seen.text = fromWx(guide.pageText());
    guide.Hide();
    return static_cast<int>(wxID_CLOSE);
  });
}

template <typename T>
void collect(wxWindow* parent, std::vector<T*>& out) {
  for (wxWindow* child : parent->GetChildren()) {
    if (auto* typed = dynamic_cast<T*>(child)) out.push_back(typed);
    collect(child, out);
  }
}

}  // namespace

TEST_CASE("F1 opens the user guide at its first page", "[gui][help]") {
  FrameGuard guard;
  GuideSeen seen;
  recordGuide(guard.frame, seen);
  clickOn(guard.frame->list());
  wxUIActionSimulator sim;
  sim.Char(WXK_F1);
  REQUIRE(waitUntil([&] { return seen.shown; }, 3000));
  CHECK(reportedErrors().empty());
  CHECK(seen.title == "S113 Register - User guide");
  CHECK(seen.page.find("index.html") != std::string::npos);
  CHECK(seen.text.find("Press F1") != std::string::npos);
}

TEST_CASE("Help > User guide opens the same guide", "[gui][help]") {
  FrameGuard guard;
  GuideSeen seen;
  recordGuide(guard.frame, seen);
  guard.frame->ProcessCommand(wxID_HELP);
  REQUIRE(seen.shown);
  CHECK(seen.title == "S113 Register - User guide");
}

TEST_CASE("Every link and picture of the user guide exists", "[gui][help]") {
  namespace fs = std::filesystem;
  const fs::path folder = s113::ui::userGuideFolder();
  REQUIRE(fs::is_regular_file(folder / "index.html"));
  const std::regex reference(R"re((?:href|src)="([^"#:]*)(#[^"]*)?")re");
  int pictures = 0;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().extension() != ".html") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    const std::string html = text.str();
    for (std::sregex_iterator it(html.begin(), html.end(), reference), end; it != end; ++it) {
      const std::string target = (*it)[1];
      if (target.empty()) continue;  // an anchor on the same page
      INFO(entry.path().filename().string() << " refers to " << target);
      CHECK(fs::is_regular_file(folder / target));
      if (target.find("screenshots/") != std::string::npos) ++pictures;
    }
  }
  CHECK(pictures >= 5);
}

TEST_CASE("The About box shows the icon, the version and the licence", "[gui][help]") {
  FrameGuard guard;
  CHECK(guard.frame->GetIcons().GetIconCount() >= 5);
  bool shown = false;
  std::vector<std::string> texts;
  std::vector<wxSize> pictures;
  std::string licence;
  guard.frame->setWindowRunner([&](wxDialog& dialog) {
    auto& about = dynamic_cast<s113::ui::AboutBox&>(dialog);
    showAndWait(&about);
    shown = true;
    std::vector<wxStaticText*> labels;
    collect(&about, labels);
    for (auto* label : labels) texts.push_back(fromWx(label->GetLabel()));
    std::vector<wxStaticBitmap*> bitmaps;
    collect(&about, bitmaps);
    for (auto* bitmap : bitmaps)
      if (bitmap->GetBitmap().IsOk()) pictures.push_back(bitmap->GetBitmap().GetSize());
    licence = fromWx(about.licenceText());
    about.Hide();
    return static_cast<int>(wxID_OK);
  });
  guard.frame->ProcessCommand(wxID_ABOUT);
  REQUIRE(shown);
  CHECK(reportedErrors().empty());
  REQUIRE(pictures.size() == 1);
  CHECK(pictures[0] == wxSize(64, 64));
  const std::string nameAndVersion = std::string("S113 Register ") + s113::kVersion;
  CHECK(std::find(texts.begin(), texts.end(), nameAndVersion) != texts.end());
  CHECK(licence.find(s113::kLicence) != std::string::npos);
  CHECK(licence.rfind("Licence: ", 0) == 0);
}
