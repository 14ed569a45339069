#include "ui/dialogs/ForumPackDialog.h"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "reports/Catalogue.h"
#include "ui/ErrorDisplay.h"
#include "ui/WxText.h"

namespace s113::ui {

ForumPackDialog::ForumPackDialog(wxWindow* parent, Register& reg, const std::string& selectedRef,
                                 std::function<void(const Date&)> preview)
    : wxDialog(parent, wxID_ANY, _("Forum pack"), wxDefaultPosition, wxSize(720, 460),
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      reg_(reg),
      preview_fn_(std::move(preview)) {
  SetName("forum_pack_dialog");
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(new wxStaticText(this, wxID_ANY, _("&Meeting:")), 0, wxLEFT | wxRIGHT | wxTOP, 12);
  list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxSize(690, 280), wxLC_REPORT | wxLC_SINGLE_SEL);
  list_->SetName("forum_meetings");
  list_->AppendColumn(_("Date"), wxLIST_FORMAT_LEFT, 100);
  list_->AppendColumn(_("Meeting"), wxLIST_FORMAT_LEFT, 110);
  list_->AppendColumn(_("Title"), wxLIST_FORMAT_LEFT, 280);
  list_->AppendColumn(_("Status"), wxLIST_FORMAT_LEFT, 90);
  list_->AppendColumn(_("Pack"), wxLIST_FORMAT_LEFT, 90);
  sizer->Add(list_, 1, wxEXPAND | wxALL, 12);
  baseline_ = new wxStaticText(this, wxID_ANY, wxString());
  baseline_->SetName("forum_baseline");
  sizer->Add(baseline_, 0, wxEXPAND | wxLEFT | wxRIGHT, 12);

  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  preview_ = new wxButton(this, wxID_PREVIEW, _("&Preview"));
  issue_ = new wxButton(this, wxID_ANY, _("&Issue pack"));
  issue_->SetName("issue_pack");
  issue_->SetToolTip(_("Freeze the pack as issued to the meeting: it then reads the same whatever is edited later"));
  auto* close = new wxButton(this, wxID_CLOSE, _("&Close"));
  buttons->Add(preview_, 0, wxRIGHT, 6);
  buttons->Add(issue_, 0, wxRIGHT, 6);
  buttons->AddStretchSpacer();
  buttons->Add(close);
  sizer->Add(buttons, 0, wxEXPAND | wxALL, 12);
  SetSizer(sizer);
  SetEscapeId(wxID_CLOSE);

  list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { onSelected(); });
  list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) {
    if (selected() >= 0) preview_fn_(choices_[static_cast<std::size_t>(selected())].day);
  });
  preview_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (selected() >= 0) preview_fn_(choices_[static_cast<std::size_t>(selected())].day);
  });
  issue_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { issueSelected(); });
  close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (IsModal())
      EndModal(wxID_CLOSE);
    else
      Hide();
  });
  fill();
  if (selectedRef.empty() || !select(selectedRef)) {
    // The first meeting not yet issued, else the newest.
    long first = 0;
    for (std::size_t i = 0; i < choices_.size(); ++i)
      if (!choices_[i].issued && choices_[i].status != MeetingStatus::Cancelled) {
        first = static_cast<long>(i);
        break;
      }
    if (!choices_.empty()) list_->SetItemState(first, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                                               wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
  }
  onSelected();
  Layout();
  CentreOnParent();
}

void ForumPackDialog::fill() {
  choices_ = reports::forumMeetingChoices(reg_);
  list_->DeleteAllItems();
  for (std::size_t i = 0; i < choices_.size(); ++i) {
    const auto& c = choices_[i];
    const long row = list_->InsertItem(static_cast<long>(i), toWx(formatUk(c.day)));
    list_->SetItem(row, 1, toWx(c.ref));
    list_->SetItem(row, 2, toWx(c.title));
    list_->SetItem(row, 3, c.status ? toWx(toString(*c.status)) : wxString());
    list_->SetItem(row, 4, c.issued ? _("issued") : _("draft"));
  }
}

bool ForumPackDialog::select(const std::string& refOrDate) {
  for (std::size_t i = 0; i < choices_.size(); ++i)
    if (choices_[i].ref == refOrDate || formatIso(choices_[i].day) == refOrDate) {
      list_->SetItemState(static_cast<long>(i), wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                          wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
      list_->EnsureVisible(static_cast<long>(i));
      onSelected();
      return true;
    }
  return false;
}

long ForumPackDialog::selected() const {
  return list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
}

void ForumPackDialog::onSelected() {
  const long row = selected();
  preview_->Enable(row >= 0);
  issue_->Enable(row >= 0 && !choices_[static_cast<std::size_t>(row)].issued);
  if (row < 0) {
    baseline_->SetLabel(_("Choose the meeting the pack is for."));
    return;
  }
  const auto setting = reports::forumSetting(reg_, choices_[static_cast<std::size_t>(row)].day);
  baseline_->SetLabel(
      setting.previous
          ? wxString::Format(_("Changes since the previous held meeting: %s %s"),
                             toWx(formatUk(setting.previous->day)), toWx(setting.previous->ref))
          : _("No earlier meeting was held: the pack lists every change recorded up to this one."));
}

void ForumPackDialog::issueSelected() {
  const long row = selected();
  if (row < 0) return;
  const auto choice = choices_[static_cast<std::size_t>(row)];
  bool issued = false;
  runAction(this, _("Issue pack"), [&] {
    reports::issueForumPack(reg_, choice.day, choice.title, reports::ReportParams());
    issued = true;
  });
  if (!issued) return;
  fill();
  select(formatIso(choice.day));
  preview_fn_(choice.day);
}

}  // namespace s113::ui
