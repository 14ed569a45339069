// Help > About: the icon, the name and version (CMake's project version),
// what the program is for, and the licence. wx's generic About dialog, so
// it is the same on every platform and a test can read it.
#pragma once
#include <wx/generic/aboutdlgg.h>

class wxStaticText;

namespace s113::ui {

class AboutBox : public wxGenericAboutDialog {
 public:
  explicit AboutBox(wxWindow* parent);

  // The licence line ("Licence: ...").
  wxString licenceText() const;

 protected:
  void DoAddCustomControls() override;

 private:
  wxStaticText* licence_ = nullptr;
};

}  // namespace s113::ui
