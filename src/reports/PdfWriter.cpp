// PDF with libharu, designed for paper: A4 pages, portrait unless a table is
// too wide for it (that table starts on a landscape page), Helvetica (a
// base14 font, nothing embedded) in WinAnsiEncoding (WinAnsi.h). Table
// columns are sized to their content (ColumnFit.h) and text is wrapped only
// between words: a table whose words do not fit is set in a smaller size
// rather than split mid-word. Table headers repeat on every page a table
// continues on; every page ends with "page N of M". Charts are vector bars
// and lines.
#include <hpdf.h>

#include <algorithm>
#include <functional>
#include <sstream>

#include "reports/ColumnFit.h"
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

const float kMargin = 48, kPad = 2.5f;
const float kPalette[][3] = {{0.12f, 0.35f, 0.59f}, {0.85f, 0.51f, 0.17f}, {0.23f, 0.56f, 0.23f},
                             {0.64f, 0.23f, 0.45f}, {0.42f, 0.42f, 0.42f}, {0.79f, 0.69f, 0.22f}};

std::vector<std::string> wordsOf(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

// How a table is set: the orientation of its pages, the type size, the widths.
struct TablePlan {
  bool landscape = false;
  float size = 7.5f;
  std::vector<float> widths;
};

class PdfLayout {
 public:
  PdfLayout(HPDF_Doc pdf, std::string footer) : pdf_(pdf), footer_(toWinAnsi(footer)) {
    regular_ = HPDF_GetFont(pdf, "Helvetica", "WinAnsiEncoding");
    bold_ = HPDF_GetFont(pdf, "Helvetica-Bold", "WinAnsiEncoding");
    newPage(false);
  }

  void newPage(bool landscape) {
    page_ = HPDF_AddPage(pdf_);
    HPDF_Page_SetSize(page_, HPDF_PAGE_SIZE_A4,
                      landscape ? HPDF_PAGE_LANDSCAPE : HPDF_PAGE_PORTRAIT);
    landscape_ = landscape;
    pages_.push_back(page_);
    y_ = HPDF_Page_GetHeight(page_) - kMargin;
    fresh_ = true;
  }
  // "page N of M" can only be written once every page exists.
  void finish() {
    const std::string total = std::to_string(pages_.size());
    for (std::size_t i = 0; i < pages_.size(); ++i) {
      page_ = pages_[i];
      text(kMargin, kMargin / 2,
           footer_ + "  -  page " + std::to_string(i + 1) + " of " + total, 7.5f, false, true);
    }
  }
  // Continues on a landscape page: this one turned when nothing is on it yet.
  void toLandscape() {
    if (landscape_) return;
    if (!fresh_) {
      newPage(true);
      return;
    }
    HPDF_Page_SetSize(page_, HPDF_PAGE_SIZE_A4, HPDF_PAGE_LANDSCAPE);
    landscape_ = true;
    y_ = HPDF_Page_GetHeight(page_) - kMargin;
  }
  bool needsLandscape(const Section& s) const {
    for (const auto& t : s.tables)
      if (!t.columns.empty() && plan(t).landscape) return true;
    return false;
  }
  float usable() const { return HPDF_Page_GetWidth(page_) - 2 * kMargin; }
  void ensure(float height) {
    if (y_ - height < kMargin) newPage(landscape_);
  }
  float width(const std::string& ansi, float size, bool bold) const {
    HPDF_TextWidth w = HPDF_Font_TextWidth(bold ? bold_ : regular_,
                                           reinterpret_cast<const HPDF_BYTE*>(ansi.data()),
                                           static_cast<HPDF_UINT>(ansi.size()));
    return static_cast<float>(w.width) * size / 1000;
  }
  // ansi: already converted.
  void text(float x, float y, const std::string& ansi, float size, bool bold, bool grey = false) {
    HPDF_Page_BeginText(page_);
    HPDF_Page_SetFontAndSize(page_, bold ? bold_ : regular_, size);
    if (grey) HPDF_Page_SetRGBFill(page_, 0.4f, 0.4f, 0.4f);
    HPDF_Page_TextOut(page_, x, y, ansi.c_str());
    HPDF_Page_EndText(page_);
    if (grey) HPDF_Page_SetRGBFill(page_, 0, 0, 0);
    fresh_ = false;
  }
  // Lines of at most maxWidth, broken between words; a single word wider
  // than the line (which the table plan avoids) is broken as a last resort.
  std::vector<std::string> wrap(const std::string& ansi, float maxWidth, float size, bool bold) {
    std::vector<std::string> lines;
    std::string line;
    for (const auto& word : wordsOf(ansi)) {
      std::string candidate = line.empty() ? word : line + " " + word;
      if (!line.empty() && width(candidate, size, bold) > maxWidth) {
        lines.push_back(line);
        line = word;
      } else {
        line = candidate;
      }
      while (width(line, size, bold) > maxWidth + 0.01f && line.size() > 1) {
        std::size_t cut = line.size() - 1;
        while (cut > 1 && width(line.substr(0, cut), size, bold) > maxWidth) --cut;
        lines.push_back(line.substr(0, cut));
        line = line.substr(cut);
      }
    }
    if (!line.empty() || lines.empty()) lines.push_back(line);
    return lines;
  }
  void paragraph(const std::string& utf8, float size = 9.5f, bool bold = false, float after = 4) {
    for (const auto& line : wrap(toWinAnsi(utf8), usable(), size, bold)) {
      ensure(size * 1.3f);
      y_ -= size * 1.3f;
      text(kMargin, y_, line, size, bold);
    }
    y_ -= after;
  }
  void gap(float h) { y_ -= h; }

  // Portrait when the table fits it with little wrapping; else landscape, in
  // the largest size (7.5 down to 5.5 pt) whose words fit whole.
  TablePlan plan(const Table& t) const {
    const float portrait = 595.28f - 2 * kMargin, landscape = 841.89f - 2 * kMargin;
    TablePlan p;
    for (bool wholeHeaders : {true, false}) {
      for (float size : {7.5f, 7.0f, 6.5f, 6.0f, 5.5f}) {
        auto needs = columnNeeds(t, size, wholeHeaders);
        float natural = 0;
        for (const auto& n : needs) natural += std::max(n.natural, n.least);
        p.size = size;
        p.landscape = false;
        if (size == 7.5f && natural <= portrait * 1.3f) {
          p.widths = fitColumns(needs, portrait);
          if (!p.widths.empty()) return p;
        }
        p.landscape = true;
        p.widths = fitColumns(needs, landscape);
        if (!p.widths.empty()) return p;
      }
    }
    // Words too long even then: an equal share each, words broken.
    p.widths.assign(t.columns.size(), landscape / std::max<std::size_t>(t.columns.size(), 1));
    return p;
  }

  std::vector<ColumnNeed> columnNeeds(const Table& t, float size, bool wholeHeaders) const {
    std::vector<ColumnNeed> needs(t.columns.size());
    auto need = [&](std::size_t c, const std::string& ansi, bool bold, bool whole) {
      float full = width(ansi, size, bold) + 2 * kPad + 1;
      needs[c].natural = std::max(needs[c].natural, full);
      if (whole) {
        needs[c].least = std::max(needs[c].least, full);
        return;
      }
      for (const auto& w : wordsOf(ansi))
        needs[c].least = std::max(needs[c].least, width(w, size, bold) + 2 * kPad + 1);
    };
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      const bool figure = t.columns[c].type != ColumnType::Text;
      need(c, toWinAnsi(t.columns[c].name), true, wholeHeaders);
      for (const auto& r : t.rows)
        if (c < r.size()) need(c, toWinAnsi(displayCell(r[c], t.columns[c].type)), false, figure);
      if (c < t.totals.size())
        need(c, toWinAnsi(displayCell(t.totals[c], t.columns[c].type)), true, figure);
    }
    return needs;
  }

  void table(const Table& t) {
    const std::size_t n = t.columns.size();
    if (n == 0) return;
    const TablePlan p = plan(t);
    const float size = p.size, lead = size * 1.25f;
    if (p.landscape) toLandscape();
    float tableW = 0;
    for (float w : p.widths) tableW += w;
    auto rowLines = [&](const std::vector<std::string>& cells, bool bold, bool isHeader) {
      std::vector<std::vector<std::string>> lines(n);
      for (std::size_t c = 0; c < n; ++c) {
        std::string value = c < cells.size()
                                ? (isHeader ? cells[c] : displayCell(cells[c], t.columns[c].type))
                                : "";
        lines[c] = wrap(toWinAnsi(value), p.widths[c] - 2 * kPad, size, bold);
      }
      return lines;
    };
    auto heightOf = [&](const std::vector<std::vector<std::string>>& lines) {
      std::size_t most = 1;
      for (const auto& l : lines) most = std::max(most, l.size());
      return most * lead + 2 * kPad;
    };
    std::vector<std::string> header;
    for (const auto& c : t.columns) header.push_back(c.name);
    const auto headerLines = rowLines(header, true, true);
    const float headerH = heightOf(headerLines);
    // The caption, the header and a first row stay together.
    ensure((t.caption.empty() ? 0 : 16) + headerH + lead * 3);
    if (!t.caption.empty()) paragraph(t.caption, 9, true, 2);
    auto drawRow = [&](const std::vector<std::vector<std::string>>& lines, bool bold, bool shade,
                       bool isHeader) {
      const float h = heightOf(lines);
      if (shade) {
        HPDF_Page_SetRGBFill(page_, 0.88f, 0.91f, 0.95f);
        HPDF_Page_Rectangle(page_, kMargin, y_ - h, tableW, h);
        HPDF_Page_Fill(page_);
        HPDF_Page_SetRGBFill(page_, 0, 0, 0);
      }
      float x = kMargin;
      for (std::size_t c = 0; c < n; ++c) {
        bool right = !isHeader && t.columns[c].type != ColumnType::Text &&
                     t.columns[c].type != ColumnType::Date;
        for (std::size_t l = 0; l < lines[c].size(); ++l) {
          float tx = right ? x + p.widths[c] - kPad - width(lines[c][l], size, bold) : x + kPad;
          text(tx, y_ - kPad - lead * (l + 1) + 2, lines[c][l], size, bold);
        }
        x += p.widths[c];
      }
      y_ -= h;
      HPDF_Page_SetRGBStroke(page_, 0.75f, 0.75f, 0.75f);
      HPDF_Page_SetLineWidth(page_, 0.4f);
      HPDF_Page_MoveTo(page_, kMargin, y_);
      HPDF_Page_LineTo(page_, kMargin + tableW, y_);
      HPDF_Page_Stroke(page_);
    };
    drawRow(headerLines, true, true, true);
    auto bodyRow = [&](const std::vector<std::string>& cells, bool bold) {
      const auto lines = rowLines(cells, bold, false);
      if (y_ - heightOf(lines) < kMargin) {  // continue on a new page, under the header
        newPage(landscape_);
        drawRow(headerLines, true, true, true);
      }
      drawRow(lines, bold, false, false);
    };
    for (const auto& r : t.rows) bodyRow(r, false);
    if (!t.totals.empty()) bodyRow(t.totals, true);
    if (t.rows.empty()) paragraph("(none)", 8.5f);
    y_ -= 8;
  }

  void chart(const Chart& chart) {
    const float height = 200, left = kMargin + 40, plotW = usable() - 40 - 120,
                plotH = 140;
    ensure(height + 20);
    paragraph(chart.title, 9, true, 2);
    const float top = y_ - 20, bottom = top - plotH;
    long long maxValue = 1;
    for (const auto& s : chart.values)
      for (long long v : s) maxValue = std::max(maxValue, v);
    const double maxUnits = static_cast<double>(maxValue) / chart.divisor;
    HPDF_Page_SetLineWidth(page_, 0.4f);
    for (int i = 0; i <= 4; ++i) {
      float y = bottom + plotH * i / 4;
      HPDF_Page_SetRGBStroke(page_, 0.85f, 0.85f, 0.85f);
      HPDF_Page_MoveTo(page_, left, y);
      HPDF_Page_LineTo(page_, left + plotW, y);
      HPDF_Page_Stroke(page_);
      std::ostringstream label;
      label.precision(maxUnits < 10 ? 1 : 0);
      label << std::fixed << maxUnits * i / 4;
      std::string ansi = toWinAnsi(label.str());
      text(left - 4 - width(ansi, 7, false), y - 2.5f, ansi, 7, false);
    }
    text(left - 30, bottom + plotH + 8, toWinAnsi(chart.unit), 7, true);
    const std::size_t n = chart.categories.size(), m = chart.series.size();
    const float groupW = n ? plotW / n : plotW;
    for (std::size_t c = 0; c < n; ++c) {
      std::string label = toWinAnsi(chart.categories[c]);
      float size = 7;
      while (size > 4.5f && width(label, size, false) > groupW - 2) size -= 0.5f;
      text(left + groupW * c + (groupW - width(label, size, false)) / 2, bottom - 10, label, size,
           false);
    }
    for (std::size_t s = 0; s < m; ++s) {
      const float* rgb = kPalette[s % 6];
      HPDF_Page_SetRGBFill(page_, rgb[0], rgb[1], rgb[2]);
      HPDF_Page_SetRGBStroke(page_, rgb[0], rgb[1], rgb[2]);
      if (chart.kind == Chart::Kind::Bars) {
        float barW = groupW * 0.8f / std::max<std::size_t>(m, 1);
        for (std::size_t c = 0; c < n && c < chart.values[s].size(); ++c) {
          float h = static_cast<float>(plotH * static_cast<double>(chart.values[s][c]) / maxValue);
          float x = left + groupW * c + groupW * 0.1f + barW * s;
          if (h > 0) {
            HPDF_Page_Rectangle(page_, x, bottom, barW, h);
            HPDF_Page_Fill(page_);
          }
          if (s < chart.labels.size() && c < chart.labels[s].size() &&
              !chart.labels[s][c].empty()) {
            HPDF_Page_SetRGBFill(page_, 0, 0, 0);
            std::string label = toWinAnsi(chart.labels[s][c]);
            text(x + (barW - width(label, 6.5f, false)) / 2, bottom + h + 2, label, 6.5f, false);
            HPDF_Page_SetRGBFill(page_, rgb[0], rgb[1], rgb[2]);
          }
        }
      } else {
        HPDF_Page_SetLineWidth(page_, 1.5f);
        for (std::size_t c = 0; c < n && c < chart.values[s].size(); ++c) {
          float x = left + groupW * c + groupW / 2;
          float y = static_cast<float>(bottom +
                                       plotH * static_cast<double>(chart.values[s][c]) / maxValue);
          if (c == 0)
            HPDF_Page_MoveTo(page_, x, y);
          else
            HPDF_Page_LineTo(page_, x, y);
        }
        if (n) HPDF_Page_Stroke(page_);
        HPDF_Page_SetLineWidth(page_, 0.4f);
      }
      float ly = top - 12 * s - 8;
      HPDF_Page_Rectangle(page_, left + plotW + 10, ly, 8, 8);
      HPDF_Page_Fill(page_);
      HPDF_Page_SetRGBFill(page_, 0, 0, 0);
      std::vector<std::string> legend = wrap(chart.series[s], 95, 7, false);
      text(left + plotW + 22, ly + 1, legend.front(), 7, false);
    }
    HPDF_Page_SetRGBFill(page_, 0, 0, 0);
    HPDF_Page_SetRGBStroke(page_, 0, 0, 0);
    HPDF_Page_MoveTo(page_, left, bottom);
    HPDF_Page_LineTo(page_, left + plotW, bottom);
    HPDF_Page_Stroke(page_);
    y_ = bottom - 24;
    (void)height;
  }

 private:
  HPDF_Doc pdf_;
  HPDF_Page page_ = nullptr;
  HPDF_Font regular_ = nullptr, bold_ = nullptr;
  std::string footer_;
  float y_ = 0;
  bool landscape_ = false;
  bool fresh_ = true;  // nothing drawn on the current page yet
  std::vector<HPDF_Page> pages_;
};

}  // namespace

void writePdf(const ReportDocument& doc, const std::string& path) {
  std::string error;
  HPDF_Doc pdf = HPDF_New(onError, &error);
  if (!pdf) throw std::runtime_error("cannot start a PDF document");
  try {
    HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
    HPDF_SetInfoAttr(pdf, HPDF_INFO_TITLE, toWinAnsi(doc.title).c_str());
    HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, "S113 Register");
    PdfLayout layout(pdf, doc.title);
    // A section with a wide table starts on a landscape page, its heading
    // with it; the title page turns too when the first section needs it.
    if (!doc.sections.empty() && layout.needsLandscape(doc.sections.front())) layout.toLandscape();
    layout.paragraph(doc.title, 16, true, 2);
    if (!doc.subtitle.empty()) layout.paragraph(doc.subtitle, 10.5f, false, 4);
    for (const auto& f : doc.facts) layout.paragraph(f.label + ": " + f.value, 9, false, 0);
    layout.gap(8);
    for (const auto& s : doc.sections) {
      if (layout.needsLandscape(s)) layout.toLandscape();
      layout.ensure(60);
      if (!s.heading.empty()) layout.paragraph(s.heading, 12, true, 3);
      for (const auto& p : s.paragraphs) layout.paragraph(p);
      for (const auto& c : s.charts) layout.chart(c);
      for (const auto& t : s.tables) layout.table(t);
      layout.gap(6);
    }
    layout.finish();
    if (error.empty()) HPDF_SaveToFile(pdf, path.c_str());
  } catch (...) {
    HPDF_Free(pdf);
    throw;
  }
  HPDF_Free(pdf);
  if (!error.empty()) throw std::runtime_error("writing " + path + " failed: " + error);
}

}  // namespace s113::reports
