// The GUI test runner: creates the wxApp (named "s113reg-test", with its
// settings in a temporary file so no user's settings are touched), turns wx
// asserts into test failures, replaces error dialogs by a recorder, and runs
// the Catch session. `test_gui --screenshots DIR` instead saves pictures of
// the main window and the post form (see Screenshots.cpp).
#define CATCH_CONFIG_RUNNER
#include <wx/app.h>
#include <wx/fileconf.h>
#include <wx/init.h>

#include <catch2/catch.hpp>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <stdexcept>

#include "GuiSupport.h"
#include "ui/App.h"
#include "ui/ErrorDisplay.h"
#include "ui/WxText.h"

int takeScreenshots(const std::string& folder);

namespace {

class TestApp : public wxApp {
 public:
  bool OnInit() override { return true; }
};

void failOnAssert(const wxString& file, int line, const wxString& func, const wxString& cond,
                  const wxString& msg) {
  const std::string text = "wx assertion failed at " + s113::ui::fromWx(file) + ":" +
                           std::to_string(line) + " in " + s113::ui::fromWx(func) + ": " +
                           s113::ui::fromWx(cond) + " " + s113::ui::fromWx(msg);
  std::cerr << text << "\n";
  throw std::logic_error(text);
}

}  // namespace

int main(int argc, char** argv) {
  std::string screenshots;
  std::vector<char*> args;
  for (int i = 0; i < argc; ++i) {
    if (std::strcmp(argv[i], "--screenshots") == 0 && i + 1 < argc) {
      screenshots = argv[++i];
      continue;
    }
    args.push_back(argv[i]);
  }
  int count = static_cast<int>(args.size());
  args.push_back(nullptr);

  wxApp::SetInstance(new TestApp);
  if (!wxEntryStart(count, args.data())) {
    std::cerr << "cannot initialise wxWidgets (is there a display?)\n";
    return 2;
  }
  wxTheApp->CallOnInit();
  s113::ui::initialiseApplication("s113reg-test");
  const std::string settings = guitest::temporaryPath("settings.ini");
  wxConfigBase::Set(new wxFileConfig("s113reg-test", wxEmptyString, s113::ui::toWx(settings),
                                     wxEmptyString, wxCONFIG_USE_LOCAL_FILE));
  wxSetAssertHandler(failOnAssert);
  s113::ui::setErrorReporter([](const s113::ui::ErrorReport& report) {
    std::cerr << "[reported] " << report.title << ": " << report.message << " " << report.extended
              << "\n";
    guitest::reportedErrors().push_back(report);
  });
  s113::ui::setConfirmer([](const wxString&) { return true; });

  int result = 0;
  try {
    result = screenshots.empty() ? Catch::Session().run(count, args.data())
                                 : takeScreenshots(screenshots);
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    result = 1;
  }
  for (wxWindow* window : wxTopLevelWindows) window->Destroy();
  guitest::pump(50);
  delete wxConfigBase::Set(nullptr);
  std::error_code ignored;
  std::filesystem::remove_all(std::filesystem::path(settings).parent_path(), ignored);
  wxTheApp->OnExit();
  wxEntryCleanup();
  return result;
}
