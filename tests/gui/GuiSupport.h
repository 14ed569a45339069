// Helpers for driving real windows under Xvfb (no window manager, so the
// keyboard follows the pointer): show and wait until on screen, move the mouse
// onto a control and click, type, poll with a timeout.
#pragma once
#include <wx/dialog.h>
#include <wx/window.h>

#include <functional>
#include <string>
#include <vector>

#include "ui/ErrorDisplay.h"

namespace s113 {
class Register;
}
namespace s113::ui {
class MainFrame;
class RecordListView;
}

namespace guitest {

// Processes events for about `ms` milliseconds.
void pump(int ms = 100);
// Polls `condition` (processing events between tries) until it holds or
// `timeoutMs` passes; returns whether it held.
bool waitUntil(const std::function<bool()>& condition, int timeoutMs = 5000);
// Shows a window and waits until it is on screen.
void showAndWait(wxWindow* window);
// Moves the pointer to the middle of a window and clicks it.
void clickOn(wxWindow* window);
// Replaces the text of a text control or combo box by typing `text` into it.
void typeInto(wxWindow* control, const std::string& text);
// The current value of a text control or combo box.
std::string valueOf(wxWindow* control);

// Runs `act` on the next dialog shown modally (found by polling from a
// timer, which keeps running inside the dialog's modal loop). Call it before
// the action that shows the dialog.
void whenDialogShows(std::function<void(wxDialog&)> act);

// Opens the form of post `ref` in `frame`; while it is open another user (the
// connection `theirs`) saves the post with the title "Their title"; then
// types "My title" and clicks Save. Returns whether the form was still open
// after Save, i.e. the save was refused. The form is closed afterwards.
bool editWhileAnotherUserSaves(s113::ui::MainFrame* frame, s113::Register& theirs,
                               const std::string& ref);

// The text of the column headed `label` in visible row `row` of a list;
// "<no column LABEL>" when no column has that heading.
std::string cellByLabel(s113::ui::RecordListView* list, long row, const std::string& label);

// Errors the application reported during the run (instead of modal dialogs).
std::vector<s113::ui::ErrorReport>& reportedErrors();

// A new SQLite register holding the sample (buildDemoRegister) in a
// temporary folder; removed at the end of the run.
std::string makeDemoRegister();
std::string temporaryPath(const std::string& name);

// A shown main window on a fresh demo register; destroyed by the guard.
struct FrameGuard {
  s113::ui::MainFrame* frame = nullptr;
  std::string path;
  FrameGuard();
  ~FrameGuard();
};

}  // namespace guitest
