// The employer decision (forms/decision_wizard.xrc): pick a post, say what
// kind of proposal it is, the expected pension pool and the four process
// conditions; Decide shows the employer, the deciding rule and the whole
// trace as a forum member reads it (DecisionService.h); Record asks for
// confirmation and records the protocol's outcome; Override... asks for
// another partner and the reason (OverrideDialog.h) and records them. Each
// says what was recorded; the service refuses the same decision recorded a
// moment ago (services/DecisionRepeat.h).
#pragma once
#include <wx/dialog.h>

#include <optional>
#include <string>
#include <vector>

#include "services/DecisionService.h"
#include "storage/Register.h"

class wxButton;
class wxCheckBox;
class wxChoice;
class wxStaticText;
class wxTextCtrl;

namespace s113::ui {

class DecisionWizard : public wxDialog {
 public:
  // `postRef` preselects a post (empty: the first one).
  DecisionWizard(wxWindow* parent, Register& reg, const std::string& postRef = std::string());

  // What the buttons do (the tests call them too).
  bool decide();
  bool recordOutcome();
  bool recordOverride();

  void selectPost(const std::string& postRef);
  std::string selectedPost() const;
  DecisionRequest request() const;

  wxString outcomeText() const;
  wxString ruleText() const;
  wxString traceText() const;
  // "Recorded D-BN-001-2: ..." after a decision was recorded, else "".
  wxString recordedText() const;
  // The last decision recorded from this window.
  const std::optional<DecisionRow>& recorded() const { return recorded_; }

  wxChoice* postChoice() const { return post_; }
  wxChoice* kindChoice() const { return kind_; }
  wxChoice* poolChoice() const { return pool_; }
  wxButton* decideButton() const { return decideButton_; }
  wxButton* recordButton() const { return recordButton_; }
  wxButton* overrideButton() const { return overrideButton_; }

 private:
  void showDecided(const EmployerDecision& decided, const DecisionRow* row);
  // Records the decision, applying its employer to the post when "Apply the
  // employer to the post" is ticked (DecisionWizardApply.cpp).
  RecordedDecision recordChosen(const std::optional<DecisionOverride>& override);
  void clearOutcome();
  void showRecorded(const RecordedDecision& recorded);

  Register& reg_;
  std::vector<std::string> postRefs_;
  std::optional<EmployerDecision> decided_;
  std::optional<DecisionRow> recorded_;

  wxChoice* post_ = nullptr;
  wxChoice* kind_ = nullptr;
  wxChoice* pool_ = nullptr;
  wxCheckBox* officerConsulted_ = nullptr;
  wxCheckBox* gradedInBoth_ = nullptr;
  wxCheckBox* fundingSharesAgreed_ = nullptr;
  wxCheckBox* forumConsulted_ = nullptr;
  wxStaticText* outcome_ = nullptr;
  wxStaticText* rule_ = nullptr;
  wxTextCtrl* trace_ = nullptr;
  wxStaticText* recordedStatus_ = nullptr;
  wxButton* decideButton_ = nullptr;
  wxButton* recordButton_ = nullptr;
  wxButton* overrideButton_ = nullptr;
  wxCheckBox* applyEmployer_ = nullptr;
};

}  // namespace s113::ui
