#include "ui/dialogs/ReportPages.h"

#include <wx/dc.h>
#include <wx/graphics.h>
#include <wx/image.h>

#include <map>
#include <memory>
#include <utility>

#include "reports/WinAnsi.h"
#include "ui/WxText.h"

namespace s113::ui {
namespace {

// A face with Helvetica's widths where the system has one (Arial is
// metric-compatible; fontconfig maps it to Liberation Sans on Linux).
wxString sansFace() {
#ifdef __WXOSX__
  return "Helvetica";
#else
  return "Arial";
#endif
}

wxColour colourOf(const reports::Rgb& c) {
  auto byte = [](float v) { return static_cast<unsigned char>(v * 255 + 0.5f); };
  return wxColour(byte(c.r), byte(c.g), byte(c.b));
}

class PagePainter {
 public:
  PagePainter(wxGraphicsContext& gc, const reports::Page& page) : gc_(gc), page_(page) {}

  void paint() {
    for (const auto& m : page_.marks) {
      switch (m.kind) {
        case reports::PageMark::Kind::Text:
          text(m);
          break;
        case reports::PageMark::Kind::Box:
          gc_.SetPen(*wxTRANSPARENT_PEN);
          gc_.SetBrush(wxBrush(colourOf(m.colour)));
          gc_.DrawRectangle(m.at[0], flip(m.at[1] + m.at[3]), m.at[2], m.at[3]);
          break;
        case reports::PageMark::Kind::Line: {
          std::vector<wxPoint2DDouble> points;
          for (std::size_t i = 0; i + 1 < m.at.size(); i += 2)
            points.emplace_back(m.at[i], flip(m.at[i + 1]));
          gc_.SetPen(gc_.CreatePen(wxGraphicsPenInfo(colourOf(m.colour)).Width(m.size)));
          gc_.StrokeLines(points.size(), points.data());
          break;
        }
      }
    }
  }

 private:
  // PDF y grows upwards from the page's foot; the context's grows downwards.
  double flip(double y) const { return page_.height - y; }

  void text(const reports::PageMark& m) {
    const wxString str = toWx(reports::fromWinAnsi(m.text));
    double size = m.size, w = 0, h = 0, descent = 0, leading = 0;
    useFont(size, m);
    gc_.GetTextExtent(str, &w, &h, &descent, &leading);
    if (w > m.width * 1.005 && w > 0) {  // this system's face is wider than Helvetica
      size = m.size * m.width / w;
      useFont(size, m);
      gc_.GetTextExtent(str, &w, &h, &descent, &leading);
    }
    gc_.DrawText(str, m.at[0], flip(m.at[1]) - (h - descent));
  }

  void useFont(double size, const reports::PageMark& m) {
    gc_.SetFont(gc_.CreateFont(size, sansFace(), m.bold ? wxFONTFLAG_BOLD : wxFONTFLAG_DEFAULT,
                               colourOf(m.colour)));
  }

  wxGraphicsContext& gc_;
  const reports::Page& page_;
};

}  // namespace

wxImage pageImage(const reports::Page& page, double pixelsPerPoint) {
  const int width = static_cast<int>(page.width * pixelsPerPoint + 0.5);
  const int height = static_cast<int>(page.height * pixelsPerPoint + 0.5);
  wxImage image(width, height);
  image.SetRGB(wxRect(0, 0, width, height), 255, 255, 255);
  {
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(image));
    if (!gc) return image;
    gc->SetAntialiasMode(wxANTIALIAS_DEFAULT);
    gc->Scale(pixelsPerPoint, pixelsPerPoint);  // user units are points
    PagePainter(*gc, page).paint();
  }  // the image holds the drawing once the context is gone
  return image;
}

ReportPrintout::ReportPrintout(reports::PagedReport paged)
    : wxPrintout(toWx(paged.title)), paged_(std::move(paged)) {}

bool ReportPrintout::HasPage(int page) { return page >= 1 && page <= pageCount(); }

void ReportPrintout::GetPageInfo(int* minPage, int* maxPage, int* pageFrom, int* pageTo) {
  *minPage = 1;
  *maxPage = pageCount();
  *pageFrom = 1;
  *pageTo = pageCount();
}

bool ReportPrintout::OnPrintPage(int number) {
  wxDC* dc = GetDC();
  if (!dc || !HasPage(number)) return false;
  const double dpi = 200;
  wxImage image = pageImage(paged_.pages[number - 1], dpi / 72);
  // A landscape page on portrait paper (or the reverse) is turned to fit.
  int paperW = 0, paperH = 0;
  GetPageSizePixels(&paperW, &paperH);
  if ((image.GetWidth() > image.GetHeight()) != (paperW > paperH)) image = image.Rotate90(true);
  FitThisSizeToPaper(wxSize(image.GetWidth(), image.GetHeight()));
  dc->DrawBitmap(wxBitmap(image), 0, 0);
  return true;
}

wxPrintDialogData printDialogDataFor(const ReportPrintout& printout) {
  wxPrintDialogData data;
  data.SetMinPage(1);
  data.SetMaxPage(printout.pageCount());
  data.SetFromPage(1);
  data.SetToPage(printout.pageCount());
  data.SetAllPages(true);
  return data;
}

}  // namespace s113::ui
