#include "ui/dialogs/ReportPreview.h"

#include <wx/button.h>
#include <wx/dcclient.h>
#include <wx/print.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>

#include <map>

#include "reports/PageLayout.h"
#include "ui/WxText.h"
#include "ui/dialogs/ReportPages.h"

namespace s113::ui {

// The pages one under another on a grey desk, drawn when they scroll into view.
class ReportPageView : public wxScrolledWindow {
 public:
  static constexpr double kZoom = 1.25;  // screen pixels per point
  static constexpr int kGap = 16;

  ReportPageView(wxWindow* parent, std::shared_ptr<const reports::PagedReport> paged)
      : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxSize(1080, 640),
                         wxVSCROLL | wxHSCROLL | wxFULL_REPAINT_ON_RESIZE),
        paged_(std::move(paged)) {
    SetName("report_pages");
    SetBackgroundColour(wxColour(128, 128, 128));
    int width = 0, y = kGap;
    for (const auto& page : paged_->pages) {
      tops_.push_back(y);
      y += static_cast<int>(page.height * kZoom) + kGap;
      width = std::max(width, static_cast<int>(page.width * kZoom) + 2 * kGap);
    }
    SetVirtualSize(width, y);
    SetScrollRate(20, 20);
    Bind(wxEVT_PAINT, &ReportPageView::onPaint, this);
  }

  void showPage(std::size_t index) {
    if (index >= tops_.size()) return;
    int unitX = 0, unitY = 0;
    GetScrollPixelsPerUnit(&unitX, &unitY);
    Scroll(0, unitY ? tops_[index] / unitY : 0);
    Refresh();
  }

 private:
  void onPaint(wxPaintEvent&) {
    wxPaintDC dc(this);
    DoPrepareDC(dc);
    int viewX = 0, viewY = 0, unitX = 0, unitY = 0;
    GetViewStart(&viewX, &viewY);
    GetScrollPixelsPerUnit(&unitX, &unitY);
    const int top = viewY * unitY, bottom = top + GetClientSize().y;
    std::map<std::size_t, wxBitmap> shown;
    for (std::size_t i = 0; i < paged_->pages.size(); ++i) {
      const auto& page = paged_->pages[i];
      const int height = static_cast<int>(page.height * kZoom);
      if (tops_[i] + height < top || tops_[i] > bottom) continue;
      auto cached = cache_.find(i);
      wxBitmap bitmap = cached != cache_.end() ? cached->second
                                               : wxBitmap(pageImage(page, kZoom));
      dc.DrawBitmap(bitmap, kGap, tops_[i]);
      shown[i] = bitmap;
    }
    cache_ = std::move(shown);  // only the pages in view are kept
  }

  std::shared_ptr<const reports::PagedReport> paged_;
  std::vector<int> tops_;
  std::map<std::size_t, wxBitmap> cache_;
};

ReportPreview::ReportPreview(wxWindow* parent, const reports::ReportDocument& doc)
    : wxDialog(parent, wxID_ANY, toWx(doc.title), wxDefaultPosition, wxSize(1120, 780),
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER | wxMAXIMIZE_BOX),
      paged_(std::make_shared<const reports::PagedReport>(reports::layOutPages(doc))) {
  SetName("report_preview");
  view_ = new ReportPageView(this, paged_);

  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  auto* print = new wxButton(this, wxID_PRINT, _("&Print..."));
  auto* preview = new wxButton(this, wxID_PREVIEW, _("Print pre&view..."));
  auto* close = new wxButton(this, wxID_CLOSE, _("&Close"));
  buttons->Add(print, 0, wxRIGHT, 6);
  buttons->Add(preview, 0, wxRIGHT, 6);
  buttons->AddStretchSpacer();
  buttons->Add(close);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(view_, 1, wxEXPAND | wxALL, 12);
  sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
  SetSizer(sizer);
  SetEscapeId(wxID_CLOSE);

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

wxString ReportPreview::pageText() const {
  std::string text;
  for (const auto& page : paged_->pages) text += reports::pageText(page);
  return toWx(text);
}

int ReportPreview::pageCount() const { return static_cast<int>(paged_->pages.size()); }

void ReportPreview::showPage(int index) { view_->showPage(static_cast<std::size_t>(index)); }

int ReportPreview::firstChartPage() const {
  for (std::size_t i = 0; i < paged_->pages.size(); ++i)
    if (paged_->pages[i].chart) return static_cast<int>(i);
  return 0;
}

std::unique_ptr<ReportPrintout> ReportPreview::printout() const {
  return std::make_unique<ReportPrintout>(*paged_);
}

void ReportPreview::print() {
  auto pages = printout();
  wxPrintDialogData data = printDialogDataFor(*pages);
  wxPrinter printer(&data);
  printer.Print(this, pages.get(), true);
}

void ReportPreview::printPreview() {
  auto* pages = printout().release();
  wxPrintDialogData data = printDialogDataFor(*pages);
  auto* preview = new wxPrintPreview(pages, printout().release(), &data);
  if (!preview->IsOk()) {
    delete preview;
    return;
  }
  auto* frame = new wxPreviewFrame(preview, this, GetTitle(), wxDefaultPosition, wxSize(900, 800));
  frame->Initialize();
  frame->Show();
}

}  // namespace s113::ui
