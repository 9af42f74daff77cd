#include "stats/standardize.h"

#include <gtest/gtest.h>

#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <limits>
#include <string>

namespace kfl {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

TEST(StudentTQuantileTest, TableValues) {
  struct Case {
    double p, df, expected, tolerance;
  };
  const double pi = std::acos(-1.0);
  const Case cases[] = {
      // Printed tables, six decimals.
      {0.975, 1, 12.706205, 5e-7},
      {0.975, 9, 2.262157, 5e-7},
      {0.975, 29, 2.045230, 5e-7},
      {0.975, 1000, 1.962339, 5e-7},
      // Closed forms: df 1 is Cauchy, t = tan(pi (p - 1/2)); df 2 has
      // t = (2p - 1) / sqrt(2 p (1 - p)).
      {0.975, 1, std::tan(pi * 0.475), 1e-12},
      {0.95, 1, std::tan(pi * 0.45), 1e-12},
      {0.975, 2, 0.95 / std::sqrt(2 * 0.975 * 0.025), 1e-12},
      {0.5, 7, 0, 1e-12},
  };
  for (const Case& c : cases)
    EXPECT_NEAR(StudentTQuantile(c.p, c.df), c.expected, c.tolerance)
        << "t(" << c.p << ", " << c.df << ")";
}

// The cached t(0.975, df) agree with Boost on both sides of the cache's end.
TEST(StudentTQuantileTest, CacheAgreesWithBoost) {
  for (double df : {1.0, 2.0, 30.0, 1023.0, 1024.0, 1025.0, 5000.0, 2.5})
    EXPECT_EQ(StudentTQuantile(0.975, df),
              boost::math::quantile(boost::math::students_t(df), 0.975))
        << "df " << df;
}

TEST(ReferenceTest, Usable) {
  struct Case {
    const char* name;
    Reference reference;
    bool usable;
  };
  const Case cases[] = {
      {"n 2, sigma 1", {2, 3.0, 1.0}, true}, {"n 1", {1, 3.0, kNaN}, false},
      {"n 0", {0, kNaN, kNaN}, false},       {"sigma 0", {50, 3.0, 0.0}, false},
      {"sigma NaN", {50, 3.0, kNaN}, false}, {"default", Reference{}, false},
  };
  for (const Case& c : cases) EXPECT_EQ(c.reference.usable(), c.usable) << c.name;
}

// The reference comes from the county's `all` rows only: rows of other
// units or of the county's other groups are ignored; a score without a
// county row has an unusable reference.
TEST(ReferenceFromAggregatesTest, PicksTheCountyAllRows) {
  const int county = 4;
  const std::vector<Aggregate> aggregates = {
      {county, kGroupAll, 0, 100, 3.2, 0.8},
      {county, kGroupFemale, 0, 60, 9.0, 9.0},  // another group
      {county, kGroupAll, 2, 90, 2.5, 1.5},
      {0, kGroupAll, 0, 100, 7.0, 7.0},  // another unit
      {0, kGroupAll, 1, 100, 7.0, 7.0},
      {county, kGroupAll, 3, 10, 1.0, 1.0},  // beyond score_count
  };
  const std::vector<Reference> refs = ReferenceFromAggregates(aggregates, county, 3);
  ASSERT_EQ(refs.size(), 3u);
  EXPECT_EQ(refs[0].n, 100);
  EXPECT_EQ(refs[0].mu, 3.2);
  EXPECT_EQ(refs[0].sigma, 0.8);
  EXPECT_TRUE(refs[0].usable());
  EXPECT_FALSE(refs[1].usable()) << "score 1 has no county row";
  EXPECT_EQ(refs[1].n, 0);
  EXPECT_EQ(refs[2].n, 90);
  EXPECT_EQ(refs[2].mu, 2.5);
  EXPECT_EQ(refs[2].sigma, 1.5);
}

// Reference mu = 3.0, sigma = 0.8.
TEST(StandardizeTest, HandExamples) {
  const Reference ref{500, 3.0, 0.8};
  struct Case {
    const char* name;
    int n;
    double mean, sd;
    bool valid;
    double t, d;
    bool has_ci;
    double half;  // CI half-width
  };
  const double t9 = 2.2621571627982049;   // t(0.975, 9)
  const double t29 = 2.0452296421327039;  // t(0.975, 29)
  const Case cases[] = {
      // d = (3.4 - 3.0) / 0.8 = 0.5, T = 55;
      // half = t(0.975, 9) * 10 * 0.6 / (0.8 * sqrt(10)) = 2.262157 * 2.371708 = 5.365177.
      {"n 10", 10, 3.4, 0.6, true, 55, 0.5, true, t9 * 10 * 0.6 / (0.8 * std::sqrt(10.0))},
      // d = (2.6 - 3.0) / 0.8 = -0.5, T = 45;
      // half = 2.045230 * 10 * 0.8 / (0.8 * sqrt(30)) = 2.045230 * 10 / 5.477226 = 3.734061.
      {"n 30", 30, 2.6, 0.8, true, 45, -0.5, true, t29 * 10 / std::sqrt(30.0)},
      // One respondent: T and d, no CI (sd is missing).
      {"n 1", 1, 3.8, kNaN, true, 60, 1.0, false, 0},
      // Two respondents with equal scores: a CI of width 0.
      {"n 2, sd 0", 2, 3.0, 0.0, true, 50, 0.0, true, 0},
      {"n 0", 0, kNaN, kNaN, false, 0, 0, false, 0},
  };
  for (const Case& c : cases) {
    const TScore t = Standardize(c.n, c.mean, c.sd, ref);
    EXPECT_EQ(t.valid, c.valid) << c.name;
    EXPECT_EQ(t.has_ci, c.has_ci) << c.name;
    if (!c.valid) continue;
    EXPECT_NEAR(t.t, c.t, 1e-9) << c.name;
    EXPECT_NEAR(t.d, c.d, 1e-12) << c.name;
    if (!c.has_ci) continue;
    EXPECT_NEAR(t.ci_low, c.t - c.half, 1e-9) << c.name;
    EXPECT_NEAR(t.ci_high, c.t + c.half, 1e-9) << c.name;
  }
  // The first case's half-width, as printed in the comment.
  EXPECT_NEAR(Standardize(10, 3.4, 0.6, ref).ci_high - 55, 5.365177, 5e-7);
  EXPECT_NEAR(Standardize(30, 2.6, 0.8, ref).ci_high - 45, 3.734061, 5e-7);
}

TEST(StandardizeTest, UnusableReferenceGivesNoT) {
  const Reference unusable[] = {{1, 3.0, kNaN}, {0, 0, 0}, {10, 3.0, 0.0}};
  for (const Reference& ref : unusable)
    EXPECT_FALSE(Standardize(10, 3.4, 0.6, ref).valid)
        << "reference n " << ref.n << " sigma " << ref.sigma;
}

}  // namespace
}  // namespace kfl
