#include "ui/App.h"

#include <wx/cmdline.h>
#include <wx/image.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/uilocale.h>

#include "storage/OsUser.h"
#include "ui/ErrorDisplay.h"
#include "ui/MainFrame.h"
#include "ui/Resources.h"
#include "ui/Settings.h"
#include "ui/Translations.h"
#include "ui/WxText.h"

namespace s113::ui {

void initialiseApplication(const wxString& appName) {
  restrictNewFilesToOwner();
  wxTheApp->SetAppName(appName);
  wxTheApp->SetVendorName("S113");
  wxUILocale::UseDefault();
  loadTranslations();
  wxTheApp->SetAppDisplayName(_("S113 Register"));
  wxInitAllImageHandlers();
  loadResources();
}

void App::OnInitCmdLine(wxCmdLineParser& parser) {
  wxApp::OnInitCmdLine(parser);
  parser.AddParam(_("register file or postgresql:// connection string"), wxCMD_LINE_VAL_STRING,
                  wxCMD_LINE_PARAM_OPTIONAL);
}

bool App::OnCmdLineParsed(wxCmdLineParser& parser) {
  if (parser.GetParamCount() > 0) target_ = parser.GetParam(0);
  return wxApp::OnCmdLineParsed(parser);
}

bool App::OnInit() {
  initialiseApplication("s113reg");
  if (!wxApp::OnInit()) return false;
  auto* frame = new MainFrame;
  frame->Show();
  std::string target = target_.empty() ? Settings::lastRegister() : fromWx(target_);
  if (!target.empty()) frame->openRegister(target, false);
  return true;
}

bool App::OnExceptionInMainLoop() {
  // Actions catch their own errors; this is the last line of defence.
  try {
    throw;
  } catch (const std::exception& e) {
    showError(GetTopWindow(), reportFor(_("The last action"), e));
  } catch (...) {
    showError(GetTopWindow(),
              ErrorReport{_("Error"), _("An unexpected error occurred."), wxString()});
  }
  return true;
}

}  // namespace s113::ui
