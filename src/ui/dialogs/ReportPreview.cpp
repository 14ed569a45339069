#include "ui/dialogs/ReportPreview.h"

#include <wx/button.h>
#include <wx/html/htmlwin.h>
#include <wx/html/htmprint.h>
#include <wx/sizer.h>

#include "ui/WxText.h"

namespace s113::ui {

ReportPreview::ReportPreview(wxWindow* parent, const wxString& title, const std::string& html)
    : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxSize(900, 700),
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER | wxMAXIMIZE_BOX),
      source_(html) {
  SetName("report_preview");
  html_ = new wxHtmlWindow(this, wxID_ANY, wxDefaultPosition, wxSize(880, 600));
  html_->SetName("report_html");
  html_->SetPage(toWx(html));

  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  auto* print = new wxButton(this, wxID_PRINT, _("&Print..."));
  auto* preview = new wxButton(this, wxID_PREVIEW, _("Print pre&view..."));
  auto* close = new wxButton(this, wxID_CLOSE, _("&Close"));
  buttons->Add(print, 0, wxRIGHT, 6);
  buttons->Add(preview, 0, wxRIGHT, 6);
  buttons->AddStretchSpacer();
  buttons->Add(close);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(html_, 1, wxEXPAND | wxALL, 12);
  sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
  SetSizer(sizer);
  SetEscapeId(wxID_CLOSE);

  printing_ = std::make_unique<wxHtmlEasyPrinting>(title, this);
  print->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { this->print(); });
  preview->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { printPreview(); });
  close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (IsModal())
      EndModal(wxID_CLOSE);
    else
      Hide();
  });
  Layout();
  CentreOnParent();
}

ReportPreview::~ReportPreview() = default;

wxString ReportPreview::pageText() const { return html_->ToText(); }

void ReportPreview::print() { printing_->PrintText(toWx(source_)); }

void ReportPreview::printPreview() { printing_->PreviewText(toWx(source_)); }

}  // namespace s113::ui
