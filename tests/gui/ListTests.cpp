// The register list as HR works with it: the header follows a horizontal
// scroll, columns open as wide as their content, the window's shortcuts work
// whatever control has the focus, an action on no selection says so, and an
// edit of a record listed as at a past date says which version it edits.
#include <wx/image.h>
#include <wx/listbox.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include <catch2/catch.hpp>
#include <cstdlib>

#include "support/FieldsByName.h"
#include "GuiSupport.h"
#include "domain/Catalog.h"
#include "services/RecordService.h"
#include "storage/VersionStore.h"
#include "ui/MainFrame.h"
#include "ui/WxText.h"
#include "ui/dialogs/RecordDialog.h"
#include "ui/panels/RecordListView.h"
#include "support/TextRecords.h"

using namespace guitest;
using s113::ui::fromWx;

namespace {

// The list's header: the generic list's child above the rows.
wxWindow* headerOf(wxListCtrl* list) {
  wxWindow* header = nullptr;
  for (wxWindow* child : list->GetChildren())
    if (!header || child->GetPosition().y < header->GetPosition().y) header = child;
  return header;
}

bool samePicture(const wxImage& a, const wxImage& b);

// What the X screen shows of a window (ImageMagick's import: wx cannot read
// back what GTK drew).
wxImage capture(wxWindow* window, const std::string& name) {
  const wxRect r = window->GetScreenRect();
  const std::string file = temporaryPath(name + ".png");
  const std::string command = "import -window root -crop " + std::to_string(r.width) + "x" +
                              std::to_string(r.height) + "+" + std::to_string(r.x) + "+" +
                              std::to_string(r.y) + " +repage '" + file + "'";
  REQUIRE(std::system(command.c_str()) == 0);
  wxImage image(s113::ui::toWx(file), wxBITMAP_TYPE_PNG);
  REQUIRE(image.IsOk());
  return image;
}

// The window once it is drawn: two captures a moment apart that agree (on a
// loaded machine GTK may still be painting after the first pause).
wxImage pictureOf(wxWindow* window, const std::string& name) {
  pump(300);
  wxImage last = capture(window, name);
  for (int attempt = 0; attempt < 10; ++attempt) {
    pump(200);
    wxImage next = capture(window, name);
    if (samePicture(last, next)) return next;
    last = next;
  }
  return last;
}

bool samePicture(const wxImage& a, const wxImage& b) {
  if (a.GetSize() != b.GetSize()) return false;
  const auto bytes = static_cast<std::size_t>(a.GetWidth()) * a.GetHeight() * 3;
  return std::equal(a.GetData(), a.GetData() + bytes, b.GetData());
}

// Installs a form runner that records which record the form opened.
struct FormSeen {
  int shown = 0;
  std::string entity, title, notice;
};
void recordForms(s113::ui::MainFrame* frame, FormSeen& seen) {
  frame->setDialogRunner([&seen](s113::ui::RecordDialog& dialog) {
    ++seen.shown;
    seen.entity = dialog.entity().name;
    seen.title = fromWx(dialog.GetTitle());
    seen.notice = fromWx(dialog.versionNotice());
    return static_cast<int>(wxID_CANCEL);
  });
}

}  // namespace

TEST_CASE("The list's header follows a horizontal scroll", "[gui][list]") {
  FrameGuard guard;
  auto* list = guard.frame->list();
  wxWindow* header = headerOf(list);
  REQUIRE(header != nullptr);
  REQUIRE(list->GetScrollRange(wxHORIZONTAL) > 20);
  const wxImage before = pictureOf(header, "header-before");

  list->Scroll(20, -1);  // as the scroll bar, the wheel or the keys move it
  const wxImage scrolled = pictureOf(header, "header-scrolled");
  // The header as the list draws it afresh at that position.
  header->Refresh();
  list->Refresh();
  const wxImage redrawn = pictureOf(header, "header-redrawn");

  CHECK(list->GetScrollPos(wxHORIZONTAL) == 20);
  CHECK_FALSE(samePicture(before, redrawn));
  CHECK(samePicture(scrolled, redrawn));
}

TEST_CASE("Columns open as wide as their header and content", "[gui][list]") {
  FrameGuard guard;
  auto* list = guard.frame->list();
  const auto& model = list->model();
  for (int c = 0; c < list->GetColumnCount(); ++c) {
    const wxString label = s113::ui::toWx(model.columnLabel(static_cast<std::size_t>(c)));
    INFO("column " << fromWx(label) << " is " << list->GetColumnWidth(c) << " wide");
    CHECK(list->GetColumnWidth(c) >= list->GetTextExtent(label).x);
    CHECK(list->GetColumnWidth(c) <= 400);
  }
  // "Employing partner" was cut to "Employing partne" at 120 pixels; the
  // reference column needs less than that.
  CHECK(list->GetColumnWidth(0) < 120);
  const std::string title = model.cellText(0, 1);
  CHECK(list->GetColumnWidth(1) >= std::min(400, list->GetTextExtent(s113::ui::toWx(title)).x));

  // A width the user set is kept for that list only.
  list->SetColumnWidth(1, 333);
  guard.frame->showEntity(s113::personDef());
  CHECK(list->GetColumnWidth(1) != 333);
  guard.frame->showEntity(s113::postDef());
  CHECK(list->GetColumnWidth(1) == 333);
}

TEST_CASE("Ctrl+N and Ctrl+E work with the navigator or the filter focused", "[gui][list]") {
  FrameGuard guard;
  FormSeen seen;
  recordForms(guard.frame, seen);
  wxListBox* navigator = guard.frame->navigator();
  const int selected = navigator->GetSelection();
  wxUIActionSimulator sim;

  // The pointer over the navigator (no click: it would choose another list).
  const wxRect r = navigator->GetScreenRect();
  sim.MouseMove(r.x + r.width / 2, r.GetBottom() - 10);
  navigator->SetFocus();
  pump(100);
  sim.Char('n', wxMOD_CONTROL);
  REQUIRE(waitUntil([&] { return seen.shown == 1; }, 3000));
  CHECK(seen.entity == "post");
  CHECK(seen.title.find("New") == 0);
  CHECK(navigator->GetSelection() == selected);
  CHECK(guard.frame->currentEntity() == &s113::postDef());

  guard.frame->list()->selectKey("BN-003");
  guard.frame->filterBox()->SetFocus();
  pump(100);
  sim.Char('e', wxMOD_CONTROL);
  REQUIRE(waitUntil([&] { return seen.shown == 2; }, 3000));
  CHECK(seen.title.find("BN-003") != std::string::npos);
  CHECK(reportedErrors().empty());
}

TEST_CASE("Ctrl+E and Del with nothing selected say to select a record", "[gui][list]") {
  FrameGuard guard;
  FormSeen seen;
  recordForms(guard.frame, seen);
  typeInto(guard.frame->filterBox(), "no such post anywhere");
  REQUIRE(guard.frame->list()->model().visibleCount() == 0);
  reportedErrors().clear();
  wxUIActionSimulator sim;
  sim.Char('e', wxMOD_CONTROL);
  REQUIRE(waitUntil([&] { return !reportedErrors().empty(); }, 3000));
  CHECK(seen.shown == 0);
  CHECK(fromWx(reportedErrors().front().title) == "No record selected");
  CHECK_THAT(fromWx(reportedErrors().front().message), Catch::Contains("Select one of the posts"));
  CHECK_THAT(fromWx(reportedErrors().front().extended), Catch::Contains("clear the filter"));

  reportedErrors().clear();
  guard.frame->deleteSelected();
  REQUIRE(reportedErrors().size() == 1);
  CHECK(fromWx(reportedErrors().front().title) == "No record selected");
}

TEST_CASE("Editing a record listed as at a past date says which version the form edits",
          "[gui][list]") {
  FrameGuard guard;
  s113::Register& reg = *guard.frame->currentRegister();
  auto latest = s113::VersionStore(reg, s113::postDef()).latest("BN-007");
  REQUIRE(latest.has_value());
  auto fields = latest->fields;
  s113::setText(s113::postDef(), fields, "title", "Retitled today");
  const int newest = s113::RecordService(reg).save(
      {&s113::postDef(), "BN-007", fields, latest->version, s113::today()});

  FormSeen seen;
  recordForms(guard.frame, seen);
  guard.frame->setAsAt(s113::today() - boost::gregorian::days(1));
  guard.frame->list()->selectKey("BN-007");
  guard.frame->editSelected();
  REQUIRE(seen.shown == 1);
  INFO(seen.notice);
  CHECK_THAT(seen.notice,
             Catch::Contains("as at " + s113::formatUk(s113::today() - boost::gregorian::days(1))));
  CHECK_THAT(seen.notice, Catch::Contains("version " + std::to_string(latest->version) + " of"));
  CHECK_THAT(seen.notice, Catch::Contains("the newest version, " + std::to_string(newest)));

  // As at today the list shows the newest version: nothing to say.
  guard.frame->setAsAt(s113::today());
  guard.frame->list()->selectKey("BN-007");
  guard.frame->editSelected();
  REQUIRE(seen.shown == 2);
  CHECK(seen.notice.empty());
}
