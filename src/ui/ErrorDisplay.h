// How the desktop application reports problems: every user action runs
// inside runAction, whose catch turns the core's typed errors into a
// wxMessageDialog (SetExtendedMessage carries the detail), so an action can
// fail but never crash the program. Tests install a reporter instead of the
// modal dialogs (a headless run must not block).
#pragma once
#include <wx/string.h>

#include <exception>
#include <functional>

class wxWindow;

namespace s113::ui {

struct ErrorReport {
  wxString title;     // what was being done: "Open register"
  wxString message;   // the main line
  wxString extended;  // the detail: every validation message, the server's words
  bool error = true;  // false: information (an import's summary)
};

// Shows a report (a wxMessageDialog unless a reporter is installed).
void showError(wxWindow* parent, const ErrorReport& report);
// The report for an exception, worded by its type (Conflict, ValidationErrors, ...).
ErrorReport reportFor(const wxString& action, const std::exception& error);
// Shows information (reported like an error when a reporter is installed).
void showInfo(wxWindow* parent, const wxString& title, const wxString& message);
// Asks a yes/no question; true for yes.
bool confirm(wxWindow* parent, const wxString& title, const wxString& question,
             const wxString& detail);

// Runs an action; any exception is shown, never propagated. Returns false when it failed.
bool runAction(wxWindow* parent, const wxString& action, const std::function<void()>& body);

// Tests: receive reports and answer confirmations instead of modal dialogs.
// Pass empty functions to restore the dialogs.
void setErrorReporter(std::function<void(const ErrorReport&)> reporter);
void setConfirmer(std::function<bool(const wxString& question)> confirmer);

}  // namespace s113::ui
