// Override... in the decision wizard (forms/override_dialog.xrc): the
// partner that employs instead of the protocol's outcome and the reason.
// OK is refused, with the message next to the field, until both are given.
#pragma once
#include <wx/dialog.h>

#include <optional>
#include <string>

#include "protocol/PostProposal.h"
#include "services/DecisionService.h"

class wxChoice;
class wxStaticText;
class wxTextCtrl;

namespace s113::ui {

class OverrideDialog : public wxDialog {
 public:
  // `partners`: the post's two partners; `outcome`: the protocol's employer
  // (none: referred), preselecting the other partner.
  OverrideDialog(wxWindow* parent, const Partners& partners,
                 const std::optional<std::string>& outcome, const wxString& outcomeWords);

  // Checks the fields; false (with the message shown) when one is missing.
  bool validate();
  // The override chosen (after validate() held).
  DecisionOverride chosen() const;

  wxChoice* employerChoice() const { return employer_; }
  wxTextCtrl* reasonBox() const { return reason_; }
  wxString reasonError() const;

 private:
  Partners partners_;
  wxChoice* employer_ = nullptr;
  wxTextCtrl* reason_ = nullptr;
  wxStaticText* reasonError_ = nullptr;
};

}  // namespace s113::ui
