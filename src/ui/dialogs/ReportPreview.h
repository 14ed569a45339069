// A report of the catalogue (reports/Catalogue.h), or a printed list, shown
// as its paper pages: the pages the PDF has (reports/PageLayout.h), drawn by
// ReportPages.h, one under another; Print and Print preview use the same
// pages, every page selected in the print dialog.
#pragma once
#include <wx/dialog.h>

#include <memory>
#include <string>

#include "reports/PageLayout.h"
#include "reports/ReportDocument.h"

class wxButton;

namespace s113::ui {

class ReportPageView;
class ReportPrintout;

class ReportPreview : public wxDialog {
 public:
  ReportPreview(wxWindow* parent, const reports::ReportDocument& doc);
  ~ReportPreview() override;

  // The words of every page, in page order.
  wxString pageText() const;
  int pageCount() const;
  // Scrolls page `index` (from 0) to the top of the view.
  void showPage(int index);
  // The first page holding a chart (0 when none does).
  int firstChartPage() const;
  ReportPageView* pageView() const { return view_; }
  // A printout of the pages (what Print and Print preview use).
  std::unique_ptr<ReportPrintout> printout() const;
  void print();
  void printPreview();

 private:
  std::shared_ptr<const reports::PagedReport> paged_;
  ReportPageView* view_ = nullptr;
};

}  // namespace s113::ui
