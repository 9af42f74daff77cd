// Standardization on the T-score scale (data contract 2.3-2.5).
//
// The reference (mu, sigma) of a score is the mean and sample SD of the
// respondent scores of all county respondents in the reference wave, i.e.
// the county's `all` aggregate of that wave. Then
//   T    = 50 + 10 (mean - mu) / sigma
//   CI   = T +/- t(0.975, n - 1) * 10 * sd / (sigma * sqrt(n))   (n >= 2)
//   d    = (mean - mu) / sigma
// with the Student t quantile from Boost.Math.
#pragma once

#include <vector>

#include "stats/aggregate.h"

namespace kfl {

struct Reference {
  int n = 0;
  double mu = 0;
  double sigma = 0;  // sample SD; a reference with n < 2 or sigma <= 0 is unusable

  bool usable() const;
};

// One Reference per score from the county's `all` rows of `aggregates`
// (unusable where the county has no such row).
std::vector<Reference> ReferenceFromAggregates(const std::vector<Aggregate>& aggregates,
                                               int county_unit, int score_count);

struct TScore {
  bool valid = false;  // false when n == 0 or the reference is unusable
  double t = 0;
  double d = 0;
  bool has_ci = false;  // false when n < 2 or sd is not finite
  double ci_low = 0;
  double ci_high = 0;
};

TScore Standardize(int n, double mean, double sd, const Reference& reference);

// The Student t quantile t(p, df), df >= 1; Boost.Math throws
// std::domain_error for df <= 0 or p outside [0, 1]. t(0.975, df) for whole
// df up to 1024 comes from a table computed on first use (thread-safe).
//   StudentTQuantile(0.975, 9) == 2.262157...
double StudentTQuantile(double p, double df);

}  // namespace kfl
