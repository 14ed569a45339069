// A report laid out on paper once, as pages of marks (text, filled boxes,
// lines), which two painters draw: the PDF writer (libharu) and the desktop's
// preview and printout (wxGraphicsContext, src/ui/dialogs/ReportPages.h). So
// the page breaks, the repeated table headers, "page N of M" and the charts
// are the same on screen, on the printer and in the PDF.
//
// The paper design: A4, portrait unless a table is too wide for it (its
// section starts on a landscape page), Helvetica in WinAnsiEncoding
// (WinAnsi.h), columns sized to their content (ColumnFit.h) and text wrapped
// only between words, a table's caption kept with its header and first rows,
// headers repeated on every page a table continues on, charts as bars and
// lines. Positions are in points (1/72 inch) from the page's lower left
// corner, as in PDF; a text mark's y is its baseline.
//
//   PagedReport paged = layOutPages(doc);
//   paged.pages.size();  // what the PDF, the preview and the printout all have
#pragma once
#include <string>
#include <vector>

#include "reports/ReportDocument.h"

namespace s113::reports {

struct Rgb {
  float r = 0, g = 0, b = 0;
};

struct PageMark {
  enum class Kind { Text, Box, Line };
  Kind kind = Kind::Text;
  // Text: x, y of the baseline's start; Box: x, y (lower left), width,
  // height; Line: the points x0, y0, x1, y1, ... joined in order.
  std::vector<float> at;
  std::string text;  // Text, in WinAnsi (the PDF font's encoding)
  float size = 0;    // Text: the type size in points; Line: its width
  bool bold = false;
  Rgb colour;
  float width = 0;  // Text: its width in Helvetica, the room the layout gave it
};

struct Page {
  float width = 595.28f, height = 841.89f;  // A4 portrait
  bool landscape() const { return width > height; }
  std::vector<PageMark> marks;  // in drawing order
  bool chart = false;           // holds a chart
};

struct PagedReport {
  std::string title;
  std::vector<Page> pages;
};

PagedReport layOutPages(const ReportDocument& doc);

// The words on a page, in drawing order, one text mark a line (UTF-8).
std::string pageText(const Page& page);

}  // namespace s113::reports
