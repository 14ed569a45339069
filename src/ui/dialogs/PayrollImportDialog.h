// The payroll import assistant (forms/payroll_import_dialog.xrc; the CLI's
// payroll-import and reconcile, docs/payroll.md): a payroll extract read
// through a saved column-mapping profile; its rows previewed, each with the
// contract its staff or assignment number matches, ticked to confirm the
// match or unticked to reject it; a dry run saying what accepting would
// store; nothing in the register changes until the user accepts. A new
// profile (which column holds what) can be written and saved from here. Accepting
// stores the pay (finance and admin only) and shows the reconciliation with
// the register, the confirmed matches only.
#pragma once
#include <wx/dialog.h>

#include <boost/optional.hpp>
#include <string>
#include <vector>

#include "services/PayrollExtract.h"
#include "storage/Register.h"

class wxButton;
class wxCheckListBox;
class wxChoice;
class wxListCtrl;
class wxStaticText;
class wxTextCtrl;

namespace s113::ui {

class PayrollImportDialog : public wxDialog {
 public:
  PayrollImportDialog(wxWindow* parent, Register& reg);

  // The steps, as the buttons run them; each returns false (having shown
  // why) when it could not be done.
  bool preview();
  // A new column-mapping profile, in the payroll profile's record form;
  // chosen once saved.
  void newProfile();
  bool dryRun();
  bool accept();

  // The contract of each row as the user left it: the match when ticked, ""
  // when rejected or when nothing matched.
  std::vector<std::string> confirmedContracts() const;
  const boost::optional<PayrollExtract>& extract() const { return extract_; }

  wxTextCtrl* fileBox() const { return file_; }
  wxChoice* profileChoice() const { return profile_; }
  wxButton* previewButton() const { return preview_; }
  wxButton* newProfileButton() const { return newProfile_; }
  wxCheckListBox* rowsList() const { return rows_; }
  wxButton* dryRunButton() const { return dryRun_; }
  wxButton* acceptButton() const { return accept_; }
  wxListCtrl* mismatchesList() const { return mismatches_; }
  wxString summaryText() const;
  // The chosen profile's column mapping: which column of the extract holds what.
  wxString mappingText() const;
  wxString resultText() const;

 private:
  void onBrowse();
  void onToggle(int index);
  void enableSteps();
  void showMapping();
  void fillProfiles(const std::string& chosen);

  Register& reg_;
  boost::optional<PayrollExtract> extract_;
  std::vector<std::string> matches_;  // the contract each row matched, "" for none
  bool accepted_ = false;
  wxTextCtrl* file_ = nullptr;
  wxChoice* profile_ = nullptr;
  wxButton* preview_ = nullptr;
  wxButton* newProfile_ = nullptr;
  wxStaticText* mapping_ = nullptr;
  wxStaticText* summary_ = nullptr;
  wxCheckListBox* rows_ = nullptr;
  wxButton* dryRun_ = nullptr;
  wxButton* accept_ = nullptr;
  wxStaticText* result_ = nullptr;
  wxListCtrl* mismatches_ = nullptr;
};

}  // namespace s113::ui
