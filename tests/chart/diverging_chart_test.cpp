#include "chart/diverging_chart.h"

#include <gtest/gtest.h>

#include "chart/render.h"
#include "chart_test_util.h"

namespace kfl {
namespace {

using testing::ElementText;
using testing::TestContext;

DivergingChart Small() {
  DivergingChart c;
  c.title = "Svar";
  c.row_header = "Spørsmål";
  c.categories = {"Helt uenig", "Litt uenig", "Verken enig eller uenig", "Litt enig", "Helt enig"};
  c.rows = {{"Jeg trives på skolen.", {2, 8, 10, 40, 40}},
            {"Det er arbeidsro i timene.", {10, 20, 30, 30, 10}},
            {"Jeg føler meg trygg.", {}, true, "færre enn 10 svar"}};
  return c;
}

TEST(DivergingChartTest, MatchesReferenceImages) {
  for (const char* name : {"diverging_items", "diverging_suppressed"}) {
    auto chart = testing::GalleryChart(name);
    EXPECT_EQ(testing::CompareWithReference(*chart, name), "") << name;
  }
}

TEST(DivergingChartTest, AgreeShareCountsTheCategoriesAboveTheMiddle) {
  DivergingChart c = Small();
  EXPECT_DOUBLE_EQ(c.AgreeShare(c.rows[0]), 80);
  c.categories.pop_back();  // four categories: the upper two agree
  c.rows[0].percents = {10, 20, 30, 40};
  EXPECT_DOUBLE_EQ(c.AgreeShare(c.rows[0]), 70);
}

TEST(DivergingChartTest, TextAlternativeAndTable) {
  TestContext t;
  DivergingChart c = Small();
  EXPECT_EQ(
      c.TextAlternative(t.ctx),
      "Figuren viser svarfordelingen på 3 spørsmål; størst andel enige er det i "
      "«Jeg trives på skolen.» (80\u00a0%), minst i «Det er arbeidsro i timene.» (40\u00a0%).");
  DataTable table = c.Table(t.ctx);
  ASSERT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(table.rows[0][4], "40,0\u00a0%");
  EXPECT_EQ(table.rows[2][1], "\u2013 (færre enn 10 svar)");
  std::string svg = RenderSvg(c, t.ctx);
  EXPECT_NE(ElementText(svg, "desc").find("80\u00a0%"), std::string::npos);
}

}  // namespace
}  // namespace kfl
