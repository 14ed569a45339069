#include "support/FieldsByName.h"
#include "GuiSupport.h"

#include <wx/app.h>
#include <wx/button.h>
#include <wx/combobox.h>
#include <wx/textctrl.h>
#include <wx/timer.h>
#include <wx/toplevel.h>
#include <wx/uiaction.h>

#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <thread>

#include "domain/Catalog.h"
#include "services/Demo.h"
#include "services/RecordService.h"
#include "storage/VersionStore.h"
#include "ui/Resources.h"
#include "ui/dialogs/RecordDialog.h"
#include "ui/panels/RecordListView.h"
#include "storage/Register.h"
#include "ui/MainFrame.h"
#include "ui/WxText.h"
#include "support/TextRecords.h"

namespace guitest {

void pump(int ms) {
  auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
  do {
    wxTheApp->Yield(true);
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  } while (std::chrono::steady_clock::now() < end);
}

bool waitUntil(const std::function<bool()>& condition, int timeoutMs) {
  auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
  while (std::chrono::steady_clock::now() < end) {
    if (condition()) return true;
    wxTheApp->Yield(true);
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return condition();
}

void showAndWait(wxWindow* window) {
  window->Show();
  window->Raise();
  if (!waitUntil([window] { return window->IsShownOnScreen(); }))
    throw std::runtime_error("the window never appeared on screen");
  pump(150);
}

void clickOn(wxWindow* window) {
  wxUIActionSimulator sim;
  const wxRect rect = window->GetScreenRect();
  sim.MouseMove(rect.x + rect.width / 2, rect.y + rect.height / 2);
  pump(30);
  sim.MouseClick();
  pump(60);
}

std::string valueOf(wxWindow* control) {
  if (auto* combo = dynamic_cast<wxComboBox*>(control)) return s113::ui::fromWx(combo->GetValue());
  if (auto* text = dynamic_cast<wxTextCtrl*>(control)) return s113::ui::fromWx(text->GetValue());
  throw std::runtime_error("not a text control");
}

void typeInto(wxWindow* control, const std::string& text) {
  if (auto* combo = dynamic_cast<wxComboBox*>(control))
    combo->SetValue(wxString());
  else if (auto* entry = dynamic_cast<wxTextCtrl*>(control))
    entry->SetValue(wxString());
  const wxRect rect = control->GetScreenRect();
  wxUIActionSimulator sim;
  // Click near the left edge: a combo box's button sits on the right.
  sim.MouseMove(rect.x + std::min(20, rect.width / 2), rect.y + rect.height / 2);
  pump(30);
  sim.MouseClick();
  pump(30);
  control->SetFocus();
  pump(30);
  sim.Text(text.c_str());
  if (!waitUntil([&] { return valueOf(control) == text; }, 3000))
    throw std::runtime_error("typing '" + text + "' gave '" + valueOf(control) + "'");
}

void whenDialogShows(std::function<void(wxDialog&)> act) {
  auto* timer = new wxTimer;
  timer->Bind(wxEVT_TIMER, [timer, act](wxTimerEvent&) {
    for (wxWindow* window : wxTopLevelWindows) {
      auto* dialog = dynamic_cast<wxDialog*>(window);
      if (!dialog || !dialog->IsModal() || !dialog->IsShownOnScreen()) continue;
      timer->Stop();
      act(*dialog);
      timer->CallAfter([timer] { delete timer; });
      return;
    }
  });
  timer->Start(50);
}

bool editWhileAnotherUserSaves(s113::ui::MainFrame* frame, s113::Register& theirs,
                               const std::string& ref) {
  bool stillOpen = false;
  frame->list()->selectKey(ref);
  frame->setDialogRunner([&](s113::ui::RecordDialog& dialog) {
    showAndWait(&dialog);
    auto latest = s113::VersionStore(theirs, s113::postDef()).latest(ref);
    auto fields = latest->fields;
    s113::setText(s113::postDef(), fields, "title", "Their title");
    s113::RecordService(theirs).save({&s113::postDef(), ref, fields, latest->version, s113::today()});
    typeInto(dialog.control("title"), "My title");
    clickOn(s113::ui::requireControl<wxButton>(&dialog, "wxID_OK"));
    pump(200);
    stillOpen = dialog.IsShown();
    dialog.Hide();
    return static_cast<int>(wxID_CANCEL);
  });
  frame->editSelected();
  frame->setDialogRunner({});
  return stillOpen;
}

std::vector<s113::ui::ErrorReport>& reportedErrors() {
  static std::vector<s113::ui::ErrorReport> errors;
  return errors;
}

std::string cellByLabel(s113::ui::RecordListView* list, long row, const std::string& label) {
  for (int c = 0; c < list->GetColumnCount(); ++c) {
    wxListItem item;
    item.SetMask(wxLIST_MASK_TEXT);
    list->GetColumn(c, item);
    if (s113::ui::fromWx(item.GetText()) == label) return s113::ui::fromWx(list->GetItemText(row, c));
  }
  return "<no column " + label + ">";
}

std::string temporaryPath(const std::string& name) {
  static const std::filesystem::path folder = [] {
    auto path = std::filesystem::temp_directory_path() /
                ("s113-gui-" + std::to_string(static_cast<long long>(wxGetProcessId())));
    std::filesystem::create_directories(path);
    return path;
  }();
  return (folder / name).string();
}

std::string makeDemoRegister() {
  static int counter = 0;
  const std::string path = temporaryPath("demo-" + std::to_string(++counter) + ".s113");
  auto reg = s113::Register::open(path, true);
  s113::buildDemoRegister(*reg);
  return path;
}

FrameGuard::FrameGuard() : path(makeDemoRegister()) {
  reportedErrors().clear();
  frame = new s113::ui::MainFrame;
  frame->SetSize(wxRect(20, 20, 1180, 720));
  showAndWait(frame);
  if (!frame->openRegister(path, false)) throw std::runtime_error("the demo register did not open");
  pump(100);
}

FrameGuard::~FrameGuard() {
  if (frame) {
    frame->setDialogRunner({});
    frame->Destroy();
    pump(50);
  }
}

}  // namespace guitest
