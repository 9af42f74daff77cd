#include "chart/typesetter.h"

#include <algorithm>
#include <cstdio>

namespace kfl {

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

TextBox Typesetter::Draw(Canvas& canvas, std::string_view text, const TextStyle& style,
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
  if (style.halo) {
    canvas.Save();
    canvas.SetColor(Rgb{1, 1, 1}, 0.8);
    canvas.Rectangle(x + laid.x_offset - 1, y, box.width + 2, box.height);
    canvas.Fill();
    canvas.Restore();
  }
  canvas.DrawLayout(layout, x, y, style);
  return box;
}

}  // namespace kfl
