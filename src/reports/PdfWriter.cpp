// The PDF painter: the pages of PageLayout.h drawn with libharu, Helvetica
// (a base14 font, nothing embedded) in WinAnsiEncoding, charts as vector bars
// and lines. The desktop's preview and printout draw the same pages.
#include <hpdf.h>

#include <sstream>

#include "reports/PageLayout.h"
#include "reports/WinAnsi.h"
#include "reports/Writers.h"

namespace s113::reports {
namespace {

void onError(HPDF_STATUS error, HPDF_STATUS detail, void* user) {
  auto* status = static_cast<std::string*>(user);
  if (status->empty()) {
    std::ostringstream s;
    s << "libharu error 0x" << std::hex << error << " (detail " << std::dec << detail << ")";
    *status = s.str();
  }
}

void drawMark(HPDF_Page page, const PageMark& m, HPDF_Font regular, HPDF_Font bold) {
  const Rgb& c = m.colour;
  switch (m.kind) {
    case PageMark::Kind::Text:
      HPDF_Page_SetRGBFill(page, c.r, c.g, c.b);
      HPDF_Page_BeginText(page);
      HPDF_Page_SetFontAndSize(page, m.bold ? bold : regular, m.size);
      HPDF_Page_TextOut(page, m.at[0], m.at[1], m.text.c_str());
      HPDF_Page_EndText(page);
      break;
    case PageMark::Kind::Box:
      HPDF_Page_SetRGBFill(page, c.r, c.g, c.b);
      HPDF_Page_Rectangle(page, m.at[0], m.at[1], m.at[2], m.at[3]);
      HPDF_Page_Fill(page);
      break;
    case PageMark::Kind::Line:
      HPDF_Page_SetRGBStroke(page, c.r, c.g, c.b);
      HPDF_Page_SetLineWidth(page, m.size);
      HPDF_Page_MoveTo(page, m.at[0], m.at[1]);
      for (std::size_t i = 2; i + 1 < m.at.size(); i += 2)
        HPDF_Page_LineTo(page, m.at[i], m.at[i + 1]);
      HPDF_Page_Stroke(page);
      break;
  }
}

}  // namespace

void writePdf(const ReportDocument& doc, const std::string& path) {
  const PagedReport paged = layOutPages(doc);
  std::string error;
  HPDF_Doc pdf = HPDF_New(onError, &error);
  if (!pdf) throw std::runtime_error("cannot start a PDF document");
  try {
    HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
    HPDF_SetInfoAttr(pdf, HPDF_INFO_TITLE, toWinAnsi(doc.title).c_str());
    HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, "S113 Register");
    HPDF_Font regular = HPDF_GetFont(pdf, "Helvetica", "WinAnsiEncoding");
    HPDF_Font bold = HPDF_GetFont(pdf, "Helvetica-Bold", "WinAnsiEncoding");
    for (const Page& p : paged.pages) {
      HPDF_Page page = HPDF_AddPage(pdf);
      HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4,
                        p.landscape() ? HPDF_PAGE_LANDSCAPE : HPDF_PAGE_PORTRAIT);
      for (const auto& m : p.marks) drawMark(page, m, regular, bold);
    }
    if (error.empty()) HPDF_SaveToFile(pdf, path.c_str());
  } catch (...) {
    HPDF_Free(pdf);
    throw;
  }
  HPDF_Free(pdf);
  if (!error.empty()) throw std::runtime_error("writing " + path + " failed: " + error);
}

}  // namespace s113::reports
