#include "ui/dialogs/ErrorListDialog.h"

#include <wx/button.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "ui/Resources.h"

namespace s113::ui {

ErrorListDialog::ErrorListDialog(wxWindow* parent, const wxString& title, const wxString& summary,
                                 const wxString& messages) {
  loadDialog(this, parent, "error_list_dialog");
  SetTitle(title);
  requireControl<wxStaticText>(this, "summary")->SetLabel(summary);
  requireControl<wxTextCtrl>(this, "messages")->ChangeValue(messages);
  requireControl<wxButton>(this, "wxID_OK");
  Layout();
  Fit();
  CentreOnParent();
}

void showErrorList(wxWindow* parent, const wxString& title, const wxString& summary,
                   const wxString& messages) {
  ErrorListDialog dialog(parent, title, summary, messages);
  dialog.ShowModal();
}

}  // namespace s113::ui
