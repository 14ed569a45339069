// PDF with libharu: A4 portrait text pages, Helvetica (a base14 font, so
// nothing is embedded) in WinAnsiEncoding, to which UTF-8 text is converted
// ("£" is 0xA3). Tables wrap their cells and repeat their header on a new
// page; charts are drawn as vector bars and lines.
#include <hpdf.h>

#include <algorithm>
#include <functional>
#include <sstream>

#include "reports/Writers.h"

namespace s113::reports {
namespace {

// UTF-8 -> Windows-1252; characters it lacks become '?'.
std::string toWinAnsi(const std::string& utf8) {
  std::string out;
  for (std::size_t i = 0; i < utf8.size();) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    unsigned cp = c;
    int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
    if (extra) cp = c & (0x3F >> extra);
    for (int k = 1; k <= extra && i + k < utf8.size(); ++k) cp = (cp << 6) | (utf8[i + k] & 0x3F);
    i += extra + 1;
    if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) {
      out += static_cast<char>(cp);
      continue;
    }
    switch (cp) {
      case 0x20AC:
        out += '\x80';
        break;
      case 0x2018:
        out += '\x91';
        break;
      case 0x2019:
        out += '\x92';
        break;
      case 0x201C:
        out += '\x93';
        break;
      case 0x201D:
        out += '\x94';
        break;
      case 0x2022:
        out += '\x95';
        break;
      case 0x2013:
        out += '\x96';
        break;
      case 0x2014:
        out += '\x97';
        break;
      case 0x2026:
        out += '\x85';
        break;
      case 0x2192:
        out += "->";
        break;
      default:
        out += '?';
    }
  }
  return out;
}

void onError(HPDF_STATUS error, HPDF_STATUS detail, void* user) {
  auto* status = static_cast<std::string*>(user);
  if (status->empty()) {
    std::ostringstream s;
    s << "libharu error 0x" << std::hex << error << " (detail " << std::dec << detail << ")";
    *status = s.str();
  }
}

const float kPageW = 595.28f, kPageH = 841.89f, kMargin = 48;
const float kPalette[][3] = {{0.12f, 0.35f, 0.59f}, {0.85f, 0.51f, 0.17f}, {0.23f, 0.56f, 0.23f},
                             {0.64f, 0.23f, 0.45f}, {0.42f, 0.42f, 0.42f}, {0.79f, 0.69f, 0.22f}};

class PdfLayout {
 public:
  PdfLayout(HPDF_Doc pdf, std::string footer) : pdf_(pdf), footer_(toWinAnsi(footer)) {
    regular_ = HPDF_GetFont(pdf, "Helvetica", "WinAnsiEncoding");
    bold_ = HPDF_GetFont(pdf, "Helvetica-Bold", "WinAnsiEncoding");
    newPage();
  }

  void newPage() {
    page_ = HPDF_AddPage(pdf_);
    HPDF_Page_SetSize(page_, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
    ++pages_;
    y_ = kPageH - kMargin;
    text(kMargin, kMargin / 2, footer_ + "  -  page " + std::to_string(pages_), 7.5f, false, true);
  }
  void ensure(float height) {
    if (y_ - height < kMargin) newPage();
  }
  float width(const std::string& ansi, float size, bool bold) {
    HPDF_Page_SetFontAndSize(page_, bold ? bold_ : regular_, size);
    return HPDF_Page_TextWidth(page_, ansi.c_str());
  }
  // ansi: already converted.
  void text(float x, float y, const std::string& ansi, float size, bool bold, bool grey = false) {
    HPDF_Page_BeginText(page_);
    HPDF_Page_SetFontAndSize(page_, bold ? bold_ : regular_, size);
    if (grey) HPDF_Page_SetRGBFill(page_, 0.4f, 0.4f, 0.4f);
    HPDF_Page_TextOut(page_, x, y, ansi.c_str());
    HPDF_Page_EndText(page_);
    if (grey) HPDF_Page_SetRGBFill(page_, 0, 0, 0);
  }
  std::vector<std::string> wrap(const std::string& utf8, float maxWidth, float size, bool bold) {
    std::vector<std::string> lines;
    std::istringstream words(toWinAnsi(utf8));
    std::string word, line;
    while (words >> word) {
      std::string candidate = line.empty() ? word : line + " " + word;
      if (!line.empty() && width(candidate, size, bold) > maxWidth) {
        lines.push_back(line);
        line = word;
      } else {
        line = candidate;
      }
      while (width(line, size, bold) > maxWidth && line.size() > 1) {  // one over-long word
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
    for (const auto& line : wrap(utf8, kPageW - 2 * kMargin, size, bold)) {
      ensure(size * 1.3f);
      y_ -= size * 1.3f;
      text(kMargin, y_, line, size, bold);
    }
    y_ -= after;
  }
  void gap(float h) { y_ -= h; }

  void table(const Table& t) {
    const float size = 7.5f, lead = size * 1.25f, pad = 2.5f, usable = kPageW - 2 * kMargin;
    const std::size_t n = t.columns.size();
    if (n == 0) return;
    // Column widths by the longest text (capped), scaled to the page.
    std::vector<float> want(n, 20);
    auto measure = [&](const std::vector<std::string>& cells, bool bold) {
      for (std::size_t c = 0; c < n && c < cells.size(); ++c)
        want[c] = std::max(
            want[c], std::min(180.0f, width(toWinAnsi(displayCell(cells[c], t.columns[c].type)),
                                            size, true) +
                                          2 * pad + 3));
    };
    std::vector<std::string> header;
    for (const auto& c : t.columns) header.push_back(c.name);
    for (std::size_t c = 0; c < n; ++c)
      want[c] =
          std::max(want[c], std::min(70.0f, width(toWinAnsi(header[c]), size, true) + 2 * pad));
    for (const auto& r : t.rows) measure(r, false);
    measure(t.totals, true);
    // Figures and dates keep their width; text columns share what is left.
    float fixed = 0, textWant = 0;
    for (std::size_t c = 0; c < n; ++c)
      (t.columns[c].type == ColumnType::Text ? textWant : fixed) += want[c];
    std::vector<float> widths(n);
    const float scaleFixed = fixed > usable * 0.85f ? usable * 0.85f / fixed : 1.0f;
    const float left = usable - fixed * scaleFixed;
    for (std::size_t c = 0; c < n; ++c)
      widths[c] = t.columns[c].type == ColumnType::Text
                      ? (textWant > 0 ? want[c] * std::min(1.0f, left / textWant) : 0)
                      : want[c] * scaleFixed;
    float used = 0;
    for (float w : widths) used += w;
    if (used < usable && textWant == 0)
      for (auto& w : widths) w *= usable / used;
    if (!t.caption.empty()) {
      ensure(40);
      paragraph(t.caption, 9, true, 2);
    }
    auto drawRow = [&](const std::vector<std::string>& cells, bool bold, bool shade,
                       bool isHeader) {
      std::vector<std::vector<std::string>> lines(n);
      std::size_t height = 1;
      for (std::size_t c = 0; c < n; ++c) {
        std::string value = c < cells.size()
                                ? (isHeader ? cells[c] : displayCell(cells[c], t.columns[c].type))
                                : "";
        lines[c] = wrap(value, widths[c] - 2 * pad, size, bold);
        height = std::max(height, lines[c].size());
      }
      float h = height * lead + 2 * pad;
      if (y_ - h < kMargin) {
        newPage();
        if (!isHeader) drawHeader();
      }
      if (shade) {
        HPDF_Page_SetRGBFill(page_, 0.88f, 0.91f, 0.95f);
        HPDF_Page_Rectangle(page_, kMargin, y_ - h, usable, h);
        HPDF_Page_Fill(page_);
        HPDF_Page_SetRGBFill(page_, 0, 0, 0);
      }
      float x = kMargin;
      for (std::size_t c = 0; c < n; ++c) {
        bool right = !isHeader && t.columns[c].type != ColumnType::Text &&
                     t.columns[c].type != ColumnType::Date;
        for (std::size_t l = 0; l < lines[c].size(); ++l) {
          float tx = right ? x + widths[c] - pad - width(lines[c][l], size, bold) : x + pad;
          text(tx, y_ - pad - lead * (l + 1) + 2, lines[c][l], size, bold);
        }
        x += widths[c];
      }
      y_ -= h;
      HPDF_Page_SetRGBStroke(page_, 0.75f, 0.75f, 0.75f);
      HPDF_Page_SetLineWidth(page_, 0.4f);
      HPDF_Page_MoveTo(page_, kMargin, y_);
      HPDF_Page_LineTo(page_, kMargin + usable, y_);
      HPDF_Page_Stroke(page_);
    };
    header_ = [&, header] { drawRow(header, true, true, true); };
    drawHeader();
    for (const auto& r : t.rows) drawRow(r, false, false, false);
    if (!t.totals.empty()) drawRow(t.totals, true, false, false);
    if (t.rows.empty()) paragraph("(none)", 8.5f);
    header_ = nullptr;
    y_ -= 8;
  }

  void chart(const Chart& chart) {
    const float height = 200, left = kMargin + 40, plotW = kPageW - 2 * kMargin - 40 - 120,
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
  void drawHeader() {
    if (header_) header_();
  }
  HPDF_Doc pdf_;
  HPDF_Page page_ = nullptr;
  HPDF_Font regular_ = nullptr, bold_ = nullptr;
  std::string footer_;
  float y_ = 0;
  int pages_ = 0;
  std::function<void()> header_;
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
    layout.paragraph(doc.title, 16, true, 2);
    if (!doc.subtitle.empty()) layout.paragraph(doc.subtitle, 10.5f, false, 4);
    for (const auto& f : doc.facts) layout.paragraph(f.label + ": " + f.value, 9, false, 0);
    layout.gap(8);
    for (const auto& s : doc.sections) {
      layout.ensure(60);
      if (!s.heading.empty()) layout.paragraph(s.heading, 12, true, 3);
      for (const auto& p : s.paragraphs) layout.paragraph(p);
      for (const auto& c : s.charts) layout.chart(c);
      for (const auto& t : s.tables) layout.table(t);
      layout.gap(6);
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
