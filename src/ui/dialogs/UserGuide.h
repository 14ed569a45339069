// The user guide (docs/user-guide, HTML) shown inside the application in a
// wxHtmlWindow: its links move between the guide's pages, Back returns.
// F1 and Help > User guide open it.
#pragma once
#include <wx/dialog.h>

#include <string>

class wxHtmlWindow;

namespace s113::ui {

class UserGuide : public wxDialog {
 public:
  // Opens the guide's page `page` (a file name in the guide's folder, with
  // an optional #anchor). Says so in the window when the guide is missing.
  explicit UserGuide(wxWindow* parent, const std::string& page = "index.html");

  wxHtmlWindow* htmlWindow() const { return html_; }
  // The page shown: its file (with anchor), its <title>, its text.
  wxString openedPage() const;
  wxString pageTitle() const;
  wxString pageText() const;

 private:
  wxHtmlWindow* html_ = nullptr;
};

}  // namespace s113::ui
