// Long work with a progress dialog. The work runs on a worker thread while
// this (the window) thread waits: for the first second with a busy cursor,
// then with a wxProgressDialog showing what the work reports, with a Cancel
// button when the work can stop. The work must not touch any window and
// nothing else may use the register meanwhile (this thread only waits). An
// exception of the work is rethrown here, so runAction shows it.
#pragma once
#include <wx/string.h>

#include <functional>

#include "services/Progress.h"

class wxProgressDialog;
class wxWindow;

namespace s113::ui {

void runWithProgress(wxWindow* parent, const wxString& title,
                     const std::function<void(Progress&)>& work, bool cancellable = true);

// True while runWithProgress waits for its work: the progress dialog lets
// events through, and what they do must not use the register meanwhile.
bool workInProgress();

// Tests: how long work runs before the dialog appears (1000 ms unless set),
// and a function called with the dialog each time it is updated.
void setProgressDelay(int milliseconds);
void setProgressObserver(std::function<void(wxProgressDialog&)> observer);

}  // namespace s113::ui
