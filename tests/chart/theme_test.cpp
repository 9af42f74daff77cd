#include "chart/theme.h"

#include <gtest/gtest.h>

#include "chart/heat_table.h"

namespace kfl {
namespace {

// WCAG 1.4.11: marks needed to read a chart (bars, lines, points) have at
// least 3:1 contrast against the background.
TEST(ThemeTest, SeriesColoursHaveThreeToOneContrastOnWhite) {
  Theme theme;
  for (size_t i = 0; i < theme.series.size(); ++i)
    EXPECT_GE(ContrastRatio(theme.series[i], theme.background), 3.0) << "series colour " << i;
  for (const auto& [name, color] : {std::pair{"axis", theme.axis},
                                    {"reference", theme.reference},
                                    {"suppressed", theme.suppressed},
                                    {"muted", theme.muted_text}})
    EXPECT_GE(ContrastRatio(color, theme.background), 3.0) << name;
  EXPECT_GE(ContrastRatio(theme.text, theme.background), 4.5);
  EXPECT_GE(ContrastRatio(theme.muted_text, theme.background), 4.5) << "axis labels are text";
}

// Numbers printed on fills (diverging segments, heat table cells) are text:
// 4.5:1 with the colour TextColorOn chooses.
TEST(ThemeTest, TextOnEveryFillIsReadable) {
  Theme theme;
  for (int count = 2; count <= 7; ++count)
    for (const Rgb& fill : DivergingColors(theme, count))
      EXPECT_GE(ContrastRatio(TextColorOn(fill), fill), 4.5) << count << " categories";
  for (double t = 30; t <= 70; t += 0.5) {
    Rgb fill = HeatTable::Fill(t, theme);
    EXPECT_GE(ContrastRatio(TextColorOn(fill), fill), 4.5) << "heat cell T = " << t;
  }
}

TEST(ThemeTest, DivergingColoursAreSymmetric) {
  Theme theme;
  for (int count = 2; count <= 7; ++count) {
    std::vector<Rgb> c = DivergingColors(theme, count);
    ASSERT_EQ(static_cast<int>(c.size()), count);
    EXPECT_EQ(c.front(), theme.diverging.front()) << count;
    EXPECT_EQ(c.back(), theme.diverging.back()) << count;
    if (count % 2 == 1) {
      EXPECT_EQ(c[count / 2], theme.diverging[2]) << count;
    }
  }
}

// Every level keeps one colour in every report (the class, school and
// municipality reports draw the county in the same grey).
TEST(ThemeTest, EachLevelHasOneColourOfItsOwn) {
  const Theme t;
  const Level levels[] = {Level::kClass, Level::kSchool, Level::kMunicipality, Level::kCounty};
  for (Level a : levels) {
    EXPECT_GE(ContrastRatio(t.LevelColor(a), t.background), 3.0) << LevelName(a);
    for (Level b : levels) {
      if (a == b) continue;
      EXPECT_FALSE(t.LevelColor(a) == t.LevelColor(b)) << LevelName(a) << " " << LevelName(b);
    }
  }
  EXPECT_EQ(t.LevelColor(Level::kGroup), t.LevelColor(Level::kClass));
  EXPECT_EQ(t.LevelColor(Level::kKindergarten), t.LevelColor(Level::kSchool));
  EXPECT_EQ(t.LevelColor(Level::kCounty), Rgb::Hex(0x595959));
}

TEST(ThemeTest, MarkersCycleThroughDistinctShapes) {
  EXPECT_NE(Theme::Marker(0), Theme::Marker(1));
  EXPECT_EQ(Theme::Marker(0), Theme::Marker(6));
}

}  // namespace
}  // namespace kfl
