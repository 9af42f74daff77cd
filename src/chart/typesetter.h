// Typesetter: measures text with pango and draws it on a Canvas.
//
// Text is laid out once, independent of the target surface: a fixed
// resolution of 72 dpi (1 pt = 1 px = 1 user unit), no hinting and no glyph
// position rounding, so the PNG, SVG and PDF of a chart have the same
// metrics and the same line breaks. Long labels are wrapped at word
// boundaries into at most `max_lines` lines of `max_width`, and the last
// line ends in an ellipsis when the text still does not fit; labels never
// run into their neighbours.
//
// Laid-out texts are kept (up to kCacheSize of them, then all dropped) and
// reused: a chart measures its labels before it draws them, and tick
// labels and level names repeat from chart to chart.
//
// Draw() hands the layout to a Canvas: cairo draws its glyphs (PDF, PNG),
// SvgCanvas writes it as SVG <text> (chart/svg_canvas.h).
//
// Thread rules: a Typesetter owns its own pango font map, context and
// layouts and is NOT thread-safe; give each thread its own (creating one
// costs about a millisecond; reuse it for many charts). Different
// Typesetters may be used concurrently.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "chart/cairo_handle.h"
#include "chart/canvas.h"
#include "chart/color.h"

namespace kfl {

enum class Align { kStart, kCenter, kEnd };

struct TextStyle {
  double size = 11;  // px
  bool bold = false;
  bool italic = false;
  Rgb color;
  // A translucent white backing, for labels drawn over lines and points. (A
  // stroked outline of the glyphs looks similar but costs 2-3 times the
  // whole chart in PDF and SVG.)
  bool halo = false;
};

struct TextBox {
  double width = 0;  // ink-independent logical extents, px
  double height = 0;
  int lines = 0;
  bool ellipsized = false;
};

// Where and how to place a piece of text. (x, y) is the anchor: `halign`
// says whether it is the left edge, centre or right edge of the text, and
// `valign` whether it is the top, middle or bottom of the text block.
struct TextPlacement {
  double x = 0, y = 0;
  Align halign = Align::kStart;
  Align valign = Align::kStart;
  double max_width = -1;  // < 0: no limit (one line)
  int max_lines = 1;      // with max_width: wrap into this many lines, then ellipsize
};

// Sets the size (px), weight and slant of `font`.
void SetFontStyle(PangoFontDescription* font, double size, bool bold, bool italic);

class Typesetter {
 public:
  explicit Typesetter(std::string font_family);
  Typesetter(const Typesetter&) = delete;
  Typesetter& operator=(const Typesetter&) = delete;

  TextBox Measure(std::string_view text, const TextStyle& style, double max_width = -1,
                  int max_lines = 1);
  // Draws `text` on `canvas` and returns its box.
  TextBox Draw(Canvas& canvas, std::string_view text, const TextStyle& style,
               const TextPlacement& where);

  const std::string& font_family() const { return family_; }
  // The pango context every layout is made in (72 dpi, no hinting), for
  // callers that lay out rich text themselves (pdf/document).
  PangoContext* pango_context() const { return context_.get(); }

  static constexpr size_t kCacheSize = 4096;

 private:
  struct Laid {
    PangoLayoutHandle layout;
    TextBox box;
    double x_offset = 0;  // of the text within its frame (centred or right-aligned lines)
  };
  const Laid& Layout(std::string_view text, const TextStyle& style, double max_width, int max_lines,
                     Align align);

  std::string family_;
  PangoFontMapHandle font_map_;
  PangoContextHandle context_;
  PangoFontDescriptionHandle font_;
  std::unordered_map<std::string, Laid> cache_;
  std::string key_;  // reused buffer for cache keys
};

}  // namespace kfl
