#include "stats/variation.h"

#include <algorithm>
#include <cmath>

namespace kfl {

Variation ComputeVariation(const std::vector<ChildSummary>& children, double sigma, int min_n) {
  Variation v;

  // ICC(1) over the children with n >= 2 (and a finite mean and SD).
  auto in_icc = [](const ChildSummary& c) {
    return c.n >= 2 && std::isfinite(c.mean) && std::isfinite(c.sd);
  };
  int j_units = 0;
  double n_total = 0;
  double n_squares = 0;
  double weighted_means = 0;
  for (const ChildSummary& c : children) {
    if (!in_icc(c)) continue;
    ++j_units;
    n_total += c.n;
    n_squares += static_cast<double>(c.n) * c.n;
    weighted_means += c.n * c.mean;
  }
  v.units = j_units;
  if (j_units >= 2 && n_total - j_units >= 1) {
    const double grand = weighted_means / n_total;
    double between = 0;
    double within = 0;
    for (const ChildSummary& c : children) {
      if (!in_icc(c)) continue;
      between += c.n * (c.mean - grand) * (c.mean - grand);
      within += (c.n - 1) * c.sd * c.sd;
    }
    const double msb = between / (j_units - 1);
    const double msw = within / (n_total - j_units);
    const double n0 = (n_total - n_squares / n_total) / (j_units - 1);
    const double denominator = msb + (n0 - 1) * msw;
    if (denominator != 0 && std::isfinite(denominator)) {
      v.has_icc = true;
      v.icc = (msb - msw) / denominator;
    }
  }

  // Spread of the means of the children with n >= min_n.
  int shown = 0;
  double lowest = 0;
  double highest = 0;
  for (const ChildSummary& c : children) {
    if (c.n < min_n || c.n < 1 || !std::isfinite(c.mean)) continue;
    lowest = shown ? std::min(lowest, c.mean) : c.mean;
    highest = shown ? std::max(highest, c.mean) : c.mean;
    ++shown;
  }
  if (shown >= 2 && std::isfinite(sigma) && sigma > 0) {
    v.has_spread = true;
    v.spread_d = (highest - lowest) / sigma;
  }
  return v;
}

}  // namespace kfl
