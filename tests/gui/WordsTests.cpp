// Words, not codes: the British English catalogue (po/en_GB.po) is loaded by
// default, and enum values show as words in the lists and the forms (blank
// for none in a list).
#include <wx/choice.h>
#include <wx/translation.h>

#include <catch2/catch.hpp>

#include "GuiSupport.h"
#include "domain/Catalog.h"
#include "ui/MainFrame.h"
#include "ui/Translations.h"
#include "ui/WxText.h"
#include "ui/dialogs/RecordDialog.h"
#include "ui/models/EnumWords.h"
#include "ui/panels/RecordListView.h"

using namespace guitest;
using s113::ui::fromWx;

namespace {

// The text the posts list shows for post `ref` in the column of `field`.
std::string listed(s113::ui::RecordListView* list, const std::string& ref,
                   const std::string& field) {
  const long row = list->model().positionOfKey(ref);
  REQUIRE(row >= 0);
  for (std::size_t c = 0; c < list->model().columnCount(); ++c) {
    const s113::FieldDef* def = list->model().columnField(c);
    if (def && def->name == field) return fromWx(list->GetItemText(row, static_cast<long>(c)));
  }
  FAIL("the list has no column " << field);
  return {};
}

}  // namespace

TEST_CASE("The British English catalogue is loaded by default", "[gui][words]") {
  wxTranslations* translations = wxTranslations::Get();
  REQUIRE(translations != nullptr);
  CHECK(translations->IsLoaded(s113::ui::kCatalogue));
  // The catalogue holds the menus' words (a string it lacks gives nullptr).
  CHECK(translations->GetTranslatedString("&Quit\tCtrl+Q", s113::ui::kCatalogue) != nullptr);
  CHECK(translations->GetTranslatedString("Section 113", s113::ui::kCatalogue) != nullptr);
}

TEST_CASE("Enum values show as words in the list and the form", "[gui][words]") {
  CHECK(s113::ui::enumWords("s113") == "Section 113");
  CHECK(s113::ui::enumWords("NHS_ACCOUNTABLE_OFFICER") == "NHS accountable officer");
  CHECK(s113::ui::enumWords("review_due") == "Review due");
  CHECK(s113::ui::enumWords("none").empty());
  CHECK(s113::ui::enumChoiceWords("none") == "None");

  FrameGuard guard;
  auto* list = guard.frame->list();
  CHECK(listed(list, "BN-004", "kind") == "Section 113");
  CHECK(listed(list, "BN-002", "kind") == "Single employer");
  CHECK(listed(list, "BN-002", "statutory_role") == "NHS accountable officer");
  CHECK(listed(list, "BN-003", "statutory_role").empty());
  CHECK(listed(list, "BN-004", "registration") == "Medical");

  std::string role, kind;
  guard.frame->setDialogRunner([&](s113::ui::RecordDialog& dialog) {
    role = fromWx(dynamic_cast<wxChoice*>(dialog.control("statutory_role"))->GetStringSelection());
    kind = fromWx(dynamic_cast<wxChoice*>(dialog.control("kind"))->GetStringSelection());
    return static_cast<int>(wxID_CANCEL);
  });
  list->selectKey("BN-003");
  guard.frame->editSelected();
  CHECK(role == "None");
  CHECK(kind == "Joint post");
}
