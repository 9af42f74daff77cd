// Variation between the child units of a parent (data contract 2.8).
//
// ICC(1) from a one-way ANOVA over the children with n >= 2 (J of them,
// N respondents in all):
//   MSB = sum n_j (mean_j - grand)^2 / (J - 1), grand = sum n_j mean_j / N
//   MSW = sum (n_j - 1) sd_j^2 / (N - J)
//   n0  = (N - sum n_j^2 / N) / (J - 1)
//   ICC = (MSB - MSW) / (MSB + (n0 - 1) MSW)      reported as computed, not clamped
// spread_d = (max mean_j - min mean_j) / sigma over children with
// n >= min_n (the public threshold). Children with a non-finite mean (or SD,
// for the ICC) are left out of either figure. A caller that publishes the
// result passes only the children its audience sees: a spread over a hidden
// extreme would give its mean away.
#pragma once

#include <vector>

namespace kfl {

struct ChildSummary {
  int n = 0;
  double mean = 0;
  double sd = 0;
};

struct Variation {
  int units = 0;         // J: children with n >= 2
  bool has_icc = false;  // false when J < 2, N - J < 1 or the denominator is 0
  double icc = 0;
  bool has_spread = false;  // false when fewer than 2 children have n >= min_n
  double spread_d = 0;      // or when sigma <= 0
};

Variation ComputeVariation(const std::vector<ChildSummary>& children, double sigma, int min_n);

}  // namespace kfl
