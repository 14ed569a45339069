// The desktop application: opens the register named on the command line
// (`s113reg FILE_OR_postgresql://...`) or the one used last.
#pragma once
#include <wx/app.h>

namespace s113::ui {

class MainFrame;

class App : public wxApp {
 public:
  bool OnInit() override;
  void OnInitCmdLine(wxCmdLineParser& parser) override;
  bool OnCmdLineParsed(wxCmdLineParser& parser) override;
  bool OnExceptionInMainLoop() override;

 private:
  wxString target_;
};

// What every instance of the application sets up: name, locale and
// translations (Translations.h), image handlers, the compiled-in forms. Tests call it with their own name.
void initialiseApplication(const wxString& appName);

}  // namespace s113::ui
