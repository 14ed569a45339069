#include "ui/dialogs/OverrideDialog.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "ui/Resources.h"
#include "ui/WxText.h"

namespace s113::ui {

OverrideDialog::OverrideDialog(wxWindow* parent, const Partners& partners,
                               const std::optional<std::string>& outcome,
                               const wxString& outcomeWords)
    : partners_(partners) {
  loadDialog(this, parent, "override_dialog");
  employer_ = requireControl<wxChoice>(this, "employer");
  reason_ = requireControl<wxTextCtrl>(this, "reason");
  reasonError_ = requireControl<wxStaticText>(this, "reason_error");
  requireControl<wxStaticText>(this, "protocol_outcome")
      ->SetLabel(wxString::Format(_("The protocol's outcome: %s"), outcomeWords));
  for (const auto& partner : partners_) employer_->Append(toWx(partner.code + " - " + partner.name));
  for (std::size_t i = 0; i < partners_.size(); ++i)
    if (!outcome || partners_[i].code != *outcome) {
      employer_->SetSelection(static_cast<int>(i));
      break;
    }
  reason_->Bind(wxEVT_TEXT, [this](wxCommandEvent& e) {
    reasonError_->SetLabel(wxString());
    e.Skip();
  });
  requireControl<wxButton>(this, "wxID_OK")->Bind(wxEVT_BUTTON, [this](wxCommandEvent& e) {
    if (validate()) e.Skip();  // the default handler closes with wxID_OK
  });
  requireControl<wxButton>(this, "wxID_CANCEL");
  Layout();
  Fit();
  CentreOnParent();
}

bool OverrideDialog::validate() {
  if (employer_->GetSelection() < 0) {
    reasonError_->SetLabel(_("Choose the partner that employs instead."));
  } else if (reason_->GetValue().Strip(wxString::both).empty()) {
    reasonError_->SetLabel(_("Give the reason for overriding the protocol."));
  } else {
    return true;
  }
  Layout();
  return false;
}

DecisionOverride OverrideDialog::chosen() const {
  const int index = employer_->GetSelection();
  const std::string code =
      index >= 0 && index < static_cast<int>(partners_.size()) ? partners_[index].code : "";
  return DecisionOverride{code, fromWx(reason_->GetValue().Strip(wxString::both))};
}

wxString OverrideDialog::reasonError() const { return reasonError_->GetLabel(); }

}  // namespace s113::ui
