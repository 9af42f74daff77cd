// Theme: the one look of every kfl chart (ggplot2's theme): the font family,
// text sizes, spacing, the light grid and the colour-blind-safe palettes.
//
// The series colours are the darker half of Okabe & Ito's palette (blue,
// vermillion, bluish green, reddish purple) plus dark grey and black: each
// has at least 3:1 contrast against the white background (WCAG 1.4.11),
// which theme_test checks. Series are never told apart by colour alone:
// every chart adds direct labels or marker shapes (see MarkerShape).
//
// A plain value; copy it and change fields for a variant.
#pragma once

#include <string>
#include <vector>

#include "chart/color.h"
#include "model/level.h"

namespace kfl {

enum class MarkerShape { kCircle, kTriangle, kSquare, kDiamond, kCross, kStar };

struct Theme {
  // Font family given to pango; fonts-dejavu-core is a declared dependency,
  // so the same glyphs are embedded everywhere (SVG outlines, PDF subsets).
  std::string font_family = "DejaVu Sans";
  // Few distinct sizes on purpose: each (size, weight, style) becomes a set
  // of glyph outlines in every SVG, the bulk of its bytes and drawing time.
  double title_size = 14;  // px at 72 dpi (1 px = 1 pt)
  double label_size = 11;  // category and direct labels
  double value_size = 10;  // numbers next to marks
  double axis_size = 10;   // tick labels, axis titles, legend
  double margin = 12;      // around the whole chart
  double gap = 8;          // between a label and its mark

  Rgb background = Rgb::Hex(0xffffff);
  Rgb text = Rgb::Hex(0x1a1a1a);        // 17:1 on white
  Rgb muted_text = Rgb::Hex(0x595959);  // 7:1; axis labels, notes
  Rgb grid = Rgb::Hex(0xe3e3e3);        // decoration only, deliberately faint
  Rgb axis = Rgb::Hex(0x737373);        // 4.7:1
  Rgb reference = Rgb::Hex(0x1a1a1a);   // the T = 50 line, parents' values
  Rgb suppressed = Rgb::Hex(0x737373);  // hatching and dash of hidden values

  // Series colours in order (unit, school, municipality, county, ...).
  std::vector<Rgb> series = {Rgb::Hex(0x0072B2), Rgb::Hex(0xD55E00), Rgb::Hex(0x009E73),
                             Rgb::Hex(0xB8528E), Rgb::Hex(0x595959), Rgb::Hex(0x000000)};
  // Diverging fills, most negative first: used for item categories (disagree
  // ... agree) and for the heat table (below ... above 50). Segments carry
  // their numbers as text and are separated by white gaps.
  std::vector<Rgb> diverging = {Rgb::Hex(0xB34700), Rgb::Hex(0xF0A35E), Rgb::Hex(0xD9D9D9),
                                Rgb::Hex(0x7FB8DE), Rgb::Hex(0x005A8C)};

  const Rgb& Series(int i) const { return series[i % series.size()]; }
  // The one colour of each level in every chart of every report (spec
  // report-content.md, "Colours mean one thing"): classes and groups blue,
  // schools and kindergartens vermillion, municipalities green, the county
  // dark grey.
  const Rgb& LevelColor(Level level) const {
    switch (level) {
      case Level::kClass:
      case Level::kGroup: return series[0];
      case Level::kSchool:
      case Level::kKindergarten: return series[1];
      case Level::kMunicipality: return series[2];
      case Level::kCounty: return series[4];
    }
    return series[5];
  }
  static MarkerShape Marker(int i) { return static_cast<MarkerShape>(i % 6); }
};

// `count` diverging colours (2-7) taken symmetrically from theme.diverging,
// the middle one neutral grey when count is odd.
std::vector<Rgb> DivergingColors(const Theme& theme, int count);

}  // namespace kfl
