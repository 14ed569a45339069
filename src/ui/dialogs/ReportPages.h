// The desktop's painter of a report's paper pages (reports/PageLayout.h):
// the same pages the PDF writer paints, drawn with wxGraphicsContext (cairo
// on Linux, GDI+/Direct2D on Windows, Core Graphics on macOS) into a bitmap,
// which the preview shows and the printout prints. So the preview, the
// printout and the PDF have the same pages, page breaks and charts.
//
//   ReportPrintout printout(reports::layOutPages(doc));
//   wxPrinter printer(&printDialogDataFor(printout));  // all pages by default
#pragma once
#include <wx/bitmap.h>
#include <wx/cmndata.h>
#include <wx/prntbase.h>

#include "reports/PageLayout.h"

namespace s113::ui {

// One page drawn at `pixelsPerPoint` (1.0 = 72 dpi), white background. A
// text whose font on this system is wider than Helvetica is set a little
// smaller so that it keeps the room the layout gave it.
wxImage pageImage(const reports::Page& page, double pixelsPerPoint);

// Prints the pages as laid out, each at 200 dpi fitted to the paper (a
// landscape page on portrait paper is turned).
class ReportPrintout : public wxPrintout {
 public:
  explicit ReportPrintout(reports::PagedReport paged);
  int pageCount() const { return static_cast<int>(paged_.pages.size()); }
  const reports::PagedReport& paged() const { return paged_; }

  bool HasPage(int page) override;
  void GetPageInfo(int* minPage, int* maxPage, int* pageFrom, int* pageTo) override;
  bool OnPrintPage(int page) override;

 private:
  reports::PagedReport paged_;
};

// The print dialog's data for a printout: every page, 1 to N, selected.
wxPrintDialogData printDialogDataFor(const ReportPrintout& printout);

}  // namespace s113::ui
