#include "stats/regression.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace kfl {
namespace {

TEST(RegressionTest, Cases) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  struct Case {
    const char* name;
    std::vector<double> x, y;
    bool valid;
    double intercept, slope, r2;
  } cases[] = {
      {"exact line", {1, 2, 3}, {2, 4, 6}, true, 0, 2, 1},
      {"noisy", {1, 2, 3, 4}, {1, 3, 2, 4}, true, 0.5, 0.8, 0.64},
      {"non-finite pairs left out", {1, nan, 2, 3}, {1, 5, 2, 3}, true, 0, 1, 1},
      {"one point", {1}, {2}, false, 0, 0, 0},
      {"all x equal", {2, 2, 2}, {1, 2, 3}, false, 0, 0, 0},
      {"constant y", {1, 2, 3}, {4, 4, 4}, true, 4, 0, 0},
  };
  for (const Case& c : cases) {
    LinearFit f = FitLine(c.x, c.y);
    EXPECT_EQ(f.valid, c.valid) << c.name;
    if (!c.valid) continue;
    EXPECT_NEAR(f.intercept, c.intercept, 1e-9) << c.name;
    EXPECT_NEAR(f.slope, c.slope, 1e-9) << c.name;
    EXPECT_NEAR(f.r_squared, c.r2, 1e-9) << c.name;
  }
}

}  // namespace
}  // namespace kfl
