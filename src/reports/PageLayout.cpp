#include "reports/PageLayout.h"

#include <hpdf.h>

#include <algorithm>
#include <sstream>
#include <stdexcept>

#include "reports/ColumnFit.h"
#include "reports/WinAnsi.h"

namespace s113::reports {
namespace {

void onError(HPDF_STATUS, HPDF_STATUS, void* user) {
  auto* status = static_cast<std::string*>(user);
  if (status->empty()) *status = "libharu error while measuring text";
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

// Helvetica's metrics, from libharu's copy of the base14 fonts: the layout
// measures with the font the PDF names, whoever draws it.
class Metrics {
 public:
  Metrics() : pdf_(HPDF_New(onError, &error_)) {
    if (!pdf_) throw std::runtime_error("cannot start a PDF document");
    regular_ = HPDF_GetFont(pdf_, "Helvetica", "WinAnsiEncoding");
    bold_ = HPDF_GetFont(pdf_, "Helvetica-Bold", "WinAnsiEncoding");
  }
  ~Metrics() { HPDF_Free(pdf_); }
  Metrics(const Metrics&) = delete;
  Metrics& operator=(const Metrics&) = delete;
  float width(const std::string& ansi, float size, bool bold) const {
    HPDF_TextWidth w = HPDF_Font_TextWidth(bold ? bold_ : regular_,
                                           reinterpret_cast<const HPDF_BYTE*>(ansi.data()),
                                           static_cast<HPDF_UINT>(ansi.size()));
    return static_cast<float>(w.width) * size / 1000;
  }

 private:
  std::string error_;
  HPDF_Doc pdf_;
  HPDF_Font regular_ = nullptr, bold_ = nullptr;
};

const float kA4Short = 595.28f, kA4Long = 841.89f;
const Rgb kBlack{0, 0, 0}, kGrey{0.4f, 0.4f, 0.4f}, kRule{0.75f, 0.75f, 0.75f},
    kGrid{0.85f, 0.85f, 0.85f}, kShade{0.88f, 0.91f, 0.95f};

Rgb paletteColour(std::size_t series) {
  const float* c = kPalette[series % 6];
  return {c[0], c[1], c[2]};
}

class Layout {
 public:
  explicit Layout(std::string footer) : footer_(toWinAnsi(footer)) { newPage(false); }

  std::vector<Page> pages() && { return std::move(pages_); }

  void newPage(bool landscape) {
    Page p;
    if (landscape) std::swap(p.width, p.height);
    pages_.push_back(std::move(p));
    landscape_ = landscape;
    y_ = page().height - kMargin;
    fresh_ = true;
  }
  // "page N of M" can only be written once every page exists.
  void finish() {
    const std::string total = std::to_string(pages_.size());
    for (std::size_t i = 0; i < pages_.size(); ++i)
      textOn(pages_[i], kMargin, kMargin / 2,
             footer_ + "  -  page " + std::to_string(i + 1) + " of " + total, 7.5f, false,
             kGrey);
  }
  // Continues on a landscape page: this one turned when nothing is on it yet.
  void toLandscape() {
    if (landscape_) return;
    if (!fresh_) {
      newPage(true);
      return;
    }
    page().width = kA4Long;
    page().height = kA4Short;
    landscape_ = true;
    y_ = page().height - kMargin;
  }
  bool needsLandscape(const Section& s) const {
    for (const auto& t : s.tables)
      if (!t.columns.empty() && plan(t).landscape) return true;
    return false;
  }
  float usable() const { return pages_.back().width - 2 * kMargin; }
  void ensure(float height) {
    if (y_ - height < kMargin) newPage(landscape_);
  }
  float width(const std::string& ansi, float size, bool bold) const {
    return metrics_.width(ansi, size, bold);
  }
  // ansi: already converted.
  void text(float x, float y, const std::string& ansi, float size, bool bold,
            Rgb colour = kBlack) {
    textOn(page(), x, y, ansi, size, bold, colour);
    fresh_ = false;
  }
  void textOn(Page& on, float x, float y, const std::string& ansi, float size, bool bold,
              Rgb colour) {
    if (ansi.empty()) return;
    PageMark m;
    m.kind = PageMark::Kind::Text;
    m.at = {x, y};
    m.text = ansi;
    m.size = size;
    m.bold = bold;
    m.colour = colour;
    m.width = width(ansi, size, bold);
    on.marks.push_back(std::move(m));
  }
  void box(float x, float y, float w, float h, Rgb colour) {
    PageMark m;
    m.kind = PageMark::Kind::Box;
    m.at = {x, y, w, h};
    m.colour = colour;
    page().marks.push_back(std::move(m));
  }
  void line(std::vector<float> points, float lineWidth, Rgb colour) {
    PageMark m;
    m.kind = PageMark::Kind::Line;
    m.at = std::move(points);
    m.size = lineWidth;
    m.colour = colour;
    page().marks.push_back(std::move(m));
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
    const float portrait = kA4Short - 2 * kMargin, landscape = kA4Long - 2 * kMargin;
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
      if (shade) box(kMargin, y_ - h, tableW, h, kShade);
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
      line({kMargin, y_, kMargin + tableW, y_}, 0.4f, kRule);
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
    ensure(height + 20);  // the chart and its title stay together
    page().chart = true;
    paragraph(chart.title, 9, true, 2);
    const float top = y_ - 20, bottom = top - plotH;
    long long maxValue = 1;
    for (const auto& s : chart.values)
      for (long long v : s) maxValue = std::max(maxValue, v);
    const double maxUnits = static_cast<double>(maxValue) / chart.divisor;
    for (int i = 0; i <= 4; ++i) {
      float y = bottom + plotH * i / 4;
      line({left, y, left + plotW, y}, 0.4f, kGrid);
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
      const Rgb colour = paletteColour(s);
      if (chart.kind == Chart::Kind::Bars) {
        float barW = groupW * 0.8f / std::max<std::size_t>(m, 1);
        for (std::size_t c = 0; c < n && c < chart.values[s].size(); ++c) {
          float h = static_cast<float>(plotH * static_cast<double>(chart.values[s][c]) / maxValue);
          float x = left + groupW * c + groupW * 0.1f + barW * s;
          if (h > 0) box(x, bottom, barW, h, colour);
          if (s < chart.labels.size() && c < chart.labels[s].size() &&
              !chart.labels[s][c].empty()) {
            std::string label = toWinAnsi(chart.labels[s][c]);
            text(x + (barW - width(label, 6.5f, false)) / 2, bottom + h + 2, label, 6.5f, false);
          }
        }
      } else {
        std::vector<float> points;
        for (std::size_t c = 0; c < n && c < chart.values[s].size(); ++c) {
          points.push_back(left + groupW * c + groupW / 2);
          points.push_back(static_cast<float>(
              bottom + plotH * static_cast<double>(chart.values[s][c]) / maxValue));
        }
        if (points.size() >= 4) line(std::move(points), 1.5f, colour);
      }
      float ly = top - 12 * s - 8;
      box(left + plotW + 10, ly, 8, 8, colour);
      std::vector<std::string> legend = wrap(toWinAnsi(chart.series[s]), 95, 7, false);
      text(left + plotW + 22, ly + 1, legend.front(), 7, false);
    }
    line({left, bottom, left + plotW, bottom}, 0.4f, kBlack);
    y_ = bottom - 24;
  }

 private:
  Page& page() { return pages_.back(); }
  Metrics metrics_;
  std::string footer_;
  float y_ = 0;
  bool landscape_ = false;
  bool fresh_ = true;  // nothing drawn on the current page yet
  std::vector<Page> pages_;
};

}  // namespace

PagedReport layOutPages(const ReportDocument& doc) {
  Layout layout(doc.title);
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
  return {doc.title, std::move(layout).pages()};
}

std::string pageText(const Page& page) {
  std::string text;
  for (const auto& m : page.marks)
    if (m.kind == PageMark::Kind::Text) text += fromWinAnsi(m.text) + "\n";
  return text;
}

}  // namespace s113::reports
