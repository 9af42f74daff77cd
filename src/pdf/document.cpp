#include "pdf/document.h"

#include <cairo-pdf.h>
#include <cmark.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <unordered_map>

#include "chart/cairo_canvas.h"
#include "chart/cairo_handle.h"

namespace kfl {
namespace {

// A4 in PostScript points, and the type area.
constexpr double kPageWidth = 595.276;
constexpr double kPageHeight = 841.89;
constexpr double kMarginX = 56.7;  // 20 mm
constexpr double kTop = 70;        // below the running header
constexpr double kBottom = kPageHeight - 62;
constexpr double kTextWidth = kPageWidth - 2 * kMarginX;
// Charts are laid out this wide (px) and scaled to the text width, so their
// 11 px labels print at about 9 pt.
constexpr double kChartLayoutWidth = 600;
constexpr double kCellPad = 3.5;

struct Style {
  double size = 10;
  bool bold = false;
  bool italic = false;
  Rgb color;
  double line_spacing = 1.25;
};

struct Line {
  double y = 0;  // top, relative to the layout
  double height = 0;
  double baseline = 0;  // relative to the layout
  double x = 0;
  int start = 0;  // byte range in the layout's text
  int length = 0;
  PangoLayoutLine* line = nullptr;  // owned by the layout
};

// One laid-out piece of rich text; cheap to copy (the layout is shared).
struct Laid {
  std::shared_ptr<PangoLayout> layout;
  std::vector<Line> lines;
  std::vector<TextSpan> links;
  double width = 0;
  double height = 0;

  // The height of lines [from, to).
  double Height(size_t from, size_t to) const {
    if (from >= to) return 0;
    const Line& last = lines[to - 1];
    return last.y + last.height - lines[from].y;
  }
};

void EscapeAttribute(std::string* out, std::string_view s) {
  for (char c : s) {
    if (c == '\'' || c == '\\') out->push_back('\\');
    out->push_back(c);
  }
}

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

}  // namespace

RichText& RichText::Add(std::string_view s, TextSpan style) {
  style.start = text.size();
  text.append(s);
  style.end = text.size();
  if (style.bold || style.italic || style.code || !style.link.empty()) spans.push_back(style);
  return *this;
}

struct Document::Block {
  enum class Kind { kCover, kContents, kHeading, kText, kFigure, kTable, kBreak } kind;

  // Content, by kind.
  CoverPage cover;
  int level = 0;          // heading
  bool contents = false;  // heading: an entry of the table of contents
  std::string anchor;     // heading
  std::string heading;    // heading; contents heading
  RichText text;          // text
  TextKind text_kind = TextKind::kBody;
  std::string label;      // list item: "•" or "3."
  bool list_last = false;  // the last item of its list
  double indent = 0;      // list item
  std::shared_ptr<const Chart> chart;
  std::optional<ChartContext> ctx;  // the caller's, without titles
  std::string title, subtitle, alt;
  TableBlock table;

  // Measured.
  double before = 0, after = 0;
  Laid laid;                    // heading, text, contents heading
  Laid label_laid;              // list item label
  Laid title_laid, subtitle_laid, alt_laid;  // figure
  double chart_scale = 1, chart_height = 0;  // figure: drawn height (pt)
  std::vector<Laid> cells;      // table: header cells, then row by row
  std::vector<double> col_x, col_w;
  std::vector<double> row_h;    // table: header first; contents: per entry
  std::vector<const Block*> entries;  // contents
  std::vector<Laid> entry_laid;       // contents
};

namespace {

using Block = Document::Block;
using Kind = Block::Kind;

// Where a piece of a block went: page, top, and which lines/rows/entries.
struct Piece {
  Block* block;
  int page;
  double y;
  size_t from = 0, to = 0;
};

class Layouter {
 public:
  Layouter(PangoContext* context, const std::string& family)
      : context_(context), font_(pango_font_description_from_string(family.c_str())) {}

  // Laid-out texts are kept per thread and reused: the narratives, headings,
  // captions and page labels repeat from report to report.
  Laid Lay(const RichText& text, const Style& style, double width, Align align = Align::kStart,
           const Rgb& link_color = Rgb::Hex(0x0060a0)) {
    thread_local std::unordered_map<std::string, Laid> cache;
    std::string& key = key_;
    key.assign(text.text);
    char params[160];
    int n = std::snprintf(params, sizeof params, "\x1f%p|%a|%d%d|%a,%a,%a|%a|%a|%d",
                          static_cast<void*>(context_), style.size, style.bold, style.italic,
                          style.color.r, style.color.g, style.color.b, style.line_spacing, width,
                          static_cast<int>(align));
    key.append(params, n);
    for (const TextSpan& sp : text.spans) {
      n = std::snprintf(params, sizeof params, "|%zu-%zu%d%d%d", sp.start, sp.end, sp.bold,
                        sp.italic, sp.code);
      key.append(params, n);
      key += sp.link;
    }
    auto found = cache.find(key);
    if (found != cache.end()) return found->second;
    if (cache.size() >= 4096) cache.clear();
    return cache.emplace(key, LayNew(text, style, width, align, link_color)).first->second;
  }

  Laid LayNew(const RichText& text, const Style& style, double width, Align align,
              const Rgb& link_color) {
    Laid out;
    out.layout.reset(pango_layout_new(context_), g_object_unref);
    PangoLayout* layout = out.layout.get();
    SetFontStyle(font_.get(), style.size, style.bold, style.italic);
    pango_layout_set_font_description(layout, font_.get());
    pango_layout_set_width(layout, static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_line_spacing(layout, static_cast<float>(style.line_spacing));
    pango_layout_set_alignment(layout, align == Align::kStart    ? PANGO_ALIGN_LEFT
                                       : align == Align::kCenter ? PANGO_ALIGN_CENTER
                                                                 : PANGO_ALIGN_RIGHT);
    pango_layout_set_text(layout, text.text.data(), static_cast<int>(text.text.size()));
    PangoAttrList* attrs = pango_attr_list_new();
    auto add = [&](PangoAttribute* a, const TextSpan& s) {
      a->start_index = static_cast<unsigned>(s.start);
      a->end_index = static_cast<unsigned>(s.end);
      pango_attr_list_insert(attrs, a);
    };
    for (const TextSpan& s : text.spans) {
      if (s.bold) add(pango_attr_weight_new(PANGO_WEIGHT_BOLD), s);
      if (s.italic) add(pango_attr_style_new(PANGO_STYLE_ITALIC), s);
      if (s.code) add(pango_attr_family_new("DejaVu Sans Mono"), s);
      if (!s.link.empty()) {
        add(pango_attr_underline_new(PANGO_UNDERLINE_SINGLE), s);
        add(pango_attr_foreground_new(static_cast<guint16>(link_color.r * 65535),
                                      static_cast<guint16>(link_color.g * 65535),
                                      static_cast<guint16>(link_color.b * 65535)),
            s);
        out.links.push_back(s);
      }
    }
    pango_layout_set_attributes(layout, attrs);
    pango_attr_list_unref(attrs);

    PangoLayoutIter* it = pango_layout_get_iter(layout);
    do {
      PangoRectangle logical;
      pango_layout_iter_get_line_extents(it, nullptr, &logical);
      PangoLayoutLine* line = pango_layout_iter_get_line_readonly(it);
      out.lines.push_back({static_cast<double>(logical.y) / PANGO_SCALE,
                           static_cast<double>(logical.height) / PANGO_SCALE,
                           static_cast<double>(pango_layout_iter_get_baseline(it)) / PANGO_SCALE,
                           static_cast<double>(logical.x) / PANGO_SCALE, line->start_index,
                           line->length, line});
      out.width = std::max(out.width, static_cast<double>(logical.width) / PANGO_SCALE);
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    out.height = out.Height(0, out.lines.size());
    return out;
  }

  Laid Lay(std::string_view text, const Style& style, double width, Align align = Align::kStart) {
    RichText rich;
    rich.Add(text);
    return Lay(rich, style, width, align);
  }

 private:
  PangoContext* context_;
  PangoFontDescriptionHandle font_;
  std::string key_;
};

// Draws lines [from, to) of `laid` with the top of line `from` at (x, y),
// and its links.
void DrawLines(cairo_t* cr, const Laid& laid, double x, double y, size_t from, size_t to,
               const Rgb& color) {
  if (from >= to) return;
  const double top = laid.lines[from].y;
  cairo_set_source_rgb(cr, color.r, color.g, color.b);
  for (size_t i = from; i < to; ++i) {
    const Line& line = laid.lines[i];
    cairo_move_to(cr, x + line.x, y + line.baseline - top);
    pango_cairo_show_layout_line(cr, line.line);
    for (const TextSpan& link : laid.links) {
      const int a = std::max<int>(static_cast<int>(link.start), line.start);
      const int b = std::min<int>(static_cast<int>(link.end), line.start + line.length);
      if (a >= b) continue;
      int xa = 0, xb = 0;
      pango_layout_line_index_to_x(line.line, a, 0, &xa);
      pango_layout_line_index_to_x(line.line, b, 0, &xb);
      if (b == line.start + line.length) {
        PangoRectangle logical;
        pango_layout_line_get_extents(line.line, nullptr, &logical);
        xb = logical.x + logical.width;
      }
      std::string attrs = "rect=[" + Num(x + line.x + xa / double(PANGO_SCALE)) + " " +
                          Num(y + line.y - top) + " " + Num((xb - xa) / double(PANGO_SCALE)) +
                          " " + Num(line.height) + "] ";
      if (link.link[0] == '#') {
        attrs += "dest='";
        EscapeAttribute(&attrs, link.link.substr(1));
      } else {
        attrs += "uri='";
        EscapeAttribute(&attrs, link.link);
      }
      attrs += "'";
      cairo_tag_begin(cr, CAIRO_TAG_LINK, attrs.c_str());
      cairo_tag_end(cr, CAIRO_TAG_LINK);
    }
  }
}

void DrawAll(cairo_t* cr, const Laid& laid, double x, double y, const Rgb& color) {
  DrawLines(cr, laid, x, y, 0, laid.lines.size(), color);
}

void Fill(cairo_t* cr, double x, double y, double w, double h, const Rgb& c) {
  cairo_set_source_rgb(cr, c.r, c.g, c.b);
  cairo_rectangle(cr, x, y, w, h);
  cairo_fill(cr);
}

void Rule(cairo_t* cr, double x0, double x1, double y, double width, const Rgb& c) {
  cairo_set_source_rgb(cr, c.r, c.g, c.b);
  cairo_set_line_width(cr, width);
  cairo_move_to(cr, x0, y);
  cairo_line_to(cr, x1, y);
  cairo_stroke(cr);
}

class Renderer {
 public:
  Renderer(Typesetter& typesetter, const Theme& theme, const DocumentOptions& options)
      : theme_(theme),
        options_(options),
        lay_(typesetter.pango_context(), theme.font_family) {}

  Style TextStyleOf(TextKind kind) const {
    switch (kind) {
      case TextKind::kSmall: return {.size = 8.5, .color = theme_.text};
      case TextKind::kCaption: return {.size = 8.5, .italic = true, .color = theme_.muted_text};
      case TextKind::kNote: return {.size = 9, .color = theme_.muted_text};
      case TextKind::kLead: return {.size = 11.5, .color = theme_.text};
      case TextKind::kBody: break;
    }
    return {.size = 10, .color = theme_.text};
  }
  Style HeadingStyle(int level) const {
    const double sizes[] = {18, 13.5, 11};
    return {.size = sizes[std::clamp(level, 1, 3) - 1], .bold = true, .color = theme_.text,
            .line_spacing = 1.1};
  }

  void Measure(Block& b, const std::vector<Block*>& headings) {
    switch (b.kind) {
      case Kind::kCover:
      case Kind::kBreak: return;
      case Kind::kHeading: {
        b.laid = lay_.Lay(b.heading, HeadingStyle(b.level), kTextWidth);
        const double before[] = {20, 16, 11};
        b.before = before[b.level - 1];
        b.after = b.level == 1 ? 12 : 6;
        return;
      }
      case Kind::kText: {
        const double indent = b.indent;
        b.laid = lay_.Lay(b.text, TextStyleOf(b.text_kind), kTextWidth - indent);
        if (!b.label.empty()) {
          b.label_laid = lay_.Lay(b.label, TextStyleOf(b.text_kind), indent - 4, Align::kEnd);
        }
        b.before = 0;
        b.after = b.label.empty() || b.list_last ? 7 : 3;
        return;
      }
      case Kind::kFigure: {
        b.title_laid = lay_.Lay(b.title, {.size = 10.5, .bold = true, .color = theme_.text},
                                kTextWidth);
        if (!b.subtitle.empty()) {
          b.subtitle_laid = lay_.Lay(b.subtitle, TextStyleOf(TextKind::kNote), kTextWidth);
        }
        b.alt_laid = lay_.Lay(b.alt, TextStyleOf(TextKind::kCaption), kTextWidth);
        const double h = std::ceil(b.chart->Height(kChartLayoutWidth, *b.ctx));
        b.chart_height = h;
        b.chart_scale = kTextWidth / kChartLayoutWidth;
        const double room = (kBottom - kTop) - FigureText(b) - 8;
        if (h * b.chart_scale > room) b.chart_scale = room / h;
        b.before = 6;
        b.after = 14;
        return;
      }
      case Kind::kTable: MeasureTable(b); return;
      case Kind::kContents: {
        b.laid = lay_.Lay(b.heading, HeadingStyle(1), kTextWidth);
        b.entries.assign(headings.begin(), headings.end());
        for (const Block* h : headings) {
          const double indent = h->level == 1 ? 0 : 16;
          b.entry_laid.push_back(lay_.Lay(h->heading,
                                          {.size = h->level == 1 ? 10.5 : 9.5,
                                           .bold = h->level == 1, .color = theme_.text},
                                          kTextWidth - indent - 40));
          b.row_h.push_back(b.entry_laid.back().height + (h->level == 1 ? 7 : 3));
        }
        b.before = 0;
        b.after = 10;
        return;
      }
    }
  }

  // Title, subtitle and text alternative of a figure, with their gaps.
  static double FigureText(const Block& b) {
    return b.title_laid.height + (b.subtitle_laid.lines.empty() ? 0 : b.subtitle_laid.height + 2) +
           6 + 6 + b.alt_laid.height;
  }
  static double FigureHeight(const Block& b) {
    return FigureText(b) + b.chart_height * b.chart_scale;
  }

  void MeasureTable(Block& b) {
    const TableBlock& t = b.table;
    double total = 0;
    for (double w : t.widths) total += w;
    double x = kMarginX;
    for (double w : t.widths) {
      b.col_x.push_back(x);
      b.col_w.push_back(kTextWidth * w / total);
      x += b.col_w.back();
    }
    auto row = [&](const std::vector<TableCell>& cells, bool header) {
      double h = 0;
      // Every row has a layout per column (missing cells are empty).
      for (size_t c = 0; c < b.col_w.size(); ++c) {
        Style s{.size = 8.5, .bold = header, .color = theme_.text, .line_spacing = 1.1};
        const TableCell empty;
        const TableCell& cell = c < cells.size() ? cells[c] : empty;
        b.cells.push_back(lay_.Lay(cell.text, s, b.col_w[c] - 2 * kCellPad, cell.align));
        h = std::max(h, b.cells.back().height);
      }
      b.row_h.push_back(h + 2 * kCellPad);
    };
    row(t.header, true);
    for (const auto& r : t.rows) row(r, false);
    b.before = 4;
    b.after = 12;
  }

  // Draws one piece at its place.
  void Draw(cairo_t* cr, cairo_surface_t* surface, const Piece& p,
            const std::vector<int>& heading_pages) {
    Block& b = *p.block;
    switch (b.kind) {
      case Kind::kCover: DrawCover(cr, b); return;
      case Kind::kBreak: return;
      case Kind::kHeading: {
        const std::string tag = "H" + std::to_string(b.level);
        cairo_tag_begin(cr, tag.c_str(), nullptr);
        const std::string dest = "name='" + b.anchor + "'";
        cairo_tag_begin(cr, CAIRO_TAG_DEST, dest.c_str());
        DrawAll(cr, b.laid, kMarginX, p.y, theme_.text);
        cairo_tag_end(cr, CAIRO_TAG_DEST);
        cairo_tag_end(cr, tag.c_str());
        if (b.level == 1) {
          const Rgb& accent = theme_.Series(0);
          Rule(cr, kMarginX, kMarginX + kTextWidth, p.y + b.laid.height + 4, 1.2, accent);
        }
        if (b.level <= 2) {
          const std::string link = "dest='" + b.anchor + "'";
          const int parent = b.level == 1 ? CAIRO_PDF_OUTLINE_ROOT : last_outline_;
          const int id = cairo_pdf_surface_add_outline(
              surface, parent, b.heading.c_str(), link.c_str(),
              b.level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : static_cast<cairo_pdf_outline_flags_t>(0));
          if (b.level == 1) last_outline_ = id;
        }
        return;
      }
      case Kind::kText: {
        cairo_tag_begin(cr, "P", nullptr);
        const Style s = TextStyleOf(b.text_kind);
        if (!b.label.empty() && p.from == 0) {
          DrawAll(cr, b.label_laid, kMarginX, p.y, s.color);
        }
        DrawLines(cr, b.laid, kMarginX + b.indent, p.y, p.from, p.to, s.color);
        cairo_tag_end(cr, "P");
        return;
      }
      case Kind::kFigure: {
        cairo_tag_begin(cr, "Figure", nullptr);
        double y = p.y;
        DrawAll(cr, b.title_laid, kMarginX, y, theme_.text);
        y += b.title_laid.height;
        if (!b.subtitle_laid.lines.empty()) {
          DrawAll(cr, b.subtitle_laid, kMarginX, y + 2, theme_.muted_text);
          y += b.subtitle_laid.height + 2;
        }
        y += 6;
        cairo_save(cr);
        cairo_translate(cr, kMarginX, y);
        cairo_scale(cr, b.chart_scale, b.chart_scale);
        CairoCanvas canvas(cr);
        b.chart->Draw(canvas, kChartLayoutWidth, b.chart_height, *b.ctx);
        cairo_restore(cr);
        y += b.chart_height * b.chart_scale + 6;
        cairo_tag_end(cr, "Figure");
        cairo_tag_begin(cr, "Caption", nullptr);
        DrawAll(cr, b.alt_laid, kMarginX, y, theme_.muted_text);
        cairo_tag_end(cr, "Caption");
        return;
      }
      case Kind::kTable: DrawTable(cr, b, p); return;
      case Kind::kContents: {
        double y = p.y;
        if (p.from == 0) {
          DrawAll(cr, b.laid, kMarginX, y, theme_.text);
          y += b.laid.height + 12;
        }
        cairo_tag_begin(cr, "TOC", nullptr);
        for (size_t i = p.from; i < p.to; ++i) {
          const Block* h = b.entries[i];
          const double indent = h->level == 1 ? 0 : 16;
          const std::string link = "dest='" + h->anchor + "'";
          cairo_tag_begin(cr, "TOCI", nullptr);
          cairo_tag_begin(cr, CAIRO_TAG_LINK, link.c_str());
          const Laid& laid = b.entry_laid[i];
          DrawAll(cr, laid, kMarginX + indent, y, theme_.text);
          Laid num = lay_.Lay(std::to_string(heading_pages[i]),
                              {.size = h->level == 1 ? 10.5 : 9.5, .bold = h->level == 1,
                               .color = theme_.text},
                              40, Align::kEnd);
          DrawAll(cr, num, kMarginX + kTextWidth - 40, y, theme_.text);
          cairo_tag_end(cr, CAIRO_TAG_LINK);
          cairo_tag_end(cr, "TOCI");
          y += b.row_h[i];
        }
        cairo_tag_end(cr, "TOC");
        return;
      }
    }
  }

  void DrawTable(cairo_t* cr, Block& b, const Piece& p) {
    const size_t cols = b.col_w.size();
    cairo_tag_begin(cr, "Table", nullptr);
    double y = p.y;
    auto row = [&](size_t r, const std::vector<TableCell>& cells, bool header) {
      const double h = b.row_h[r];
      cairo_tag_begin(cr, "TR", nullptr);
      for (size_t c = 0; c < cols && c < cells.size(); ++c) {
        const TableCell& cell = cells[c];
        const double x = b.col_x[c], w = b.col_w[c];
        if (header) Fill(cr, x, y, w, h, Rgb::Hex(0xeeeeee));
        if (cell.has_fill) Fill(cr, x + 0.5, y + 0.5, w - 1, h - 1, cell.fill);
        cairo_tag_begin(cr, header ? "TH" : "TD", nullptr);
        DrawAll(cr, b.cells[r * cols + c], x + kCellPad, y + kCellPad,
                cell.white_text ? Rgb::Hex(0xffffff) : theme_.text);
        cairo_tag_end(cr, header ? "TH" : "TD");
      }
      cairo_tag_end(cr, "TR");
      y += h;
      Rule(cr, kMarginX, kMarginX + kTextWidth, y, header ? 0.8 : 0.4,
           header ? theme_.axis : theme_.grid);
    };
    row(0, b.table.header, true);
    for (size_t r = p.from; r < p.to; ++r) row(r + 1, b.table.rows[r], false);
    cairo_tag_end(cr, "Table");
  }

  void DrawCover(cairo_t* cr, Block& b) {
    const CoverPage& c = b.cover;
    const Rgb band = theme_.Series(0);
    const Rgb white = Rgb::Hex(0xffffff);
    Fill(cr, 0, 0, kPageWidth, 300, band);
    double y = 90;
    if (!c.kicker.empty()) {
      Laid k = lay_.Lay(c.kicker, {.size = 13, .bold = true, .color = white}, kTextWidth);
      DrawAll(cr, k, kMarginX, y, white);
      y += k.height + 14;
    }
    cairo_tag_begin(cr, "H1", nullptr);
    Laid title = lay_.Lay(c.title, {.size = 30, .bold = true, .color = white, .line_spacing = 1.05},
                          kTextWidth);
    DrawAll(cr, title, kMarginX, y, white);
    cairo_tag_end(cr, "H1");
    y += title.height + 12;
    for (const std::string& line : c.lines) {
      Laid l = lay_.Lay(line, {.size = 13, .color = white}, kTextWidth);
      DrawAll(cr, l, kMarginX, y, white);
      y += l.height + 4;
    }
    y = 340;
    for (const RichText& fact : c.facts) {
      Laid l = lay_.Lay(fact, {.size = 11.5, .color = theme_.text}, kTextWidth);
      cairo_tag_begin(cr, "P", nullptr);
      DrawAll(cr, l, kMarginX, y, theme_.text);
      cairo_tag_end(cr, "P");
      y += l.height + 8;
    }
    if (!c.notice.empty()) {
      Laid n = lay_.Lay(c.notice, {.size = 11, .bold = true, .color = theme_.text},
                        kTextWidth - 24);
      const double top = kBottom - n.height - 24;
      cairo_set_source_rgb(cr, theme_.text.r, theme_.text.g, theme_.text.b);
      cairo_set_line_width(cr, 1.2);
      cairo_rectangle(cr, kMarginX, top, kTextWidth, n.height + 24);
      cairo_stroke(cr);
      cairo_tag_begin(cr, "P", nullptr);
      DrawAll(cr, n, kMarginX + 12, top + 12, theme_.text);
      cairo_tag_end(cr, "P");
    }
  }

  void DrawPageFrame(cairo_t* cr, int page, int pages) {
    const Style small{.size = 8, .color = theme_.muted_text};
    Laid head = lay_.Lay(options_.running_header, small, kTextWidth);
    DrawAll(cr, head, kMarginX, 30, theme_.muted_text);
    Rule(cr, kMarginX, kMarginX + kTextWidth, 30 + head.height + 3, 0.5, theme_.grid);
    const double foot = kPageHeight - 40;
    if (!options_.footer_note.empty()) {
      Laid note = lay_.Lay(options_.footer_note, {.size = 8, .bold = true, .color = theme_.text},
                           kTextWidth - 90);
      DrawAll(cr, note, kMarginX, foot, theme_.text);
    }
    if (options_.page_label) {
      Laid num = lay_.Lay(options_.page_label(page, pages), small, 90, Align::kEnd);
      DrawAll(cr, num, kMarginX + kTextWidth - 90, foot, theme_.muted_text);
    }
  }

 private:
  const Theme& theme_;
  const DocumentOptions& options_;
  Layouter lay_;
  int last_outline_ = CAIRO_PDF_OUTLINE_ROOT;
};

// Places the measured blocks on pages.
class Paginator {
 public:
  explicit Paginator(std::vector<std::unique_ptr<Block>>& blocks) : blocks_(blocks) {}

  std::vector<Piece> Run() {
    for (size_t i = 0; i < blocks_.size(); ++i) Place(i);
    return std::move(pieces_);
  }
  int pages() const { return page_; }

 private:
  bool AtTop() const { return y_ <= kTop + 0.01; }
  void NewPage() {
    ++page_;
    y_ = kTop;
  }
  void Gap(double before) {
    if (!AtTop()) y_ += before;
  }
  double Room() const { return kBottom - y_; }

  // The least of block i that must come right after a heading before it.
  double MinStart(size_t i) const {
    if (i >= blocks_.size()) return 0;
    const Block& b = *blocks_[i];
    switch (b.kind) {
      case Kind::kHeading: return b.before + b.laid.height + b.after + MinStart(i + 1);
      case Kind::kText:
        // A short text (an intro, a count) stays with what follows it too.
        if (b.laid.lines.size() <= 2 && i + 1 < blocks_.size() &&
            blocks_[i + 1]->kind != Kind::kHeading) {
          return b.laid.height + b.after + MinStart(i + 1);
        }
        return b.laid.Height(0, std::min<size_t>(2, b.laid.lines.size()));
      case Kind::kFigure: return b.before + Renderer::FigureHeight(b);
      case Kind::kTable: return b.before + b.row_h[0] + (b.row_h.size() > 1 ? b.row_h[1] : 0);
      case Kind::kContents: return b.laid.height + 12 + (b.row_h.empty() ? 0 : b.row_h[0]);
      default: return 0;
    }
  }

  void Place(size_t i) {
    Block& b = *blocks_[i];
    switch (b.kind) {
      case Kind::kCover:
        if (page_ > 0) NewPage();
        if (page_ == 0) NewPage();
        pieces_.push_back({&b, page_, 0});
        NewPage();
        return;
      case Kind::kBreak:
        if (!AtTop()) NewPage();
        return;
      case Kind::kHeading: {
        if (page_ == 0) NewPage();
        const double need = b.before + b.laid.height + b.after + MinStart(i + 1);
        if (!AtTop() && need > Room()) NewPage();
        Gap(b.before);
        pieces_.push_back({&b, page_, y_});
        y_ += b.laid.height + b.after;
        return;
      }
      case Kind::kFigure: {
        if (page_ == 0) NewPage();
        if (!AtTop() && b.before + Renderer::FigureHeight(b) > Room()) NewPage();
        Gap(b.before);
        pieces_.push_back({&b, page_, y_});
        y_ += Renderer::FigureHeight(b) + b.after;
        return;
      }
      case Kind::kText: PlaceLines(i); return;
      case Kind::kTable: PlaceRows(b); return;
      case Kind::kContents: PlaceEntries(b); return;
    }
  }

  void PlaceLines(size_t i) {
    Block& b = *blocks_[i];
    if (page_ == 0) NewPage();
    if (!AtTop() && b.laid.lines.size() <= 2 && MinStart(i) > Room() &&
        MinStart(i) <= kBottom - kTop) {
      NewPage();  // a short text goes with what follows it
    }
    const Laid& laid = b.laid;
    const size_t n = laid.lines.size();
    size_t from = 0;
    Gap(b.before);
    while (from < n) {
      size_t k = from;
      while (k < n && laid.Height(from, k + 1) <= Room() + 0.01) ++k;
      if (k < n) {
        // Never one line alone at the bottom or the top of a page.
        if (k == n - 1 && k - from > 2) --k;
        if (k - from < 2 && !AtTop()) {
          NewPage();
          continue;
        }
        if (k == from) k = from + 1;  // a line taller than the page
      }
      pieces_.push_back({&b, page_, y_, from, k});
      y_ += laid.Height(from, k);
      from = k;
      if (from < n) NewPage();
    }
    y_ += b.after;
  }

  void PlaceRows(Block& b) {
    if (page_ == 0) NewPage();
    const size_t n = b.table.rows.size();
    size_t from = 0;
    const double header = b.row_h[0];
    const double first = n > 0 ? b.row_h[1] : 0;
    if (!AtTop() && b.before + header + first > Room()) NewPage();
    Gap(b.before);
    do {
      double h = header;
      size_t k = from;
      while (k < n && h + b.row_h[k + 1] <= Room() + 0.01) h += b.row_h[++k];
      if (k == from && n > 0) h += b.row_h[++k];  // a row taller than the page
      pieces_.push_back({&b, page_, y_, from, k});
      y_ += h;
      from = k;
      if (from < n) NewPage();
    } while (from < n);
    y_ += b.after;
  }

  void PlaceEntries(Block& b) {
    if (page_ == 0) NewPage();
    if (!AtTop()) NewPage();
    const size_t n = b.row_h.size();
    size_t from = 0;
    double head = b.laid.height + 12;
    do {
      double h = head;
      size_t k = from;
      while (k < n && h + b.row_h[k] <= Room() + 0.01) h += b.row_h[k++];
      if (k == from && n > 0) h += b.row_h[k++];
      pieces_.push_back({&b, page_, y_, from, k});
      y_ += h;
      from = k;
      head = 0;
      if (from < n) NewPage();
    } while (from < n);
    y_ += b.after;
  }

  std::vector<std::unique_ptr<Block>>& blocks_;
  std::vector<Piece> pieces_;
  int page_ = 0;
  double y_ = kTop;
};

cairo_status_t Append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// The text of a cmark inline tree, with emphasis and links as spans.
void Inlines(cmark_node* node, TextSpan style, RichText* out) {
  for (cmark_node* c = cmark_node_first_child(node); c; c = cmark_node_next(c)) {
    switch (cmark_node_get_type(c)) {
      case CMARK_NODE_TEXT: out->Add(cmark_node_get_literal(c), style); break;
      case CMARK_NODE_CODE: {
        TextSpan s = style;
        s.code = true;
        out->Add(cmark_node_get_literal(c), s);
        break;
      }
      case CMARK_NODE_SOFTBREAK: out->Add(" ", style); break;
      case CMARK_NODE_LINEBREAK: out->Add("\n", style); break;
      case CMARK_NODE_EMPH: {
        TextSpan s = style;
        s.italic = true;
        Inlines(c, s, out);
        break;
      }
      case CMARK_NODE_STRONG: {
        TextSpan s = style;
        s.bold = true;
        Inlines(c, s, out);
        break;
      }
      case CMARK_NODE_LINK: {
        TextSpan s = style;
        const char* url = cmark_node_get_url(c);
        const std::string u = url ? url : "";
        // Only web and mail addresses become links (like cmark's safe HTML).
        if (u.rfind("https://", 0) == 0 || u.rfind("http://", 0) == 0 ||
            u.rfind("mailto:", 0) == 0) {
          s.link = u;
        }
        Inlines(c, s, out);
        break;
      }
      case CMARK_NODE_IMAGE: Inlines(c, style, out); break;
      default: break;  // raw HTML is dropped
    }
  }
}

}  // namespace

Document::Document(Typesetter& typesetter, const Theme& theme, DocumentOptions options)
    : typesetter_(typesetter), theme_(theme), options_(std::move(options)) {}

Document::~Document() = default;

void Document::Cover(CoverPage cover) {
  auto b = std::make_unique<Block>();
  b->kind = Block::Kind::kCover;
  b->cover = std::move(cover);
  blocks_.push_back(std::move(b));
}

void Document::Contents(std::string heading) {
  auto b = std::make_unique<Block>();
  b->kind = Block::Kind::kContents;
  b->heading = std::move(heading);
  blocks_.push_back(std::move(b));
}

std::string Document::Heading(int level, std::string text, bool contents) {
  auto b = std::make_unique<Block>();
  b->kind = Block::Kind::kHeading;
  b->level = std::clamp(level, 1, 3);
  b->contents = contents;
  b->heading = std::move(text);
  b->anchor = "h" + std::to_string(++headings_);
  std::string anchor = b->anchor;
  blocks_.push_back(std::move(b));
  return anchor;
}

void Document::Paragraph(RichText text, TextKind kind) {
  if (text.empty()) return;
  auto b = std::make_unique<Block>();
  b->kind = Block::Kind::kText;
  b->text = std::move(text);
  b->text_kind = kind;
  blocks_.push_back(std::move(b));
}

void Document::Bullets(std::vector<RichText> items, bool numbered) {
  for (size_t i = 0; i < items.size(); ++i) {
    auto b = std::make_unique<Block>();
    b->kind = Block::Kind::kText;
    b->text = std::move(items[i]);
    b->label = numbered ? std::to_string(i + 1) + "." : "\u2022";
    b->indent = 16;
    blocks_.push_back(std::move(b));
  }
  if (!items.empty()) blocks_.back()->list_last = true;
}

void Document::Figure(std::shared_ptr<const Chart> chart, ChartContext& ctx, std::string title,
                      std::string subtitle) {
  auto b = std::make_unique<Block>();
  b->kind = Block::Kind::kFigure;
  b->ctx.emplace(ctx);
  b->ctx->draw_titles = false;  // the title is the document's text
  b->alt = chart->TextAlternative(*b->ctx);
  b->chart = std::move(chart);
  b->title = std::move(title);
  b->subtitle = std::move(subtitle);
  blocks_.push_back(std::move(b));
}

void Document::Table(TableBlock table) {
  auto b = std::make_unique<Block>();
  b->kind = Block::Kind::kTable;
  if (table.widths.empty()) table.widths.assign(table.header.size(), 1);
  b->table = std::move(table);
  blocks_.push_back(std::move(b));
}

void Document::PageBreak() {
  auto b = std::make_unique<Block>();
  b->kind = Block::Kind::kBreak;
  blocks_.push_back(std::move(b));
}

void Document::Markdown(std::string_view markdown, int shift) {
  cmark_node* doc = cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_DEFAULT);
  for (cmark_node* n = cmark_node_first_child(doc); n; n = cmark_node_next(n)) {
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_HEADING: {
        RichText t;
        Inlines(n, {}, &t);
        Heading(cmark_node_get_heading_level(n) + shift, t.text);
        break;
      }
      case CMARK_NODE_PARAGRAPH: {
        RichText t;
        Inlines(n, {}, &t);
        Paragraph(std::move(t));
        break;
      }
      case CMARK_NODE_BLOCK_QUOTE:
        for (cmark_node* p = cmark_node_first_child(n); p; p = cmark_node_next(p)) {
          RichText t;
          Inlines(p, {.italic = true}, &t);
          Paragraph(std::move(t), TextKind::kNote);
        }
        break;
      case CMARK_NODE_CODE_BLOCK: {
        RichText t;
        std::string code = cmark_node_get_literal(n);
        while (!code.empty() && code.back() == '\n') code.pop_back();
        t.Add(code, {.code = true});
        Paragraph(std::move(t), TextKind::kSmall);
        break;
      }
      case CMARK_NODE_LIST: {
        std::vector<RichText> items;
        for (cmark_node* item = cmark_node_first_child(n); item; item = cmark_node_next(item)) {
          RichText t;
          for (cmark_node* p = cmark_node_first_child(item); p; p = cmark_node_next(p)) {
            if (!t.empty()) t.Add(" ");
            Inlines(p, {}, &t);
          }
          items.push_back(std::move(t));
        }
        Bullets(std::move(items), cmark_node_get_list_type(n) == CMARK_ORDERED_LIST);
        break;
      }
      default: break;  // thematic breaks, raw HTML
    }
  }
  cmark_node_free(doc);
}

std::string Document::Finish() {
  Renderer renderer(typesetter_, theme_, options_);
  std::vector<Block*> headings;  // the entries of the table of contents
  for (auto& b : blocks_) {
    if (b->kind == Block::Kind::kHeading && b->contents) headings.push_back(b.get());
  }
  for (auto& b : blocks_) renderer.Measure(*b, headings);
  Paginator paginator(blocks_);
  std::vector<Piece> pieces = paginator.Run();
  pages_ = paginator.pages();
  std::vector<int> heading_pages;
  for (const Block* h : headings) {
    for (const Piece& p : pieces) {
      if (p.block == h) {
        heading_pages.push_back(p.page);
        break;
      }
    }
  }

  std::string out;
  {
    CairoSurface surface(cairo_pdf_surface_create_for_stream(Append, &out, kPageWidth, kPageHeight));
    cairo_surface_t* s = surface.get();
    auto meta = [&](cairo_pdf_metadata_t key, const std::string& value) {
      if (!value.empty()) cairo_pdf_surface_set_metadata(s, key, value.c_str());
    };
    meta(CAIRO_PDF_METADATA_TITLE, options_.title);
    meta(CAIRO_PDF_METADATA_AUTHOR, options_.author);
    meta(CAIRO_PDF_METADATA_SUBJECT, options_.subject);
    meta(CAIRO_PDF_METADATA_CREATOR, std::string("kfl ") + KFL_VERSION);
    meta(CAIRO_PDF_METADATA_CREATE_DATE, options_.created);
    meta(CAIRO_PDF_METADATA_MOD_DATE, options_.created);
    Cairo cr(cairo_create(s));
    const bool cover = !blocks_.empty() && blocks_[0]->kind == Block::Kind::kCover;
    int page = 1;
    size_t i = 0;
    cairo_tag_begin(cr.get(), "Document", nullptr);
    while (page <= pages_) {
      if (!(cover && page == 1)) renderer.DrawPageFrame(cr.get(), page, pages_);
      for (; i < pieces.size() && pieces[i].page == page; ++i) {
        renderer.Draw(cr.get(), s, pieces[i], heading_pages);
      }
      cairo_show_page(cr.get());
      ++page;
    }
    cairo_tag_end(cr.get(), "Document");
    cr.reset();
    cairo_surface_finish(s);
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
      throw std::runtime_error(std::string("cairo pdf: ") +
                               cairo_status_to_string(cairo_surface_status(s)));
    }
  }
  return SetPdfLanguage(std::move(out), options_.lang);
}

std::string SetPdfLanguage(std::string pdf, const std::string& lang) {
  for (char c : lang) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') return pdf;
  }
  const size_t catalog = pdf.rfind("/Type /Catalog");
  const size_t xref = pdf.rfind("\nxref\n");
  const size_t startxref = pdf.rfind("startxref\n");
  if (catalog == std::string::npos || xref == std::string::npos ||
      startxref == std::string::npos || xref < catalog) {
    return pdf;
  }
  const std::string insert = "\n   /Lang (" + lang + ")";
  const size_t at = catalog + std::strlen("/Type /Catalog");
  pdf.insert(at, insert);
  const size_t delta = insert.size();
  // The xref table: "xref\n0 N\n" then N entries of 20 bytes.
  size_t p = xref + delta + std::strlen("\nxref\n");
  int first = 0, count = 0;
  if (std::sscanf(pdf.c_str() + p, "%d %d", &first, &count) != 2) return pdf;
  p = pdf.find('\n', p) + 1;
  for (int e = 0; e < count; ++e, p += 20) {
    if (p + 20 > pdf.size()) return pdf;
    if (pdf[p + 17] != 'n') continue;
    const size_t offset = std::strtoull(pdf.c_str() + p, nullptr, 10);
    if (offset > at) {
      char buf[11];
      std::snprintf(buf, sizeof buf, "%010zu", offset + delta);
      pdf.replace(p, 10, buf, 10);
    }
  }
  // startxref moved too.
  const size_t sx = startxref + delta + std::strlen("startxref\n");
  const size_t end = pdf.find('\n', sx);
  const size_t old_offset = std::strtoull(pdf.c_str() + sx, nullptr, 10);
  pdf.replace(sx, end - sx, std::to_string(old_offset + delta));
  return pdf;
}

}  // namespace kfl
