// The decision wizard's "Apply the employer to the post" choice: recording
// with it ticked also sets the post's employer, in the same transaction
// (services/DecisionService.h, recordAndApplyDecision).
#include <wx/checkbox.h>

#include "ui/Resources.h"
#include "ui/dialogs/DecisionWizard.h"

namespace s113::ui {

RecordedDecision DecisionWizard::recordChosen(const std::optional<DecisionOverride>& override) {
  if (!applyEmployer_) applyEmployer_ = requireControl<wxCheckBox>(this, "apply_employer");
  if (applyEmployer_->GetValue()) return recordAndApplyDecision(reg_, request(), override).recorded;
  return recordDecision(reg_, request(), override);
}

}  // namespace s113::ui
