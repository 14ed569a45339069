// The record forms: every XRC form loads with all its controls; a post is
// created through its form; a refused value shows next to its field with
// nothing saved; undo brings back the previous version.
#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/statusbr.h>
#include <wx/uiaction.h>
#include <wx/xml/xml.h>
#include <wx/xrc/xmlres.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <set>

#include "GuiSupport.h"
#include "domain/Catalog.h"
#include "storage/VersionStore.h"
#include "ui/MainFrame.h"
#include "ui/Resources.h"
#include "ui/WxText.h"
#include "ui/dialogs/RecordDialog.h"
#include "ui/panels/RecordListView.h"
#include "support/TextRecords.h"

using namespace guitest;
using s113::ui::fromWx;
using s113::ui::RecordDialog;
using s113::ui::toWx;

namespace {

// Objects of an XRC file that are not windows.
const std::set<wxString> kNotWindows = {
    "sizeritem",       "spacer",      "button",           "wxBoxSizer",
    "wxFlexGridSizer", "wxGridSizer", "wxStaticBoxSizer", "wxStdDialogButtonSizer",
    "wxGridBagSizer",  "wxWrapSizer"};

void namedWindows(const wxXmlNode* node, std::vector<wxString>& names) {
  for (const wxXmlNode* child = node->GetChildren(); child; child = child->GetNext()) {
    if (child->GetName() != "object") continue;
    const wxString name = child->GetAttribute("name");
    if (!name.empty() && !kNotWindows.count(child->GetAttribute("class"))) names.push_back(name);
    namedWindows(child, names);
  }
}

void fillNewPost(RecordDialog& dialog, const std::string& ref, const std::string& split) {
  typeInto(dialog.control("ref"), ref);
  typeInto(dialog.control("title"), "Test Lead for Integrated Care");
  typeInto(dialog.control("fte"), "0.5");
  typeInto(dialog.control("employer"), "BNES");
  typeInto(dialog.control("host"), "BCCG");
  if (!split.empty()) typeInto(dialog.control("functional_split"), split);
}

wxButton* saveButton(RecordDialog& dialog) {
  return s113::ui::requireControl<wxButton>(&dialog, "wxID_OK");
}

}  // namespace

TEST_CASE("Every XRC form loads with all of its controls", "[gui][forms]") {
  int forms = 0;
  for (const auto& entry : std::filesystem::directory_iterator(S113_FORMS_DIR)) {
    if (entry.path().extension() != ".xrc") continue;
    wxXmlDocument doc;
    REQUIRE(doc.Load(toWx(entry.path().string())));
    for (wxXmlNode* top = doc.GetRoot()->GetChildren(); top; top = top->GetNext()) {
      if (top->GetName() != "object") continue;
      const wxString name = top->GetAttribute("name");
      INFO("form " << fromWx(name) << " in " << entry.path().filename().string());
      REQUIRE(top->GetAttribute("class") == "wxDialog");
      wxDialog dialog;
      REQUIRE(wxXmlResource::Get()->LoadDialog(&dialog, nullptr, name));
      std::vector<wxString> names;
      namedWindows(top, names);
      for (const auto& control : names) {
        INFO("control " << fromWx(control));
        CHECK(dialog.FindWindow(wxXmlResource::GetXRCID(control)) != nullptr);
      }
      ++forms;
    }
  }
  CHECK(forms >= 5);
}

TEST_CASE("The form of every entity binds a control to each field", "[gui][forms]") {
  FrameGuard guard;
  for (const s113::EntityDef* def : s113::allEntities()) {
    INFO("entity " << def->name);
    RecordDialog dialog(guard.frame, *guard.frame->currentRegister(), *def);
    CHECK(dialog.control(def->keyField) != nullptr);
    for (const auto& field : def->fields) CHECK(dialog.control(field.name) != nullptr);
    CHECK(dialog.control(RecordDialog::kValidFrom) != nullptr);
  }
  // The post has a form of its own.
  RecordDialog post(guard.frame, *guard.frame->currentRegister(), s113::postDef());
  CHECK(post.GetName() == "post_dialog");
}

TEST_CASE("A post created through its form appears in the list", "[gui][forms]") {
  FrameGuard guard;
  auto* reg = guard.frame->currentRegister();
  bool ran = false;
  guard.frame->setDialogRunner([&](RecordDialog& dialog) {
    ran = true;
    showAndWait(&dialog);
    fillNewPost(dialog, "TST-100", "BNES:50;BCCG:50");
    clickOn(saveButton(dialog));
    waitUntil([&] { return !dialog.IsShown(); });
    return dialog.GetReturnCode();
  });
  guard.frame->newRecord();
  REQUIRE(ran);
  INFO("errors: " << fromWx(guard.frame->GetStatusBar()->GetStatusText(3)));
  auto saved = s113::VersionStore(*reg, s113::postDef()).latest("TST-100");
  REQUIRE(saved.has_value());
  CHECK(s113::test::text(s113::postDef(), saved->fields, "title") == "Test Lead for Integrated Care");
  CHECK(s113::test::text(s113::postDef(), saved->fields, "host") == "BCCG");
  auto* list = guard.frame->list();
  REQUIRE(list->GetItemCount() == 42);
  CHECK(list->selectedKey() == "TST-100");
  typeInto(guard.frame->filterBox(), "TST-100");
  REQUIRE(waitUntil([&] { return list->GetItemCount() == 1; }));
  CHECK(fromWx(list->GetItemText(0, 0)) == "TST-100");
}

TEST_CASE("An invalid functional split is shown next to its field and nothing is saved",
          "[gui][forms]") {
  FrameGuard guard;
  auto* reg = guard.frame->currentRegister();
  const std::size_t before = s113::VersionStore(*reg, s113::postDef()).countLive();
  wxString splitError, titleError;
  bool stayedOpen = false;
  guard.frame->setDialogRunner([&](RecordDialog& dialog) {
    showAndWait(&dialog);
    fillNewPost(dialog, "TST-101", "BNES:50;BCCG:40");
    clickOn(saveButton(dialog));
    waitUntil([&] { return !dialog.errorText("functional_split").empty(); }, 3000);
    splitError = dialog.errorText("functional_split");
    titleError = dialog.errorText("title");
    stayedOpen = dialog.IsShown();
    dialog.Hide();
    return static_cast<int>(wxID_CANCEL);
  });
  guard.frame->newRecord();
  INFO("split error: " << fromWx(splitError));
  CHECK_FALSE(splitError.empty());
  CHECK(titleError.empty());
  CHECK(stayedOpen);
  CHECK(s113::VersionStore(*reg, s113::postDef()).countLive() == before);
  CHECK_FALSE(s113::VersionStore(*reg, s113::postDef()).latest("TST-101").has_value());
  CHECK(guard.frame->list()->GetItemCount() == 41);
}

TEST_CASE("Undo brings back the previous version of an edited post, redo the edit",
          "[gui][forms][undo]") {
  FrameGuard guard;
  auto* reg = guard.frame->currentRegister();
  s113::VersionStore posts(*reg, s113::postDef());
  const auto original = posts.latest("BN-005");
  REQUIRE(original.has_value());
  const std::string originalTitle = s113::test::text(s113::postDef(), original->fields, "title");

  guard.frame->list()->selectKey("BN-005");
  guard.frame->setDialogRunner([&](RecordDialog& dialog) {
    showAndWait(&dialog);
    typeInto(dialog.control("title"), "Chief Finance Officer (renamed)");
    clickOn(saveButton(dialog));
    waitUntil([&] { return !dialog.IsShown(); });
    return dialog.GetReturnCode();
  });
  guard.frame->editSelected();
  auto edited = posts.latest("BN-005");
  REQUIRE(edited.has_value());
  REQUIRE(edited->version == original->version + 1);
  REQUIRE(s113::test::text(s113::postDef(), edited->fields, "title") == "Chief Finance Officer (renamed)");

  // Ctrl+Z with the pointer over the window.
  clickOn(guard.frame->list());
  wxUIActionSimulator sim;
  sim.Char('z', wxMOD_CONTROL);
  REQUIRE(waitUntil([&] { return posts.latest("BN-005")->version == original->version + 2; }));
  auto undone = posts.latest("BN-005");
  CHECK(s113::test::text(s113::postDef(), undone->fields, "title") == originalTitle);
  CHECK((undone->fields == original->fields));

  guard.frame->redo();
  auto redone = posts.latest("BN-005");
  CHECK(redone->version == original->version + 3);
  CHECK(s113::test::text(s113::postDef(), redone->fields, "title") == "Chief Finance Officer (renamed)");
}

TEST_CASE("Deleting a post asks, then removes it from the list", "[gui][forms]") {
  FrameGuard guard;
  auto* reg = guard.frame->currentRegister();
  // A post nothing refers to: create one first.
  guard.frame->setDialogRunner([&](RecordDialog& dialog) {
    showAndWait(&dialog);
    fillNewPost(dialog, "TST-102", "");
    clickOn(saveButton(dialog));
    waitUntil([&] { return !dialog.IsShown(); });
    return dialog.GetReturnCode();
  });
  guard.frame->newRecord();
  REQUIRE(guard.frame->list()->GetItemCount() == 42);
  guard.frame->list()->selectKey("TST-102");
  guard.frame->deleteSelected();
  CHECK(guard.frame->list()->GetItemCount() == 41);
  s113::VersionStore posts(*reg, s113::postDef());
  CHECK_FALSE(posts.isLive("TST-102"));

  // The deletion is undone (the post comes back from its tombstone), then
  // redone; undoing the creation deletes the post again, redoing it restores it.
  CHECK(guard.frame->history().undoLabel() == "deletion of post TST-102");
  guard.frame->undo();
  CHECK(posts.isLive("TST-102"));
  CHECK(guard.frame->list()->GetItemCount() == 42);
  CHECK(s113::test::text(s113::postDef(), posts.latest("TST-102")->fields, "title") == "Test Lead for Integrated Care");
  guard.frame->redo();
  CHECK_FALSE(posts.isLive("TST-102"));
  guard.frame->undo();
  CHECK(guard.frame->history().undoLabel() == "creation of post TST-102");
  guard.frame->undo();
  CHECK_FALSE(posts.isLive("TST-102"));
  CHECK(guard.frame->list()->GetItemCount() == 41);
  guard.frame->redo();
  CHECK(posts.isLive("TST-102"));
  CHECK(posts.latest("TST-102")->version == 7);  // create, delete, 5 undo/redo writes
  CHECK(guard.frame->list()->GetItemCount() == 42);
  CHECK(reportedErrors().empty());
}
