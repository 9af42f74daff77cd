#include "chart/typesetter.h"

#include <gtest/gtest.h>

namespace kfl {
namespace {

constexpr const char* kLong = "Kommunenavn med et svært langt navn som ikke får plass";

TEST(TypesetterTest, LongLabelsAreEllipsizedWithinTheirWidth) {
  Typesetter text("DejaVu Sans");
  TextStyle style{11};
  TextBox free = text.Measure(kLong, style);
  EXPECT_FALSE(free.ellipsized);
  EXPECT_EQ(free.lines, 1);
  TextBox one = text.Measure(kLong, style, 120, 1);
  EXPECT_TRUE(one.ellipsized);
  EXPECT_LE(one.width, 120.5);
  EXPECT_EQ(one.lines, 1);
}

TEST(TypesetterTest, WrapsIntoAtMostMaxLines) {
  Typesetter text("DejaVu Sans");
  TextStyle style{11};
  struct Case {
    const char* name;
    double width;
    int max_lines;
    int lines;
    bool ellipsized;
  } cases[] = {
      {"fits on two lines", 220, 2, 2, false},
      {"three lines allowed, two needed", 220, 3, 2, false},
      {"too narrow for two", 90, 2, 2, true},
  };
  for (const Case& c : cases) {
    TextBox box = text.Measure(kLong, style, c.width, c.max_lines);
    EXPECT_EQ(box.lines, c.lines) << c.name;
    EXPECT_EQ(box.ellipsized, c.ellipsized) << c.name;
    EXPECT_LE(box.width, c.width + 0.5) << c.name;
  }
}

TEST(TypesetterTest, MetricsAreTheSameInEveryTypesetter) {
  Typesetter a("DejaVu Sans"), b("DejaVu Sans");
  TextStyle style{10, true};
  TextBox x = a.Measure("Relasjon til lærer 52,3", style);
  TextBox y = b.Measure("Relasjon til lærer 52,3", style);
  EXPECT_DOUBLE_EQ(x.width, y.width);
  EXPECT_DOUBLE_EQ(x.height, y.height);
  EXPECT_GT(x.width, 50);
}

}  // namespace
}  // namespace kfl

namespace kfl {
namespace {

// The layout cache must key on everything that changes a layout.
TEST(TypesetterTest, CachedLayoutsDependOnWidthLinesAndStyle) {
  Typesetter text("DejaVu Sans");
  TextStyle regular{11}, bold{11, true};
  TextBox narrow = text.Measure(kLong, regular, 120, 1);
  TextBox free = text.Measure(kLong, regular);
  TextBox two = text.Measure(kLong, regular, 120, 2);
  TextBox heavy = text.Measure(kLong, bold);
  EXPECT_TRUE(narrow.ellipsized);
  EXPECT_FALSE(free.ellipsized);
  EXPECT_EQ(two.lines, 2);
  EXPECT_GT(heavy.width, free.width);
  EXPECT_DOUBLE_EQ(text.Measure(kLong, regular, 120, 1).width, narrow.width);
}

}  // namespace
}  // namespace kfl
