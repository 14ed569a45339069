#include "ui/dialogs/DecisionWizard.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "domain/Catalog.h"
#include "domain/Validation.h"
#include "domain/entities/Post.h"
#include "protocol/DecisionText.h"
#include "services/RecordReads.h"
#include "ui/ErrorDisplay.h"
#include "ui/Resources.h"
#include "ui/WxText.h"
#include "ui/dialogs/OverrideDialog.h"

namespace s113::ui {

DecisionWizard::DecisionWizard(wxWindow* parent, Register& reg, const std::string& postRef)
    : reg_(reg) {
  loadDialog(this, parent, "decision_wizard");
  post_ = requireControl<wxChoice>(this, "post");
  kind_ = requireControl<wxChoice>(this, "kind");
  pool_ = requireControl<wxChoice>(this, "pool");
  officerConsulted_ = requireControl<wxCheckBox>(this, "officer_consulted");
  gradedInBoth_ = requireControl<wxCheckBox>(this, "graded_in_both");
  fundingSharesAgreed_ = requireControl<wxCheckBox>(this, "funding_shares_agreed");
  forumConsulted_ = requireControl<wxCheckBox>(this, "forum_consulted");
  outcome_ = requireControl<wxStaticText>(this, "outcome");
  rule_ = requireControl<wxStaticText>(this, "rule");
  trace_ = requireControl<wxTextCtrl>(this, "trace");
  recordedStatus_ = requireControl<wxStaticText>(this, "recorded_status");
  decideButton_ = requireControl<wxButton>(this, "decide");
  recordButton_ = requireControl<wxButton>(this, "record");
  overrideButton_ = requireControl<wxButton>(this, "override");
  requireControl<wxButton>(this, "wxID_CLOSE");
  SetEscapeId(wxID_CLOSE);

  for (const auto& version : versionsAsAt(reg_, postDef(), AsAt{today(), boost::none})) {
    if (version.deleted) continue;
    postRefs_.push_back(version.key);
    const Post post = fromValues<Post>(version.key, version.fields, recordLabel(postDef(), version.key));
    post_->Append(toWx(version.key + "  " + post.title));
  }
  if (!postRefs_.empty()) post_->SetSelection(0);
  if (!postRef.empty()) selectPost(postRef);

  auto invalidate = [this](wxCommandEvent&) { clearOutcome(); };
  for (wxWindow* w : {static_cast<wxWindow*>(post_), static_cast<wxWindow*>(kind_),
                      static_cast<wxWindow*>(pool_)})
    w->Bind(wxEVT_CHOICE, invalidate);
  for (wxCheckBox* box : {officerConsulted_, gradedInBoth_, fundingSharesAgreed_, forumConsulted_})
    box->Bind(wxEVT_CHECKBOX, invalidate);
  decideButton_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { decide(); });
  recordButton_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { recordOutcome(); });
  overrideButton_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { recordOverride(); });
  closeOnCloseButton(this);
  clearOutcome();
  Layout();
  Fit();
  CentreOnParent();
}

void DecisionWizard::selectPost(const std::string& postRef) {
  for (std::size_t i = 0; i < postRefs_.size(); ++i)
    if (postRefs_[i] == postRef) {
      post_->SetSelection(static_cast<int>(i));
      clearOutcome();
      return;
    }
}

std::string DecisionWizard::selectedPost() const {
  const int index = post_->GetSelection();
  return index >= 0 && index < static_cast<int>(postRefs_.size()) ? postRefs_[index]
                                                                  : std::string();
}

DecisionRequest DecisionWizard::request() const {
  DecisionRequest request;
  request.postRef = selectedPost();
  switch (kind_->GetSelection()) {
    case 1:
      request.kind = ProposalKind::Reorganisation;
      break;
    case 2:
      request.kind = ProposalKind::Replacement;
      break;
    default:
      request.kind = ProposalKind::NewPost;
  }
  switch (pool_->GetSelection()) {
    case 1:
      request.expectedAppointeePool = PensionScheme::LGPS;
      break;
    case 2:
      request.expectedAppointeePool = PensionScheme::NHSPS;
      break;
    case 3:
      request.expectedAppointeePool = PensionScheme::None;
      break;
    default:
      break;
  }
  request.officerConsulted = officerConsulted_->GetValue();
  request.gradedInBoth = gradedInBoth_->GetValue();
  request.fundingSharesAgreed = fundingSharesAgreed_->GetValue();
  if (forumConsulted_->GetValue()) request.forumConsultedOn = today();
  return request;
}

void DecisionWizard::clearOutcome() {
  decided_.reset();
  outcome_->SetLabel(_("Choose the post and press Decide."));
  rule_->SetLabel(wxString());
  recordedStatus_->SetLabel(wxString());
  trace_->ChangeValue(wxString());
  recordButton_->Enable(false);
  overrideButton_->Enable(false);
}

void DecisionWizard::showDecided(const EmployerDecision& decided, const DecisionRow* row) {
  const Decision& d = decided.decision;
  outcome_->SetLabel(
      wxString::Format(_("Employer: %s"), toWx(outcomeWords(d, decided.facts.partners))));
  const RuleTrace* rule = d.decidingTrace();
  rule_->SetLabel(
      rule ? wxString::Format(_("Deciding rule %d: %s"), rule->position, toWx(rule->title))
           : _("No rule decided: refer to the joint HR group."));
  trace_->ChangeValue(toWx(renderDecisionRecordText(decided, row)));
  recordButton_->Enable(true);
  overrideButton_->Enable(true);
  Layout();
}

bool DecisionWizard::decide() {
  return runAction(this, _("Decide the employer"), [this] {
    clearOutcome();
    decided_ = decidePost(reg_, request());
    showDecided(*decided_, nullptr);
  });
}

bool DecisionWizard::recordOutcome() {
  if (!decided_ && !decide()) return false;
  const wxString employer = toWx(outcomeWords(decided_->decision, decided_->facts.partners));
  if (!confirm(this, _("Record the decision"),
               wxString::Format(_("Record the decision on post %s: %s?"), toWx(selectedPost()),
                                employer),
               _("A recorded decision is kept for good; a changed view is recorded as a new "
                 "decision.")))
    return false;
  return runAction(this, _("Record the decision"),
                   [this] { showRecorded(recordChosen(std::nullopt)); });
}

bool DecisionWizard::recordOverride() {
  if (!decided_ && !decide()) return false;
  OverrideDialog dialog(this, decided_->facts.partners, decided_->decision.employer,
                        toWx(outcomeWords(decided_->decision, decided_->facts.partners)));
  if (dialog.ShowModal() != wxID_OK) return false;
  const DecisionOverride chosen = dialog.chosen();
  return runAction(this, _("Record the override"), [this, chosen] {
    showRecorded(recordChosen(chosen));
  });
}

void DecisionWizard::showRecorded(const RecordedDecision& r) {
  recorded_ = r.row;
  decided_ = r.decided;
  showDecided(*decided_, &*recorded_);
  const Partners& partners = decided_->facts.partners;
  const wxString employer =
      r.row.isOverride()
          ? wxString::Format(_("%s employs (an override of the protocol)"),
                             toWx(describePartner(partners, *r.row.overrideEmployer)))
          : toWx(outcomeWords(decided_->decision, partners));
  recordedStatus_->SetLabel(wxString::Format(_("Recorded decision %s on post %s: %s."),
                                             toWx(r.row.key), toWx(r.row.postRef), employer));
  Layout();
}

wxString DecisionWizard::outcomeText() const { return outcome_->GetLabel(); }
wxString DecisionWizard::ruleText() const { return rule_->GetLabel(); }
wxString DecisionWizard::traceText() const { return trace_->GetValue(); }
wxString DecisionWizard::recordedText() const { return recordedStatus_->GetLabel(); }

}  // namespace s113::ui
