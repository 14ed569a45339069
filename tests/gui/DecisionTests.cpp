// The employer decision wizard on the sample register: BN-001 (a DASS joint
// post) is decided for the council by the statutory office rule, recorded
// after a confirmation and only once; Override... asks for the partner and
// the reason (refused next to the field without one) and records them.
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include <catch2/catch.hpp>

#include "GuiSupport.h"
#include "storage/DecisionStore.h"
#include "ui/MainFrame.h"
#include "ui/Resources.h"
#include "ui/WxText.h"
#include "ui/dialogs/DecisionWizard.h"
#include "ui/dialogs/OverrideDialog.h"
#include "ui/panels/RecordListView.h"

using namespace guitest;
using s113::ui::DecisionWizard;
using s113::ui::fromWx;

TEST_CASE("The decision wizard decides BN-001 for the council, confirms and records it once",
          "[gui][decision]") {
  FrameGuard guard;
  auto* reg = guard.frame->currentRegister();
  s113::DecisionStore store(*reg);
  const std::size_t before = store.count();
  guard.frame->list()->selectKey("BN-001");

  std::vector<std::string> questions;
  bool answer = false;
  s113::ui::setConfirmer([&](const wxString& question) {
    questions.push_back(fromWx(question));
    return answer;
  });
  std::string post, outcome, rule, trace, recordedText, repeatError;
  std::size_t afterDeclined = 0, afterRepeat = 0;
  std::optional<s113::DecisionRow> recorded;
  bool ran = false;
  guard.frame->setWindowRunner([&](wxDialog& dialog) {
    ran = true;
    auto& wizard = dynamic_cast<DecisionWizard&>(dialog);
    showAndWait(&wizard);
    post = wizard.selectedPost();
    clickOn(wizard.decideButton());
    waitUntil([&] { return !wizard.traceText().empty(); });
    outcome = fromWx(wizard.outcomeText());
    rule = fromWx(wizard.ruleText());
    trace = fromWx(wizard.traceText());

    // Record asks first; declined, nothing is written.
    clickOn(wizard.recordButton());
    waitUntil([&] { return !questions.empty(); }, 3000);
    afterDeclined = store.count() - before;

    // Confirmed: recorded, and the wizard says what.
    answer = true;
    clickOn(wizard.recordButton());
    waitUntil([&] { return wizard.recorded().has_value(); });
    recorded = wizard.recorded();
    recordedText = fromWx(wizard.recordedText());

    // A second click a moment later is refused by the service.
    reportedErrors().clear();
    clickOn(wizard.recordButton());
    waitUntil([&] { return !reportedErrors().empty(); }, 3000);
    if (!reportedErrors().empty())
      repeatError = fromWx(reportedErrors().front().message + " " +
                           reportedErrors().front().extended);
    afterRepeat = store.count() - before;
    wizard.Hide();
    return static_cast<int>(wxID_CLOSE);
  });
  guard.frame->openDecisionWizard();
  s113::ui::setConfirmer([](const wxString&) { return true; });
  REQUIRE(ran);
  CHECK(post == "BN-001");
  INFO("outcome: " << outcome << "\nrule: " << rule << "\ntrace:\n" << trace);
  CHECK(outcome.find("Bath and North East Somerset Council") != std::string::npos);
  CHECK(outcome.find("BNES") != std::string::npos);
  CHECK(rule.find("Statutory office") != std::string::npos);
  CHECK(trace.find("Statutory office") != std::string::npos);

  REQUIRE(questions.size() >= 2);
  CHECK_THAT(questions[0], Catch::Contains("post BN-001"));
  CHECK_THAT(questions[0], Catch::Contains("Bath and North East Somerset Council"));
  CHECK(afterDeclined == 0);

  REQUIRE(recorded.has_value());
  CHECK(recorded->postRef == "BN-001");
  CHECK_FALSE(recorded->isOverride());
  CHECK(recorded->employer() == std::optional<std::string>("BNES"));
  CHECK(store.find(recorded->key).has_value());
  CHECK_THAT(recordedText, Catch::StartsWith("Recorded decision " + recorded->key + " on post BN-001"));
  CHECK_THAT(recordedText, Catch::Contains("Bath and North East Somerset Council"));

  INFO("refusal: " << repeatError);
  CHECK_THAT(repeatError, Catch::Contains("was recorded"));
  CHECK_THAT(repeatError, Catch::Contains(recorded->key));
  CHECK(afterRepeat == 1);
}

TEST_CASE("Override... asks for the partner and the reason, then records the override",
          "[gui][decision]") {
  FrameGuard guard;
  auto* reg = guard.frame->currentRegister();
  s113::DecisionStore store(*reg);
  const std::size_t before = store.count();
  guard.frame->list()->selectKey("BN-001");

  bool asked = false, cancelledWrote = true;
  std::string emptyReasonError, employerShown;
  std::size_t afterEmptyReason = 0;
  std::optional<s113::DecisionRow> overridden;
  std::string recordedText;
  guard.frame->setWindowRunner([&](wxDialog& dialog) {
    auto& wizard = dynamic_cast<DecisionWizard&>(dialog);
    showAndWait(&wizard);
    clickOn(wizard.decideButton());
    waitUntil([&] { return !wizard.traceText().empty(); });

    // Cancel writes nothing.
    whenDialogShows([&](wxDialog& shown) {
      asked = dynamic_cast<s113::ui::OverrideDialog*>(&shown) != nullptr;
      clickOn(s113::ui::requireControl<wxButton>(&shown, "wxID_CANCEL"));
    });
    clickOn(wizard.overrideButton());
    waitUntil([&] { return asked; }, 3000);
    pump(100);
    cancelledWrote = store.count() != before;

    // OK without a reason stays open with the message next to the field;
    // with a reason it records the other partner.
    whenDialogShows([&](wxDialog& shown) {
      auto& form = dynamic_cast<s113::ui::OverrideDialog&>(shown);
      showAndWait(&form);
      employerShown = fromWx(form.employerChoice()->GetStringSelection());
      clickOn(s113::ui::requireControl<wxButton>(&form, "wxID_OK"));
      waitUntil([&] { return !form.reasonError().empty(); }, 3000);
      emptyReasonError = fromWx(form.reasonError());
      afterEmptyReason = store.count() - before;
      typeInto(form.reasonBox(), "Joint HR group agreed the NHS body employs");
      clickOn(s113::ui::requireControl<wxButton>(&form, "wxID_OK"));
    });
    clickOn(wizard.overrideButton());
    waitUntil([&] { return wizard.recorded().has_value(); }, 5000);
    overridden = wizard.recorded();
    recordedText = fromWx(wizard.recordedText());
    wizard.Hide();
    return static_cast<int>(wxID_CLOSE);
  });
  guard.frame->openDecisionWizard();
  CHECK(reportedErrors().empty());
  CHECK(asked);
  CHECK_FALSE(cancelledWrote);
  CHECK_THAT(employerShown, Catch::StartsWith("BCCG"));
  CHECK_THAT(emptyReasonError, Catch::Contains("reason"));
  CHECK(afterEmptyReason == 0);
  REQUIRE(overridden.has_value());
  CHECK(overridden->isOverride());
  CHECK(overridden->employer() == std::optional<std::string>("BCCG"));
  CHECK(overridden->overrideReason ==
        std::optional<std::string>("Joint HR group agreed the NHS body employs"));
  CHECK_THAT(recordedText, Catch::Contains("an override of the protocol"));
  CHECK(store.count() == before + 1);
}

TEST_CASE("Ctrl+D opens the decision wizard on the selected post", "[gui][decision]") {
  FrameGuard guard;
  guard.frame->list()->selectKey("BN-003");
  std::string post;
  guard.frame->setWindowRunner([&](wxDialog& dialog) {
    auto& wizard = dynamic_cast<DecisionWizard&>(dialog);
    post = wizard.selectedPost();
    return static_cast<int>(wxID_CLOSE);
  });
  clickOn(guard.frame->list());
  guard.frame->list()->selectKey("BN-003");
  wxUIActionSimulator sim;
  sim.Char('d', wxMOD_CONTROL);
  REQUIRE(waitUntil([&] { return !post.empty(); }, 3000));
  CHECK(post == "BN-003");
}
