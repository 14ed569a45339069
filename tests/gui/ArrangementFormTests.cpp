// The designed record forms: each places every field of its entity in a
// section and fits a 1280x800 screen; a placement's contract is picked by a
// person's name and its employer follows; a split is typed as stored or as
// the list shows it, and the grid and the total follow; a proposed placement
// over its contract's FTE is warned next to the field before it is saved.
#include <wx/button.h>
#include <wx/grid.h>
#include <wx/scrolwin.h>
#include <wx/stattext.h>
#include <wx/xml/xml.h>
#include <wx/xrc/xmlres.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <set>

#include "GuiSupport.h"
#include "domain/Catalog.h"
#include "domain/Arrangements.h"
#include "storage/VersionStore.h"
#include "ui/MainFrame.h"
#include "ui/Resources.h"
#include "ui/WxText.h"
#include "ui/dialogs/RecordDialog.h"
#include "ui/panels/SplitEditor.h"
#include "support/TextRecords.h"

using namespace guitest;
using s113::ui::fromWx;
using s113::ui::RecordDialog;
using s113::ui::toWx;

namespace {

const std::vector<std::string> kDesignedForms = {
    "partner",     "agreement",  "post",       "person",
    "contract",    "placement",  "single_manager_contract", "joint_post",
    "structure_consultation",    "conflict_of_interest",    "dispute",
    "ni_rate",     "recharge_agreement",      "meeting",    "meeting_item"};

void placeholders(const wxXmlNode* node, std::vector<std::string>& names) {
  for (const wxXmlNode* child = node->GetChildren(); child; child = child->GetNext()) {
    if (child->GetName() != "object") continue;
    const std::string name = fromWx(child->GetAttribute("name"));
    if (name.rfind("place_", 0) == 0) names.push_back(name.substr(6));
    placeholders(child, names);
  }
}

wxButton* saveButton(RecordDialog& dialog) {
  return s113::ui::requireControl<wxButton>(&dialog, "wxID_OK");
}

// The placement of the sample's C-0003 (Jo Farrant, B&NES) with the CCG,
// proposed, the contract picked by typing the person's name.
void fillPlacement(RecordDialog& dialog, const std::string& ref, const std::string& timeField,
                   const std::string& time) {
  typeInto(dialog.control("ref"), ref);
  typeInto(dialog.control("contract"), "Farrant");
  typeInto(dialog.control("receiving_partner"), "BCCG");
  typeInto(dialog.control("agreement"), "BNES-S113-2013");
  typeInto(dialog.control(timeField), time);
  typeInto(dialog.control("start_date"), "01/04/2015");
}

}  // namespace

TEST_CASE("Every record kind has a designed form placing each of its fields", "[gui][forms]") {
  std::set<std::string> withForm;
  for (const auto& entry : std::filesystem::directory_iterator(S113_FORMS_DIR)) {
    const std::string file = entry.path().filename().string();
    const std::string suffix = "_dialog.xrc";
    if (file.size() <= suffix.size() || file.compare(file.size() - suffix.size(), suffix.size(), suffix))
      continue;
    const std::string entity = file.substr(0, file.size() - suffix.size());
    const s113::EntityDef* def = s113::findEntity(entity);
    if (!def) continue;  // record_dialog, error_list_dialog, ...
    INFO("form " << file);
    wxXmlDocument doc;
    REQUIRE(doc.Load(toWx(entry.path().string())));
    std::vector<std::string> placed;
    placeholders(doc.GetRoot(), placed);
    std::multiset<std::string> wanted{def->keyField, RecordDialog::kValidFrom};
    for (const auto& field : def->fields) wanted.insert(field.name);
    CHECK(std::multiset<std::string>(placed.begin(), placed.end()) == wanted);
    withForm.insert(entity);
  }
  for (const auto& entity : kDesignedForms) {
    INFO("entity " << entity);
    CHECK(withForm.count(entity) == 1);
  }
}

TEST_CASE("Each designed form binds its fields and fits a 1280x800 screen without scrolling",
          "[gui][forms]") {
  FrameGuard guard;
  for (const auto& entity : kDesignedForms) {
    INFO("entity " << entity);
    const s113::EntityDef* def = s113::findEntity(entity);
    REQUIRE(def);
    RecordDialog dialog(guard.frame, *guard.frame->currentRegister(), *def);
    CHECK(fromWx(dialog.GetName()) == entity + "_dialog");
    CHECK(dialog.FindWindow(wxXmlResource::GetXRCID("fields_panel")) == nullptr);
    for (const auto& field : def->fields) {
      INFO("field " << field.name);
      REQUIRE(dialog.control(field.name) != nullptr);
      auto* label = dynamic_cast<wxStaticText*>(
          dialog.FindWindow(wxXmlResource::GetXRCID(toWx("label_" + field.name))));
      REQUIRE(label != nullptr);
      CHECK_FALSE(label->GetLabel().empty());
    }
    const wxSize size = dialog.GetSize();
    INFO("size " << size.x << "x" << size.y);
    CHECK(size.x <= 1280);
    CHECK(size.y <= 760);  // 800 less the title bar and a panel
  }
}

TEST_CASE("A placement's contract is picked by name and its employer follows", "[gui][forms]") {
  FrameGuard guard;
  auto* reg = guard.frame->currentRegister();
  guard.frame->showEntity(s113::placementDef());
  std::string contractShown, employerShown;
  guard.frame->setDialogRunner([&](RecordDialog& dialog) {
    showAndWait(&dialog);
    fillPlacement(dialog, "PL-100", "share_of_time", "30");
    waitUntil([&] { return !valueOf(dialog.control("employer")).empty(); }, 2000);
    contractShown = valueOf(dialog.control("contract"));
    employerShown = valueOf(dialog.control("employer"));
    clickOn(saveButton(dialog));
    waitUntil([&] { return !dialog.IsShown(); });
    if (dialog.IsShown()) dialog.Hide();
    return dialog.GetReturnCode();
  });
  guard.frame->newRecord();
  CHECK(contractShown.rfind("C-0003 \xE2\x80\x94 Jo Farrant, Director of Adult Care", 0) == 0);
  CHECK(employerShown.rfind("BNES \xE2\x80\x94 ", 0) == 0);
  auto saved = s113::VersionStore(*reg, s113::placementDef()).latest("PL-100");
  REQUIRE(saved.has_value());
  CHECK(s113::test::text(s113::placementDef(), saved->fields, "contract") == "C-0003");
  CHECK(s113::test::text(s113::placementDef(), saved->fields, "employer") == "BNES");
  CHECK(s113::test::text(s113::placementDef(), saved->fields, "status") == "proposed");
}

TEST_CASE("A proposed placement over its contract's FTE is warned before it is saved",
          "[gui][forms]") {
  FrameGuard guard;
  auto* reg = guard.frame->currentRegister();
  guard.frame->showEntity(s113::placementDef());
  wxString warning;
  bool savedAfterWarning = false, stayedOpen = false;
  guard.frame->setDialogRunner([&](RecordDialog& dialog) {
    showAndWait(&dialog);
    // Jo Farrant's 1.0 FTE contract already gives half to PL-004: 4 days more is 1.3 FTE.
    fillPlacement(dialog, "PL-101", "days_per_week", "4");
    clickOn(saveButton(dialog));
    waitUntil([&] { return !dialog.errorText("days_per_week").empty(); }, 3000);
    warning = dialog.errorText("days_per_week");
    stayedOpen = dialog.IsShown();
    savedAfterWarning = s113::VersionStore(*reg, s113::placementDef()).latest("PL-101").has_value();
    clickOn(saveButton(dialog));  // saves it as it is
    waitUntil([&] { return !dialog.IsShown(); });
    if (dialog.IsShown()) dialog.Hide();
    return dialog.GetReturnCode();
  });
  guard.frame->newRecord();
  INFO("warning: " << fromWx(warning));
  CHECK(warning.StartsWith("Warning:"));
  CHECK(warning.Contains("C-0003"));
  CHECK(warning.Contains("PL-004"));
  CHECK(stayedOpen);
  CHECK_FALSE(savedAfterWarning);
  CHECK(s113::VersionStore(*reg, s113::placementDef()).latest("PL-101").has_value());
}

TEST_CASE("A split is typed as stored or as the list shows it; grid and total follow",
          "[gui][forms]") {
  FrameGuard guard;
  auto* reg = guard.frame->currentRegister();
  for (const auto& [ref, typed] :
       std::vector<std::pair<std::string, std::string>>{{"TST-200", "BNES 60%, BCCG 40%"},
                                                        {"TST-201", "BNES:60;BCCG:40"}}) {
    INFO("typed " << typed);
    wxString total, firstPartner, secondPercent;
    guard.frame->setDialogRunner([&, ref = ref, typed = typed](RecordDialog& dialog) {
      showAndWait(&dialog);
      typeInto(dialog.control("ref"), ref);
      typeInto(dialog.control("title"), "Joint Lead for Carers");
      typeInto(dialog.control("fte"), "1");
      typeInto(dialog.control("employer"), "BNES");
      typeInto(dialog.control("host"), "BCCG");
      typeInto(dialog.control("functional_split"), typed);
      auto* editor = dynamic_cast<s113::ui::SplitEditor*>(dialog.control("functional_split")->GetParent());
      REQUIRE(editor);
      total = editor->totalText();
      firstPartner = editor->grid()->GetCellValue(0, 0);
      secondPercent = editor->grid()->GetCellValue(1, 1);
      clickOn(saveButton(dialog));
      waitUntil([&] { return !dialog.IsShown(); });
      if (dialog.IsShown()) dialog.Hide();
      return dialog.GetReturnCode();
    });
    guard.frame->newRecord();
    CHECK(fromWx(total) == "Total: 100%");
    CHECK(fromWx(firstPartner) == "BNES");
    CHECK(fromWx(secondPercent) == "40");
    auto saved = s113::VersionStore(*reg, s113::postDef()).latest(ref);
    REQUIRE(saved.has_value());
    CHECK(s113::test::text(s113::postDef(), saved->fields, "functional_split") == "BNES:60;BCCG:40");
  }
}

TEST_CASE("A split edited in the grid writes the line", "[gui][forms]") {
  FrameGuard guard;
  RecordDialog dialog(guard.frame, *guard.frame->currentRegister(), s113::postDef());
  auto* editor = dynamic_cast<s113::ui::SplitEditor*>(dialog.control("functional_split")->GetParent());
  REQUIRE(editor);
  dialog.setFieldText("functional_split", "BNES:50;BCCG:50");
  CHECK(fromWx(editor->grid()->GetCellValue(1, 0)) == "BCCG");
  editor->grid()->SetCellValue(1, 1, "30");
  wxGridEvent changed(editor->grid()->GetId(), wxEVT_GRID_CELL_CHANGED, editor->grid(), 1, 1);
  editor->grid()->ProcessWindowEvent(changed);
  CHECK(valueOf(dialog.control("functional_split")) == "BNES:50;BCCG:30");
  CHECK(fromWx(editor->totalText()) == "Total: 80%");
}
