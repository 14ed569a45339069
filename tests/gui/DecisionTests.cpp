// The employer decision wizard on the sample register: BN-001 (a DASS joint
// post) is decided for the council by the statutory office rule, recorded,
// and an override without a reason is refused next to its field.
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include <catch2/catch.hpp>

#include "GuiSupport.h"
#include "storage/DecisionStore.h"
#include "ui/MainFrame.h"
#include "ui/WxText.h"
#include "ui/dialogs/DecisionWizard.h"
#include "ui/panels/RecordListView.h"

using namespace guitest;
using s113::ui::DecisionWizard;
using s113::ui::fromWx;

TEST_CASE("The decision wizard decides BN-001 for the council and records it", "[gui][decision]") {
  FrameGuard guard;
  auto* reg = guard.frame->currentRegister();
  s113::DecisionStore store(*reg);
  const std::size_t before = store.count();
  guard.frame->list()->selectKey("BN-001");

  std::string post, outcome, rule, trace, emptyReasonError;
  std::size_t afterEmptyOverride = 0;
  std::optional<s113::DecisionRow> recorded, overridden;
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

    clickOn(wizard.recordButton());
    waitUntil([&] { return wizard.recorded().has_value(); });
    recorded = wizard.recorded();

    // An override without a reason: refused next to the field, nothing saved.
    const std::size_t counted = store.count();
    clickOn(wizard.overrideButton());
    waitUntil([&] { return !wizard.overrideError().empty(); }, 3000);
    emptyReasonError = fromWx(wizard.overrideError());
    afterEmptyOverride = store.count() - counted;

    // With a reason it is recorded for the other partner.
    typeInto(wizard.overrideReasonBox(), "Joint HR group agreed the NHS body employs");
    clickOn(wizard.overrideButton());
    waitUntil([&] { return wizard.recorded() && wizard.recorded()->isOverride(); });
    overridden = wizard.recorded();
    wizard.Hide();
    return static_cast<int>(wxID_CLOSE);
  });
  guard.frame->openDecisionWizard();
  REQUIRE(ran);
  CHECK(reportedErrors().empty());
  CHECK(post == "BN-001");
  INFO("outcome: " << outcome << "\nrule: " << rule << "\ntrace:\n" << trace);
  CHECK(outcome.find("Bath and North East Somerset Council") != std::string::npos);
  CHECK(outcome.find("BNES") != std::string::npos);
  CHECK(rule.find("Statutory office") != std::string::npos);
  CHECK(trace.find("Statutory office") != std::string::npos);

  REQUIRE(recorded.has_value());
  CHECK(recorded->postRef == "BN-001");
  CHECK_FALSE(recorded->isOverride());
  CHECK(recorded->employer() == std::optional<std::string>("BNES"));
  CHECK(store.find(recorded->key).has_value());

  CHECK_FALSE(emptyReasonError.empty());
  CHECK(afterEmptyOverride == 0);

  REQUIRE(overridden.has_value());
  CHECK(overridden->isOverride());
  CHECK(overridden->employer() != std::optional<std::string>("BNES"));
  CHECK(store.count() == before + 2);
  CHECK(store.list(std::string("BN-001")).size() >= 2);
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
