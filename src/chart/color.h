// Rgb: a colour in sRGB, and the WCAG 2.1 contrast arithmetic used to check
// the theme (success criterion 1.4.11: graphical objects needed to read a
// chart have at least 3:1 contrast against what is next to them; 1.4.3: text
// at least 4.5:1).
//
//   ContrastRatio(Rgb::Hex(0x0072B2), Rgb::Hex(0xFFFFFF)) ~= 5.0
//
// Plain values; no cairo here.
#pragma once

#include <cstdint>
#include <string>

namespace kfl {

struct Rgb {
  double r = 0, g = 0, b = 0;  // 0-1

  static constexpr Rgb Hex(uint32_t rgb) {
    return {((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0};
  }
  bool operator==(const Rgb&) const = default;
};

// WCAG relative luminance, 0 (black) to 1 (white).
double RelativeLuminance(const Rgb& c);

// (L1 + 0.05) / (L2 + 0.05) with L1 the lighter; 1 to 21.
double ContrastRatio(const Rgb& a, const Rgb& b);

// Black or white, whichever contrasts more with `background` (text on fills).
Rgb TextColorOn(const Rgb& background);

// "#rrggbb", as SVG and CSS write it.
std::string CssColor(const Rgb& c);

// Linear mix: t = 0 gives a, t = 1 gives b.
Rgb Mix(const Rgb& a, const Rgb& b, double t);

}  // namespace kfl
