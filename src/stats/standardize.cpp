#include "stats/standardize.h"

#include <array>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <unordered_map>

namespace kfl {
namespace {

double BoostQuantile(double p, double df) {
  return boost::math::quantile(boost::math::students_t(df), p);
}

// t(0.975, df) for df = 1 .. kCachedDf, computed once (about 7 ms): Boost
// takes some microseconds per quantile, and a county has a few hundred
// thousand aggregates, nearly all with small n.
constexpr int kCachedDf = 1024;

double T975(int df) {
  static const std::array<double, kCachedDf + 1> table = [] {
    std::array<double, kCachedDf + 1> t{};
    for (int df = 1; df <= kCachedDf; ++df) t[df] = BoostQuantile(0.975, df);
    return t;
  }();
  if (df <= kCachedDf) return table[df];
  // Large n (counties, municipalities) repeat too: remember them per thread.
  thread_local std::unordered_map<int, double> large;
  auto [it, added] = large.try_emplace(df, 0.0);
  if (added) it->second = BoostQuantile(0.975, df);
  return it->second;
}

}  // namespace

bool Reference::usable() const {
  return n >= 2 && std::isfinite(mu) && std::isfinite(sigma) && sigma > 0;
}

std::vector<Reference> ReferenceFromAggregates(const std::vector<Aggregate>& aggregates,
                                               int county_unit, int score_count) {
  std::vector<Reference> references(score_count > 0 ? score_count : 0);
  for (const Aggregate& a : aggregates) {
    if (a.unit != county_unit || a.group != kGroupAll) continue;
    if (a.score < 0 || a.score >= score_count) continue;
    references[a.score] = Reference{a.n, a.mean, a.sd};
  }
  return references;
}

TScore Standardize(int n, double mean, double sd, const Reference& reference) {
  TScore t;
  if (n <= 0 || !std::isfinite(mean) || !reference.usable()) return t;
  t.valid = true;
  t.d = (mean - reference.mu) / reference.sigma;
  t.t = 50 + 10 * t.d;
  if (n >= 2 && std::isfinite(sd)) {
    const double half = T975(n - 1) * 10 * sd / (reference.sigma * std::sqrt(n));
    t.has_ci = true;
    t.ci_low = t.t - half;
    t.ci_high = t.t + half;
  }
  return t;
}

double StudentTQuantile(double p, double df) {
  if (p == 0.975 && df == std::floor(df) && df >= 1 && df <= kCachedDf)
    return T975(static_cast<int>(df));
  return BoostQuantile(p, df);
}

}  // namespace kfl
