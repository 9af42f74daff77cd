#include "chart/color.h"

#include <gtest/gtest.h>

namespace kfl {
namespace {

TEST(ColorTest, ContrastRatios) {
  struct Case {
    const char* name;
    uint32_t a, b;
    double ratio;
  } cases[] = {
      {"black on white", 0x000000, 0xffffff, 21.0},
      {"white on white", 0xffffff, 0xffffff, 1.0},
      {"okabe-ito blue", 0x0072B2, 0xffffff, 5.1},
      {"okabe-ito vermillion", 0xD55E00, 0xffffff, 3.9},
      {"okabe-ito orange fails 3:1", 0xE69F00, 0xffffff, 2.2},
  };
  for (const Case& c : cases)
    EXPECT_NEAR(ContrastRatio(Rgb::Hex(c.a), Rgb::Hex(c.b)), c.ratio, 0.1) << c.name;
}

TEST(ColorTest, TextColorOnPicksTheStrongerContrast) {
  EXPECT_EQ(TextColorOn(Rgb::Hex(0x005A8C)), Rgb::Hex(0xffffff));
  EXPECT_EQ(TextColorOn(Rgb::Hex(0xD9D9D9)), Rgb::Hex(0x1a1a1a));
}

TEST(ColorTest, Mix) {
  Rgb m = Mix(Rgb::Hex(0x000000), Rgb::Hex(0xffffff), 0.5);
  EXPECT_DOUBLE_EQ(m.r, 0.5);
  EXPECT_DOUBLE_EQ(m.b, 0.5);
}

}  // namespace
}  // namespace kfl
