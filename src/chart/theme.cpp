#include "chart/theme.h"

#include <cmath>

namespace kfl {

std::vector<Rgb> DivergingColors(const Theme& theme, int count) {
  const std::vector<Rgb>& d = theme.diverging;  // 5 anchors: --, -, 0, +, ++
  std::vector<Rgb> out;
  if (count <= 0) return out;
  int half = count / 2;
  // Position of each colour on [-1, 1], then interpolated between anchors.
  for (int i = 0; i < count; ++i) {
    double p;
    if (count % 2 == 1 && i == half) {
      out.push_back(d[2]);
      continue;
    }
    if (i < half) {
      p = static_cast<double>(half - i) / half;  // 1 = strongest
      Rgb c = p >= 0.999 ? d[0] : Mix(d[1], d[0], (p - 1.0 / half) / (1 - 1.0 / half + 1e-12));
      out.push_back(half == 1 ? d[0] : c);
    } else {
      int k2 = i - (count - half) + 1;  // 1 .. half
      p = static_cast<double>(k2) / half;
      Rgb c = p >= 0.999 ? d[4] : Mix(d[3], d[4], (p - 1.0 / half) / (1 - 1.0 / half + 1e-12));
      out.push_back(half == 1 ? d[4] : c);
    }
  }
  return out;
}

}  // namespace kfl
