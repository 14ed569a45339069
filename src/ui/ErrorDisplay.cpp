#include "ui/ErrorDisplay.h"

#include <wx/intl.h>
#include <wx/msgdlg.h>

#include <string>

#include "domain/Errors.h"
#include "services/Progress.h"
#include "ui/WxText.h"
#include "ui/dialogs/ErrorListDialog.h"

namespace s113::ui {
namespace {

std::function<void(const ErrorReport&)>& reporter() {
  static std::function<void(const ErrorReport&)> r;
  return r;
}
std::function<bool(const wxString&)>& confirmer() {
  static std::function<bool(const wxString&)> c;
  return c;
}

}  // namespace

void setErrorReporter(std::function<void(const ErrorReport&)> r) { reporter() = std::move(r); }
void setConfirmer(std::function<bool(const wxString&)> c) { confirmer() = std::move(c); }

void showError(wxWindow* parent, const ErrorReport& report) {
  if (reporter()) {
    reporter()(report);
    return;
  }
  // A long list (an import's bad cells) gets a dialog that can show them all.
  if (report.extended.Freq('\n') > 8) {
    showErrorList(parent, report.title, report.message, report.extended);
    return;
  }
  wxMessageDialog dialog(parent, report.message, report.title,
                         wxOK | (report.error ? wxICON_ERROR : wxICON_INFORMATION));
  if (!report.extended.empty()) dialog.SetExtendedMessage(report.extended);
  dialog.ShowModal();
}

void showInfo(wxWindow* parent, const wxString& title, const wxString& message) {
  showError(parent, ErrorReport{title, message, wxString(), false});
}

ErrorReport reportFor(const wxString& action, const std::exception& error) {
  ErrorReport report{action, wxString(), wxString()};
  if (auto* list = dynamic_cast<const ValidationErrors*>(&error)) {
    report.message = wxString::Format(_("%s was refused: %zu problem(s) were found."), action,
                                      list->errors().size());
    for (const auto& e : list->errors()) report.extended << toWx(e.what()) << "\n";
  } else if (dynamic_cast<const ValidationError*>(&error)) {
    report.message = wxString::Format(_("%s was refused."), action);
    report.extended = toWx(error.what());
  } else if (dynamic_cast<const Conflict*>(&error)) {
    report.message = _("Another user changed this record after you opened it.");
    report.extended =
        toWx(error.what()) + "\n\n" +
        _("Nothing was overwritten. Close the form, look at the newest version in the list "
          "and make your change again.");
  } else if (dynamic_cast<const NotFound*>(&error)) {
    report.message = _("The record no longer exists.");
    report.extended = toWx(error.what());
  } else if (dynamic_cast<const NotPermitted*>(&error)) {
    // The user's role does not allow it: the message names the roles that may.
    report.message = wxString::Format(_("%s is not allowed for your role."), action);
    report.extended = toWx(error.what());
  } else if (dynamic_cast<const Cancelled*>(&error)) {
    report.error = false;
    report.message = wxString::Format(_("%s was stopped before it finished."), action);
    report.extended = _("Nothing was changed in the register.");
  } else if (dynamic_cast<const Busy*>(&error)) {
    // Storage's typed error: another connection held the lock past the timeout.
    report.message = _("The register is busy: another user is saving.");
    report.extended = _("Nothing was saved; try again.");
  } else if (dynamic_cast<const StorageError*>(&error)) {
    report.message = _("The register could not be used.");
    report.extended = toWx(error.what());
  } else {
    report.message = wxString::Format(_("%s failed."), action);
    report.extended = toWx(error.what());
  }
  return report;
}

bool confirm(wxWindow* parent, const wxString& title, const wxString& question,
             const wxString& detail) {
  if (confirmer()) return confirmer()(question);
  wxMessageDialog dialog(parent, question, title, wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
  if (!detail.empty()) dialog.SetExtendedMessage(detail);
  return dialog.ShowModal() == wxID_YES;
}

bool runAction(wxWindow* parent, const wxString& action, const std::function<void()>& body) {
  try {
    body();
    return true;
  } catch (const std::exception& e) {
    showError(parent, reportFor(action, e));
  } catch (...) {
    showError(parent,
              ErrorReport{action, wxString::Format(_("%s failed."), action), _("Unknown error.")});
  }
  return false;
}

}  // namespace s113::ui
