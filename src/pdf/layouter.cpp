#include "pdf/layouter.h"

#include <algorithm>
#include <cstdio>
#include <memory>

#include "pdf/layout_cache.h"

namespace kfl::pdf {
namespace {

struct AttrListDeleter {
  void operator()(PangoAttrList* p) const { pango_attr_list_unref(p); }
};
struct LayoutIterDeleter {
  void operator()(PangoLayoutIter* p) const { pango_layout_iter_free(p); }
};

}  // namespace

Layouter::Layouter(PangoContext* context, const std::string& family, LayoutCache* cache)
    : context_(context),
      family_(family),
      font_(pango_font_description_from_string(family.c_str())),
      cache_(cache) {
  if (cache_) cache_->Bind(context_);
}

Laid Layouter::Lay(const RichText& text, const Style& style, double width, Align align,
                   const Rgb& link_color) {
  if (!cache_) return LayNew(text, style, width, align, link_color);
  MakeKey(text, style, width, align, link_color);
  if (const Laid* found = cache_->Find(key_)) return *found;
  return cache_->Insert(key_, LayNew(text, style, width, align, link_color));
}

Laid Layouter::Lay(std::string_view text, const Style& style, double width, Align align) {
  RichText rich;
  rich.Add(text);
  return Lay(rich, style, width, align);
}

void Layouter::MakeKey(const RichText& text, const Style& style, double width, Align align,
                       const Rgb& link_color) {
  // Every input that changes the layout; texts of any bytes are prefixed
  // with their length, so no two inputs give the same key.
  char params[200];
  int n = std::snprintf(params, sizeof params, "%zu:", family_.size());
  key_.assign(params, n).append(family_);
  n = std::snprintf(params, sizeof params, "|%a|%d%d|%a,%a,%a|%a|%a|%d|%a,%a,%a|%zu:", style.size,
                    style.bold, style.italic, style.color.r, style.color.g, style.color.b,
                    style.line_spacing, width, static_cast<int>(align), link_color.r, link_color.g,
                    link_color.b, text.text.size());
  key_.append(params, n).append(text.text);
  for (const TextSpan& sp : text.spans) {
    n = std::snprintf(params, sizeof params, "|%zu-%zu%d%d%d%zu:", sp.start, sp.end, sp.bold,
                      sp.italic, sp.code, sp.link.size());
    key_.append(params, n).append(sp.link);
  }
}

Laid Layouter::LayNew(const RichText& text, const Style& style, double width, Align align,
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
  std::unique_ptr<PangoAttrList, AttrListDeleter> attrs(pango_attr_list_new());
  auto add = [&](PangoAttribute* a, const TextSpan& s) {
    a->start_index = static_cast<unsigned>(s.start);
    a->end_index = static_cast<unsigned>(s.end);
    pango_attr_list_insert(attrs.get(), a);  // takes `a`
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
  pango_layout_set_attributes(layout, attrs.get());  // refs `attrs`
  attrs.reset();

  std::unique_ptr<PangoLayoutIter, LayoutIterDeleter> iter(pango_layout_get_iter(layout));
  PangoLayoutIter* it = iter.get();
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
  out.height = out.Height(0, out.lines.size());
  return out;
}

}  // namespace kfl::pdf
