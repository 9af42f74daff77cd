#include "stats/variation.h"

#include <gtest/gtest.h>

#include <limits>
#include <string>
#include <vector>

namespace kfl {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Three children of unequal size, n = 2, 3, 5 (J = 3, N = 10):
//   means 3.0, 4.0, 2.0; SDs 1.0, 0.5, 2.0.
//   grand = (2*3 + 3*4 + 5*2) / 10 = 28/10 = 2.8
//   MSB = (2*0.2^2 + 3*1.2^2 + 5*0.8^2) / 2 = (0.08 + 4.32 + 3.2) / 2 = 3.8
//   MSW = (1*1.0^2 + 2*0.5^2 + 4*2.0^2) / (10 - 3) = 17.5 / 7 = 2.5
//   n0  = (10 - (4 + 9 + 25) / 10) / 2 = (10 - 3.8) / 2 = 3.1
//   ICC = (3.8 - 2.5) / (3.8 + 2.1 * 2.5) = 1.3 / 9.05 = 0.143646408839779
const std::vector<ChildSummary> kUnbalanced = {{2, 3.0, 1.0}, {3, 4.0, 0.5}, {5, 2.0, 2.0}};

TEST(ComputeVariationTest, IccByHand) {
  struct Case {
    const char* name;
    std::vector<ChildSummary> children;
    int units;
    bool has_icc;
    double icc;
  };
  std::vector<ChildSummary> with_small = kUnbalanced;
  with_small.push_back({1, 100.0, kNaN});  // n = 1: not in the ICC
  with_small.push_back({0, kNaN, kNaN});   // nobody
  const Case cases[] = {
      {"unbalanced n 2, 3, 5", kUnbalanced, 3, true, 1.3 / 9.05},
      {"children with n 1 and 0 excluded", with_small, 3, true, 1.3 / 9.05},
      // Same n, means 3.0, 3.1, 2.9 and SDs 1: grand = (6 + 9.3 + 14.5) / 10
      // = 2.98; MSB = (2*0.02^2 + 3*0.12^2 + 5*0.08^2) / 2 = 0.076 / 2 =
      // 0.038; MSW = (1 + 2 + 4) / 7 = 1; n0 = 3.1;
      // ICC = (0.038 - 1) / (0.038 + 2.1) = -0.962 / 2.138 = -0.449953...
      {"negative, not clamped",
       {{2, 3.0, 1.0}, {3, 3.1, 1.0}, {5, 2.9, 1.0}},
       3,
       true,
       -0.962 / 2.138},
      // Equal means: MSB = 0, MSW = (1 + 1) / 2 = 1, n0 = (4 - 8/4) / 1 = 2;
      // ICC = -1 / (0 + 1 * 1) = -1.
      {"equal means", {{2, 3.0, 1.0}, {2, 3.0, 1.0}}, 2, true, -1.0},
      // Two balanced children n = 4: means 2, 4 -> grand 3, MSB = (4 + 4) / 1
      // = 8; MSW = (3*1 + 3*1) / 6 = 1; n0 = (8 - 32/8) / 1 = 4;
      // ICC = (8 - 1) / (8 + 3) = 7/11.
      {"balanced", {{4, 2.0, 1.0}, {4, 4.0, 1.0}}, 2, true, 7.0 / 11},
      {"one child with n >= 2", {{5, 3.0, 1.0}, {1, 4.0, kNaN}}, 1, false, 0},
      {"no children", {}, 0, false, 0},
      // Every score equal: MSB = MSW = 0, the denominator is 0.
      {"no variance at all", {{2, 3.0, 0.0}, {3, 3.0, 0.0}}, 2, false, 0},
  };
  for (const Case& c : cases) {
    const Variation v = ComputeVariation(c.children, 1.0, 1);
    EXPECT_EQ(v.units, c.units) << c.name;
    EXPECT_EQ(v.has_icc, c.has_icc) << c.name;
    if (c.has_icc) {
      EXPECT_NEAR(v.icc, c.icc, 1e-12) << c.name;
    }
  }
  // The first case against its printed value.
  EXPECT_NEAR(ComputeVariation(kUnbalanced, 1.0, 1).icc, 0.143646408839779, 1e-14);
}

// Means 5.0 (n 2), 4.0 (n 3), 2.0 (n 5), 3.0 (n 10), a child with n 1 of
// mean 9 and an empty one; sigma 0.8.
TEST(ComputeVariationTest, SpreadOverChildrenAboveThreshold) {
  const std::vector<ChildSummary> children = {{2, 5.0, 1.0},  {3, 4.0, 1.0},  {5, 2.0, 1.0},
                                              {10, 3.0, 1.0}, {1, 9.0, kNaN}, {0, kNaN, kNaN}};
  struct Case {
    int min_n;
    double sigma;
    bool has_spread;
    double spread_d;
  };
  const Case cases[] = {
      {1, 0.8, true, (9.0 - 2.0) / 0.8},  // every child with a mean: 8.75
      {2, 0.8, true, (5.0 - 2.0) / 0.8},  // 3.75
      {3, 0.8, true, (4.0 - 2.0) / 0.8},  // 2.5
      {5, 0.8, true, (3.0 - 2.0) / 0.8},  // 1.25
      {6, 0.8, false, 0},                 // one child left
      {3, 0.0, false, 0},                 // no sigma
      {3, kNaN, false, 0},
      {0, 0.8, true, (9.0 - 2.0) / 0.8},  // the empty child has no mean
  };
  for (const Case& c : cases) {
    const std::string name =
        "min_n " + std::to_string(c.min_n) + ", sigma " + std::to_string(c.sigma);
    const Variation v = ComputeVariation(children, c.sigma, c.min_n);
    EXPECT_EQ(v.has_spread, c.has_spread) << name;
    if (c.has_spread) {
      EXPECT_NEAR(v.spread_d, c.spread_d, 1e-12) << name;
    }
  }
}

}  // namespace
}  // namespace kfl

namespace kfl {
namespace {

TEST(ComputeVariationTest, SpreadOverChildrenWithAtLeastMinN) {
  // The child of n 8 is in the ICC (n >= 2) but not in the spread (n < 10).
  const std::vector<ChildSummary> children = {{8, 1.0, 1.0}, {20, 3.0, 1.0}, {20, 4.0, 1.0}};
  const Variation v = ComputeVariation(children, 2.0, 10);
  EXPECT_TRUE(v.has_spread);
  EXPECT_NEAR(v.spread_d, 0.5, 1e-12);  // (4 - 3) / 2
  EXPECT_EQ(v.units, 3) << "the ICC uses every child with n >= 2";
}

}  // namespace
}  // namespace kfl
