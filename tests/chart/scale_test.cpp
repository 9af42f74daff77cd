#include "chart/scale.h"

#include <gtest/gtest.h>

namespace kfl {
namespace {

TEST(ScaleTest, NiceStep) {
  struct Case {
    const char* name;
    double span;
    int count;
    double step;
  } cases[] = {
      {"thirty in six", 30, 6, 5},     {"ten in five", 10, 5, 2}, {"one in four", 1, 4, 0.25},
      {"hundred in five", 100, 5, 20}, {"tiny", 0.07, 5, 0.02},   {"zero span", 0, 5, 1},
  };
  for (const Case& c : cases) EXPECT_DOUBLE_EQ(NiceStep(c.span, c.count), c.step) << c.name;
}

TEST(ScaleTest, NiceDomainsCoverTheData) {
  struct Case {
    const char* name;
    double lo, hi;
    double d0, d1;
  } cases[] = {
      {"t scores", 36.2, 61.7, 35, 65},   {"reference band", 45, 55, 44, 56},
      {"single value", 50, 50, 49, 51},   {"reversed input", 61.7, 36.2, 35, 65},
      {"negative", -0.8, 0.3, -0.8, 0.4},
  };
  for (const Case& c : cases) {
    LinearScale s = LinearScale::Nice(c.lo, c.hi, 0, 100, 6);
    EXPECT_NEAR(s.domain_min(), c.d0, 1e-9) << c.name;
    EXPECT_NEAR(s.domain_max(), c.d1, 1e-9) << c.name;
  }
}

TEST(ScaleTest, MapInvertAndClamp) {
  LinearScale s(30, 70, 100, 500);
  EXPECT_DOUBLE_EQ(s.Map(50), 300);
  EXPECT_DOUBLE_EQ(s.Invert(300), 50);
  EXPECT_DOUBLE_EQ(s.MapClamped(90), 500);
  EXPECT_DOUBLE_EQ(s.MapClamped(10), 100);
  LinearScale flipped(30, 70, 500, 100);  // y axes run upward
  EXPECT_DOUBLE_EQ(flipped.Map(70), 100);
  EXPECT_DOUBLE_EQ(flipped.MapClamped(80), 100);
}

TEST(ScaleTest, TicksAreNiceAndInside) {
  LinearScale s(35, 65, 0, 1);
  std::vector<double> expected{35, 40, 45, 50, 55, 60, 65};
  EXPECT_EQ(s.Ticks(6), expected);
  LinearScale negative(-0.8, 0.4, 0, 1);
  std::vector<double> ticks = negative.Ticks(6);
  ASSERT_EQ(ticks.size(), 7u);
  EXPECT_DOUBLE_EQ(ticks[4], 0.0);  // exactly zero, never -0 or 1e-17
}

TEST(ScaleTest, BandScale) {
  BandScale b(4, 0, 100, 0.2);
  EXPECT_DOUBLE_EQ(b.Step(), 25);
  EXPECT_DOUBLE_EQ(b.Bandwidth(), 20);
  EXPECT_DOUBLE_EQ(b.Start(0), 2.5);
  EXPECT_DOUBLE_EQ(b.Center(3), 87.5);
  BandScale empty(0, 0, 100);
  EXPECT_EQ(empty.count(), 0);
}

}  // namespace
}  // namespace kfl

namespace kfl {
namespace {

// Regression: steps of 2.5 were printed without decimals ("42" for 42.5).
TEST(ScaleTest, TickDecimalsPrintEveryTickExactly) {
  struct Case {
    const char* name;
    double d0, d1;
    int count;
    int decimals;
  } cases[] = {
      {"steps of 5", 35, 65, 6, 0},  {"steps of 2.5", 45, 55, 4, 1}, {"steps of 0.2", 33, 34, 5, 1},
      {"steps of 0.25", 0, 1, 4, 2}, {"steps of 20", 0, 100, 5, 0},
  };
  for (const Case& c : cases)
    EXPECT_EQ(LinearScale(c.d0, c.d1, 0, 1).TickDecimals(c.count), c.decimals) << c.name;
}

}  // namespace
}  // namespace kfl
