// Layouter: lays out a Document's rich text with pango, in the pango
// context of a Typesetter (72 dpi, no hinting, so the metrics are those of
// the charts), wrapped at a width. The result, Laid, has the lines with
// their places, so that a text can be broken between pages and drawn line
// by line (pdf/renderer).
//
//   Layouter lay(typesetter.pango_context(), theme.font_family, &cache);
//   Laid laid = lay.Lay(RichText().Bold("8A"), {.size = 10}, kTextWidth);
//   double h = laid.Height(0, 2);  // the first two lines
//
// Thread rules: a Layouter uses its pango context (and cache) on the
// calling thread only; see chart/typesetter.h.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "chart/color.h"
#include "chart/typesetter.h"
#include "pdf/rich_text.h"

namespace kfl {

class LayoutCache;

namespace pdf {

// How a piece of text is set.
struct Style {
  double size = 10;  // pt
  bool bold = false;
  bool italic = false;
  Rgb color;
  double line_spacing = 1.25;  // a factor of the font's line height
};

// A line of a laid-out text (pt).
struct Line {
  double y = 0;  // top, relative to the layout
  double height = 0;
  double baseline = 0;  // relative to the layout
  double x = 0;
  int start = 0;  // byte range in the layout's text
  int length = 0;
  PangoLayoutLine* line = nullptr;  // owned by the layout
};

// One laid-out piece of rich text; cheap to copy (the layout is shared and
// never changed after Lay).
struct Laid {
  std::shared_ptr<PangoLayout> layout;
  std::vector<Line> lines;      // at least one
  std::vector<TextSpan> links;  // the spans of the text that are links
  double width = 0;             // of the widest line
  double height = 0;            // of all lines

  // The height of lines [from, to).
  double Height(size_t from, size_t to) const {
    if (from >= to) return 0;
    const Line& last = lines[to - 1];
    return last.y + last.height - lines[from].y;
  }
};

class Layouter {
 public:
  // Lays out in `context` with the font `family`. With a `cache`, laid-out
  // texts are kept there and reused; nullptr lays out every text anew.
  // REQUIRES: `context` (and `cache`) outlive the Layouter; `cache` is only
  // ever used with this one context (pdf/layout_cache.h).
  Layouter(PangoContext* context, const std::string& family, LayoutCache* cache);

  // Lays out `text` wrapped at `width` (pt), its links in `link_color`.
  Laid Lay(const RichText& text, const Style& style, double width, Align align = Align::kStart,
           const Rgb& link_color = Rgb::Hex(0x0060a0));
  Laid Lay(std::string_view text, const Style& style, double width, Align align = Align::kStart);

 private:
  Laid LayNew(const RichText& text, const Style& style, double width, Align align,
              const Rgb& link_color);
  // Sets key_ to a text that differs whenever the layout would.
  void MakeKey(const RichText& text, const Style& style, double width, Align align,
               const Rgb& link_color);

  PangoContext* context_;
  std::string family_;
  PangoFontDescriptionHandle font_;
  LayoutCache* cache_;
  std::string key_;  // reused buffer for cache keys
};

}  // namespace pdf
}  // namespace kfl
