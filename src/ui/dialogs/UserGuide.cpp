#include "ui/dialogs/UserGuide.h"

#include <wx/button.h>
#include <wx/filename.h>
#include <wx/html/htmlwin.h>
#include <wx/sizer.h>

#include <filesystem>

#include "ui/HelpFiles.h"
#include "ui/WxText.h"

namespace s113::ui {

UserGuide::UserGuide(wxWindow* parent, const std::string& page)
    : wxDialog(parent, wxID_ANY, _("S113 Register - User guide"), wxDefaultPosition,
               wxSize(920, 720), wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER | wxMAXIMIZE_BOX) {
  SetName("user_guide");
  html_ = new wxHtmlWindow(this, wxID_ANY, wxDefaultPosition, wxSize(900, 620));
  html_->SetName("user_guide_html");
  const std::string folder = userGuideFolder();
  if (folder.empty()) {
    html_->SetPage(_("<html><body><h2>The user guide is not installed</h2><p>Reinstall S113 "
                     "Register, or read docs/user-guide in its source folder.</p></body></html>"));
  } else {
    const std::string file = page.substr(0, page.find('#'));
    const std::string anchor = page.find('#') == std::string::npos ? std::string()
                                                                   : page.substr(page.find('#'));
    const wxString url =
        wxFileName::FileNameToURL(wxFileName(toWx((std::filesystem::path(folder) / file).string())));
    html_->LoadPage(url + toWx(anchor));
  }

  auto* back = new wxButton(this, wxID_BACKWARD, _("&Back"));
  auto* close = new wxButton(this, wxID_CLOSE, _("&Close"));
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  buttons->Add(back);
  buttons->AddStretchSpacer();
  buttons->Add(close);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(html_, 1, wxEXPAND | wxALL, 12);
  sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
  SetSizer(sizer);
  SetEscapeId(wxID_CLOSE);

  back->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { html_->HistoryBack(); });
  back->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(html_->HistoryCanBack()); });
  close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (IsModal())
      EndModal(wxID_CLOSE);
    else
      Hide();
  });
  Layout();
  CentreOnParent();
}

wxString UserGuide::openedPage() const { return html_->GetOpenedPage(); }
wxString UserGuide::pageTitle() const { return html_->GetOpenedPageTitle(); }
wxString UserGuide::pageText() const { return html_->ToText(); }

}  // namespace s113::ui
