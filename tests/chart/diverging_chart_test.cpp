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
            {"Jeg føler meg trygg.", {}, {}, false, true, "færre enn 10 svar"}};
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

TEST(DivergingChartTest, GroupsAndReverseItemsKeepTheFavourableEndOnTheRight) {
  DivergingChart c = Small();
  // Bullying, where "never" (the bottom) is favourable, in two groups.
  DivergingChart::Row bullied{"Jeg blir mobbet.", {}, {{0, 1, 90}, {2, 4, 10}}, true};
  const std::vector<DivergingChart::Segment> drawn = c.Drawn(bullied);
  ASSERT_EQ(drawn.size(), 2u);
  EXPECT_EQ(drawn[0].first, 0);
  EXPECT_EQ(drawn[0].last, 2);
  EXPECT_DOUBLE_EQ(drawn[0].percent, 10) << "the rest on the left";
  EXPECT_EQ(drawn[1].first, 3);
  EXPECT_DOUBLE_EQ(drawn[1].percent, 90) << "never and rarely on the right";
  EXPECT_DOUBLE_EQ(c.AgreeShare(bullied), 90);
  // Three groups: the middle alone is split across the centre line.
  DivergingChart::Row three{"Jeg liker skolen.", {}, {{0, 1, 20}, {2, 2, 30}, {3, 4, 50}}};
  EXPECT_DOUBLE_EQ(c.AgreeShare(three), 50);
}

TEST(DivergingChartTest, TextAlternativeAndTable) {
  TestContext t;
  DivergingChart c = Small();
  EXPECT_EQ(c.TextAlternative(t.ctx),
            "Figuren viser svarfordelingen på 3 spørsmål; størst andel svar i den gunstige enden "
            "er det på «Jeg trives på skolen.» (80\u00a0%), minst på «Det er arbeidsro i timene.» "
            "(40\u00a0%).");
  c.rows[0].segments = {{0, 2, 20}, {3, 4, 80}};
  DataTable table = c.Table(t.ctx);
  ASSERT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(table.header.size(), 2u);
  EXPECT_EQ(table.rows[0][1],
            "Helt uenig + Litt uenig + Verken enig eller uenig: 20,0\u00a0% \u00b7 "
            "Litt enig + Helt enig: 80,0\u00a0%");
  EXPECT_EQ(table.rows[2][1], "\u2013 (færre enn 10 svar)");
  // The sheet: a column per answer; a group's share under its first answer.
  const Sheet& sheet = table.sheet;
  ASSERT_EQ(sheet.header.size(), 6u);
  EXPECT_EQ(sheet.header[1], "Helt uenig");
  EXPECT_DOUBLE_EQ(sheet.rows[0][1].number, 0.2);
  EXPECT_TRUE(sheet.rows[0][1].percent);
  EXPECT_TRUE(std::isnan(sheet.rows[0][2].number));
  EXPECT_DOUBLE_EQ(sheet.rows[0][4].number, 0.8);
  EXPECT_NE(sheet.notes[0].find("Litt enig + Helt enig er slått sammen"), std::string::npos) << sheet.notes[0];
  EXPECT_EQ(sheet.notes[2], "færre enn 10 svar");
  // One question shown: no highest and lowest.
  c.rows[1].suppressed = true;
  EXPECT_EQ(c.TextAlternative(t.ctx),
            "Figuren viser svarfordelingen på 3 spørsmål; bare «Jeg trives på skolen.» kan vises, "
            "og der svarte 80\u00a0% i den gunstige enden.");
  std::string svg = RenderSvg(c, t.ctx);
  EXPECT_NE(ElementText(svg, "desc").find("80\u00a0%"), std::string::npos);
}

}  // namespace
}  // namespace kfl
