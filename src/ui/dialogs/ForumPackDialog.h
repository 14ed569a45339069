// Reports > Forum pack...: the forum pack aimed at a meeting. Lists the
// forum's meetings (newest first) and, for the one chosen, the previous held
// meeting the pack compares with; Preview builds the pack, Issue pack freezes
// it (reports/Catalogue.h issueForumPack) and previews the frozen pack.
#pragma once
#include <wx/dialog.h>

#include <functional>
#include <string>
#include <vector>

#include "domain/Dates.h"
#include "reports/ForumMeetings.h"
#include "storage/Register.h"

class wxButton;
class wxListCtrl;
class wxStaticText;

namespace s113::ui {

class ForumPackDialog : public wxDialog {
 public:
  // `preview` shows the pack of a meeting day (built, or read back frozen).
  ForumPackDialog(wxWindow* parent, Register& reg, const std::string& selectedRef,
                  std::function<void(const Date&)> preview);

  wxListCtrl* meetings() const { return list_; }
  wxButton* previewButton() const { return preview_; }
  wxButton* issueButton() const { return issue_; }
  wxStaticText* baseline() const { return baseline_; }
  // Selects the meeting with this record key (or ISO date); false when not listed.
  bool select(const std::string& refOrDate);

 private:
  void fill();
  void onSelected();
  long selected() const;
  void issueSelected();

  Register& reg_;
  std::function<void(const Date&)> preview_fn_;
  std::vector<reports::ForumMeetingChoice> choices_;
  wxListCtrl* list_ = nullptr;
  wxStaticText* baseline_ = nullptr;
  wxButton* preview_ = nullptr;
  wxButton* issue_ = nullptr;
};

}  // namespace s113::ui
