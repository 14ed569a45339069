// A report of the catalogue (reports/Catalogue.h) previewed as its HTML in a
// wxHtmlWindow, printed (or print-previewed) with wxHtmlEasyPrinting.
#pragma once
#include <wx/dialog.h>

#include <memory>
#include <string>

class wxButton;
class wxHtmlEasyPrinting;
class wxHtmlWindow;

namespace s113::ui {

class ReportPreview : public wxDialog {
 public:
  ReportPreview(wxWindow* parent, const wxString& title, const std::string& html);
  ~ReportPreview() override;

  wxHtmlWindow* htmlWindow() const { return html_; }
  wxString pageText() const;
  void print();
  void printPreview();

 private:
  std::string source_;
  wxHtmlWindow* html_ = nullptr;
  std::unique_ptr<wxHtmlEasyPrinting> printing_;
};

}  // namespace s113::ui
