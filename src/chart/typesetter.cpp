#include "chart/typesetter.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "text/xml_escape.h"

namespace kfl {
namespace {

// A coordinate with at most two decimals and no trailing zeros.
void AppendNumber(std::string* out, double v) {
  char buf[32];
  int n = std::snprintf(buf, sizeof buf, "%.2f", v);
  while (n > 0 && buf[n - 1] == '0') --n;
  if (n > 0 && buf[n - 1] == '.') --n;
  if (n == 2 && buf[0] == '-' && buf[1] == '0') n = 1, buf[0] = '0';  // "-0"
  out->append(buf, n);
}

void AppendColor(std::string* out, const Rgb& c) {
  char buf[8];
  auto byte = [](double v) { return static_cast<int>(std::lround(std::clamp(v, 0.0, 1.0) * 255)); };
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", byte(c.r), byte(c.g), byte(c.b));
  out->append(buf);
}

// The characters shown on `line`: its runs in order, an ellipsized run as
// "…". Trailing spaces (where a wrapped line broke) are left out; *end is
// the byte index in the layout's text where the shown text ends.
std::string LineText(PangoLayoutLine* line, const char* text, int* end) {
  std::string shown;
  *end = line->start_index;
  for (GSList* r = line->runs; r; r = r->next) {
    const PangoItem* item = static_cast<PangoGlyphItem*>(r->data)->item;
    if (item->analysis.flags & PANGO_ANALYSIS_FLAG_IS_ELLIPSIS) {
      shown += "\u2026";
    } else {
      shown.append(text + item->offset, item->length);
    }
    *end = item->offset + item->length;
  }
  while (!shown.empty() && (shown.back() == ' ' || shown.back() == '\n')) {
    shown.pop_back();
    --*end;
  }
  return shown;
}

}  // namespace

Typesetter::Typesetter(std::string font_family)
    : family_(std::move(font_family)),
      font_map_(pango_cairo_font_map_new()),
      font_(pango_font_description_new()) {
  pango_cairo_font_map_set_resolution(PANGO_CAIRO_FONT_MAP(font_map_.get()), 72.0);
  context_.reset(pango_font_map_create_context(font_map_.get()));
  CairoFontOptions options(cairo_font_options_create());
  cairo_font_options_set_hint_style(options.get(), CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics(options.get(), CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias(options.get(), CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options(context_.get(), options.get());
  pango_context_set_round_glyph_positions(context_.get(), FALSE);
  pango_context_set_language(context_.get(), pango_language_from_string("nb"));
  pango_font_description_set_family(font_.get(), family_.c_str());
}

void SetFontStyle(PangoFontDescription* font, double size, bool bold, bool italic) {
  pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
  pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style(font, italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
}

const Typesetter::Laid& Typesetter::Layout(std::string_view text, const TextStyle& style,
                                           double max_width, int max_lines, Align align) {
  // The key: every input that changes the layout.
  key_.assign(text);
  char params[96];
  int n = std::snprintf(params, sizeof params, "\x1f%a|%d%d|%a|%d|%d", style.size, style.bold,
                        style.italic, max_width > 0 ? max_width : -1.0,
                        max_width > 0 ? max_lines : 1, static_cast<int>(align));
  key_.append(params, n);
  auto found = cache_.find(key_);
  if (found != cache_.end()) return found->second;
  if (cache_.size() >= kCacheSize) cache_.clear();

  PangoLayoutHandle handle(pango_layout_new(context_.get()));
  PangoLayout* layout = handle.get();
  SetFontStyle(font_.get(), style.size, style.bold, style.italic);
  pango_layout_set_font_description(layout, font_.get());
  if (max_width > 0) {
    pango_layout_set_width(layout, static_cast<int>(max_width * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
    pango_layout_set_height(layout, -std::max(max_lines, 1));
  }
  pango_layout_set_alignment(layout, align == Align::kStart    ? PANGO_ALIGN_LEFT
                                     : align == Align::kCenter ? PANGO_ALIGN_CENTER
                                                               : PANGO_ALIGN_RIGHT);
  pango_layout_set_text(layout, text.data(), static_cast<int>(text.size()));
  PangoRectangle logical;
  pango_layout_get_extents(layout, nullptr, &logical);
  TextBox box;
  box.width = static_cast<double>(logical.width) / PANGO_SCALE;
  box.height = static_cast<double>(logical.height) / PANGO_SCALE;
  box.lines = pango_layout_get_line_count(layout);
  box.ellipsized = pango_layout_is_ellipsized(layout);
  double x_offset = static_cast<double>(logical.x) / PANGO_SCALE;
  return cache_.emplace(key_, Laid{std::move(handle), box, x_offset}).first->second;
}

TextBox Typesetter::Measure(std::string_view text, const TextStyle& style, double max_width,
                            int max_lines) {
  return Layout(text, style, max_width, max_lines, Align::kStart).box;
}

TextBox Typesetter::Draw(cairo_t* cr, std::string_view text, const TextStyle& style,
                         const TextPlacement& where) {
  const Laid& laid = Layout(text, style, where.max_width, where.max_lines, where.halign);
  const TextBox& box = laid.box;
  PangoLayout* layout = laid.layout.get();
  double x = where.x, y = where.y;
  // With a width set, pango aligns lines inside that width.
  double frame = where.max_width > 0 ? where.max_width : box.width;
  if (where.halign == Align::kCenter) x -= frame / 2;
  if (where.halign == Align::kEnd) x -= frame;
  if (where.valign == Align::kCenter) y -= box.height / 2;
  if (where.valign == Align::kEnd) y -= box.height;
  cairo_save(cr);
  cairo_set_source_rgb(cr, style.color.r, style.color.g, style.color.b);
  if (style.halo) {
    cairo_set_source_rgba(cr, 1, 1, 1, 0.8);
    cairo_rectangle(cr, x + laid.x_offset - 1, y, box.width + 2, box.height);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, style.color.r, style.color.g, style.color.b);
  }
  if (svg_text_) {
    DrawSvgText(cr, layout, style, x, y);
  } else {
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout);
  }
  cairo_restore(cr);
  return box;
}

void Typesetter::DrawSvgText(cairo_t* cr, PangoLayout* layout, const TextStyle& style, double x,
                             double y) {
  cairo_user_to_device(cr, &x, &y);  // charts draw text unrotated, so this is a shift
  std::string out;
  const char* text = pango_layout_get_text(layout);
  PangoLayoutIter* iter = pango_layout_get_iter(layout);
  do {
    PangoLayoutLine* line = pango_layout_iter_get_line_readonly(iter);
    int end = 0;
    std::string shown = LineText(line, text, &end);
    if (shown.empty()) continue;
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(iter, nullptr, &logical);
    int x_end = 0;
    if (line->runs && !(static_cast<PangoGlyphItem*>(g_slist_last(line->runs)->data)
                            ->item->analysis.flags & PANGO_ANALYSIS_FLAG_IS_ELLIPSIS) &&
        end < line->start_index + line->length) {
      pango_layout_line_index_to_x(line, end, FALSE, &x_end);
    } else {
      x_end = logical.width;
    }
    out += "<text x=\"";
    AppendNumber(&out, x + static_cast<double>(logical.x) / PANGO_SCALE);
    out += "\" y=\"";
    AppendNumber(&out, y + static_cast<double>(pango_layout_iter_get_baseline(iter)) / PANGO_SCALE);
    out += "\" font-size=\"";
    AppendNumber(&out, style.size);
    out += '"';
    if (style.bold) out += " font-weight=\"bold\"";
    if (style.italic) out += " font-style=\"italic\"";
    if (!(style.color == Rgb{})) {
      out += " fill=\"";
      AppendColor(&out, style.color);
      out += '"';
    }
    out += " textLength=\"";
    AppendNumber(&out, static_cast<double>(x_end) / PANGO_SCALE);
    out += "\" lengthAdjust=\"spacingAndGlyphs\">";
    out += EscapeXml(shown);
    out += "</text>";
  } while (pango_layout_iter_next_line(iter));
  pango_layout_iter_free(iter);
  svg_text_->elements.push_back(std::move(out));
  // The marker: where RenderSvg puts the elements, inside the canvas so
  // that cairo never culls it.
  cairo_identity_matrix(cr);
  cairo_rectangle(cr, std::clamp(x, 0.0, std::max(svg_text_->width - 1, 0.0)),
                  std::clamp(y, 0.0, std::max(svg_text_->height - 1, 0.0)), 1, 1);
  cairo_set_source_rgb(cr, kSvgTextMarkerColor.r, kSvgTextMarkerColor.g, kSvgTextMarkerColor.b);
  cairo_fill(cr);
}

}  // namespace kfl
