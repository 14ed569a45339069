// Every message of a refused action in one scrollable list (forms/error_list_dialog.xrc):
// an import that finds forty bad cells shows all forty.
#pragma once
#include <wx/dialog.h>

namespace s113::ui {

class ErrorListDialog : public wxDialog {
 public:
  ErrorListDialog(wxWindow* parent, const wxString& title, const wxString& summary,
                  const wxString& messages);
};

void showErrorList(wxWindow* parent, const wxString& title, const wxString& summary,
                   const wxString& messages);

}  // namespace s113::ui
