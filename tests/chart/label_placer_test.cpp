#include "chart/label_placer.h"

#include <gtest/gtest.h>

namespace kfl {
namespace {

TEST(LabelPlacerTest, Spread) {
  struct Case {
    const char* name;
    std::vector<double> in;
    double spacing, lo, hi;
    std::vector<double> out;
  } cases[] = {
      {"apart already", {10, 50, 30}, 10, 0, 100, {10, 50, 30}},
      {"two collide", {50, 52}, 10, 0, 100, {50, 60}},
      {"order kept", {52, 50}, 10, 0, 100, {60, 50}},
      {"pushed back from the bottom", {95, 96, 97}, 10, 0, 100, {80, 90, 100}},
      {"clamped into range", {-20}, 10, 0, 100, {0}},
      {"empty", {}, 10, 0, 100, {}},
  };
  for (const Case& c : cases) {
    std::vector<double> out = Spread(c.in, c.spacing, c.lo, c.hi);
    ASSERT_EQ(out.size(), c.out.size()) << c.name;
    for (size_t i = 0; i < out.size(); ++i)
      EXPECT_DOUBLE_EQ(out[i], c.out[i]) << c.name << " " << i;
  }
}

TEST(LabelPlacerTest, SpreadCentred) {
  struct Case {
    const char* name;
    std::vector<double> in, heights;
    double lo, hi;
    std::vector<double> out;
  } cases[] = {
      {"apart already", {10, 50, 30}, {10, 10, 10}, 0, 100, {10, 50, 30}},
      {"two collide: both move", {50, 52}, {10, 10}, 0, 100, {46, 56}},
      {"order kept", {52, 50}, {10, 10}, 0, 100, {56, 46}},
      {"a tall label needs more room", {50, 52}, {10, 30}, 0, 100, {41, 61}},
      {"kept below the top", {0, 1, 2}, {10, 10, 10}, 0, 100, {0, 10, 20}},
      {"kept above the bottom", {95, 96, 97}, {10, 10, 10}, 0, 100, {80, 90, 100}},
      {"groups merge", {10, 20, 26}, {10, 10, 10}, 0, 100, {26.0 / 3, 56.0 / 3, 86.0 / 3}},
      {"empty", {}, {}, 0, 100, {}},
  };
  for (const Case& c : cases) {
    std::vector<double> out = SpreadCentred(c.in, c.heights, c.lo, c.hi);
    ASSERT_EQ(out.size(), c.out.size()) << c.name;
    for (size_t i = 0; i < out.size(); ++i)
      EXPECT_NEAR(out[i], c.out[i], 1e-9) << c.name << " " << i;
  }
}

TEST(LabelPlacerTest, TryTakeRefusesOverlapsAndOutOfBounds) {
  LabelPlacer placer;
  Box bounds{0, 0, 100, 100};
  EXPECT_TRUE(placer.TryTake({10, 10, 30, 20}, bounds));
  EXPECT_FALSE(placer.TryTake({25, 15, 40, 25}, bounds)) << "overlaps the first";
  EXPECT_TRUE(placer.TryTake({30, 10, 40, 20}, bounds)) << "touching is not overlapping";
  EXPECT_FALSE(placer.TryTake({90, 90, 110, 95}, bounds)) << "outside the bounds";
}

}  // namespace
}  // namespace kfl
