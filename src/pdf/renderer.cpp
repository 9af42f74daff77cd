#include "pdf/renderer.h"

#include <cairo-pdf.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>

#include "chart/cairo_canvas.h"
#include "pdf/page.h"
#include "pdf/styles.h"

namespace kfl::pdf {
namespace {

using Block = Document::Block;
using Kind = Block::Kind;

// `s` inside '...' of a cairo tag attribute.
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
                          Num(y + line.y - top) + " " + Num((xb - xa) / double(PANGO_SCALE)) + " " +
                          Num(line.height) + "] ";
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

}  // namespace

Renderer::Renderer(Layouter& layouter, const Theme& theme, const DocumentOptions& options)
    : lay_(layouter), theme_(theme), options_(options), last_outline_(CAIRO_PDF_OUTLINE_ROOT) {}

void Renderer::Draw(cairo_t* cr, cairo_surface_t* surface, Block& b, const Piece& p,
                    const std::vector<int>& contents_pages) {
  switch (b.kind) {
    case Kind::kCover:
      DrawCover(cr, b.cover);
      return;
    case Kind::kBreak:
      return;
    case Kind::kHeading:
      DrawHeading(cr, surface, b, p.y);
      return;
    case Kind::kText: {
      cairo_tag_begin(cr, "P", nullptr);
      const Style s = ParagraphStyle(theme_, b.text_kind);
      if (!b.label.empty() && p.from == 0) {
        DrawAll(cr, b.label_laid, kMarginX, p.y, s.color);
      }
      DrawLines(cr, b.laid, kMarginX + b.indent, p.y, p.from, p.to, s.color);
      cairo_tag_end(cr, "P");
      return;
    }
    case Kind::kFigure:
      DrawFigure(cr, b, p.y);
      return;
    case Kind::kTable:
      DrawTable(cr, b, p);
      return;
    case Kind::kContents:
      DrawContents(cr, b, p, contents_pages);
      return;
  }
}

void Renderer::DrawHeading(cairo_t* cr, cairo_surface_t* surface, const Block& b, double y) {
  const std::string tag = "H" + std::to_string(b.level);
  cairo_tag_begin(cr, tag.c_str(), nullptr);
  const std::string dest = "name='" + b.anchor + "'";
  cairo_tag_begin(cr, CAIRO_TAG_DEST, dest.c_str());
  DrawAll(cr, b.laid, kMarginX, y, theme_.text);
  cairo_tag_end(cr, CAIRO_TAG_DEST);
  cairo_tag_end(cr, tag.c_str());
  if (b.level == 1) {
    const Rgb& accent = theme_.Series(0);
    Rule(cr, kMarginX, kMarginX + kTextWidth, y + b.laid.height + 4, 1.2, accent);
  }
  if (b.level <= 2) {
    const std::string link = "dest='" + b.anchor + "'";
    const int parent = b.level == 1 ? CAIRO_PDF_OUTLINE_ROOT : last_outline_;
    const int id = cairo_pdf_surface_add_outline(
        surface, parent, b.heading.c_str(), link.c_str(),
        b.level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : static_cast<cairo_pdf_outline_flags_t>(0));
    if (b.level == 1) last_outline_ = id;
  }
}

void Renderer::DrawFigure(cairo_t* cr, Block& b, double y) {
  cairo_tag_begin(cr, "Figure", nullptr);
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
}

void Renderer::DrawTable(cairo_t* cr, const Block& b, const Piece& p) {
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
  row(0, b.table.header, true);  // on every page the table is on
  for (size_t r = p.from; r < p.to; ++r) row(r + 1, b.table.rows[r], false);
  cairo_tag_end(cr, "Table");
}

void Renderer::DrawContents(cairo_t* cr, const Block& b, const Piece& p,
                            const std::vector<int>& pages) {
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
    DrawAll(cr, b.entry_laid[i], kMarginX + indent, y, theme_.text);
    const Laid num =
        lay_.Lay(std::to_string(pages[i]), ContentsEntryStyle(theme_, h->level), 40, Align::kEnd);
    DrawAll(cr, num, kMarginX + kTextWidth - 40, y, theme_.text);
    cairo_tag_end(cr, CAIRO_TAG_LINK);
    cairo_tag_end(cr, "TOCI");
    y += b.row_h[i];
  }
  cairo_tag_end(cr, "TOC");
}

void Renderer::DrawCover(cairo_t* cr, const CoverPage& c) {
  const Rgb band = theme_.Series(0);
  const Rgb white = Rgb::Hex(0xffffff);
  Fill(cr, 0, 0, kPageWidth, 300, band);
  double y = 90;
  if (!c.kicker.empty()) {
    const Laid k = lay_.Lay(c.kicker, {.size = 13, .bold = true, .color = white}, kTextWidth);
    DrawAll(cr, k, kMarginX, y, white);
    y += k.height + 14;
  }
  cairo_tag_begin(cr, "H1", nullptr);
  const Laid title = lay_.Lay(
      c.title, {.size = 30, .bold = true, .color = white, .line_spacing = 1.05}, kTextWidth);
  DrawAll(cr, title, kMarginX, y, white);
  cairo_tag_end(cr, "H1");
  y += title.height + 12;
  for (const std::string& line : c.lines) {
    const Laid l = lay_.Lay(line, {.size = 13, .color = white}, kTextWidth);
    DrawAll(cr, l, kMarginX, y, white);
    y += l.height + 4;
  }
  y = 340;
  for (const RichText& fact : c.facts) {
    const Laid l = lay_.Lay(fact, {.size = 11.5, .color = theme_.text}, kTextWidth);
    cairo_tag_begin(cr, "P", nullptr);
    DrawAll(cr, l, kMarginX, y, theme_.text);
    cairo_tag_end(cr, "P");
    y += l.height + 8;
  }
  if (!c.notice.empty()) {
    const Laid n =
        lay_.Lay(c.notice, {.size = 11, .bold = true, .color = theme_.text}, kTextWidth - 24);
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

void Renderer::DrawPageFrame(cairo_t* cr, int page, int pages) {
  const Style small{.size = 8, .color = theme_.muted_text};
  const Laid head = lay_.Lay(options_.running_header, small, kTextWidth);
  DrawAll(cr, head, kMarginX, 30, theme_.muted_text);
  Rule(cr, kMarginX, kMarginX + kTextWidth, 30 + head.height + 3, 0.5, theme_.grid);
  const double foot = kPageHeight - 40;
  if (!options_.footer_note.empty()) {
    const Laid note = lay_.Lay(options_.footer_note,
                               {.size = 8, .bold = true, .color = theme_.text}, kTextWidth - 90);
    DrawAll(cr, note, kMarginX, foot, theme_.text);
  }
  if (options_.page_label) {
    const Laid num = lay_.Lay(options_.page_label(page, pages), small, 90, Align::kEnd);
    DrawAll(cr, num, kMarginX + kTextWidth - 90, foot, theme_.muted_text);
  }
}

}  // namespace kfl::pdf
