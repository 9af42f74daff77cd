#include "chart/tbar_chart.h"

#include <cmath>

#include <gtest/gtest.h>

#include "chart/render.h"
#include "chart_test_util.h"

namespace kfl {
namespace {

using testing::ElementText;
using testing::TestContext;

TBarChart Small() {
  TBarChart c;
  c.title = "8A";
  c.row_header = "Faktor";
  c.series = {"8A", "Hamar skole", "Hedmark"};
  c.rows = {
      {"Trivsel", {ChartValue::WithCi(53.21, 50.1, 56.3), ChartValue::Of(51), ChartValue::Of(50)}},
      {"Arbeidsro",
       {ChartValue::WithCi(44.04, 40.2, 47.9), ChartValue::Of(49.5), ChartValue::Of(50)}},
      {"Trygghet",
       {ChartValue::Hidden("færre enn 10 svar"), ChartValue::Of(48), ChartValue::Of(50)}}};
  return c;
}

TEST(TBarChartTest, MatchesReferenceImages) {
  for (const char* name : {"tbar_class", "tbar_long_names", "tbar_all_suppressed"}) {
    auto chart = testing::GalleryChart(name);
    EXPECT_EQ(testing::CompareWithReference(*chart, name), "") << name;
  }
}

TEST(TBarChartTest, TextAlternativeNamesHighestAndLowest) {
  TestContext t;
  EXPECT_EQ(Small().TextAlternative(t.ctx),
            "Figuren viser T-skårer for 8A, Hamar skole og Hedmark på 3 områder eller faktorer; "
            "8A ligger høyest på Trivsel (53,2) og lavest på Arbeidsro (44,0).");
  // A chart that knows its rows are factors says so.
  TBarChart factors = Small();
  factors.rows_word = "faktorer";
  EXPECT_EQ(factors.TextAlternative(t.ctx),
            "Figuren viser T-skårer for 8A, Hamar skole og Hedmark på 3 faktorer; "
            "8A ligger høyest på Trivsel (53,2) og lavest på Arbeidsro (44,0).");
}

TEST(TBarChartTest, TextAlternativeOfOneRowNamesItsValue) {
  TestContext t;
  TBarChart c = Small();
  c.rows.resize(1);
  EXPECT_EQ(c.TextAlternative(t.ctx),
            "Figuren viser T-skårer for 8A, Hamar skole og Hedmark på Trivsel: 8A har 53,2.");
}

TEST(TBarChartTest, TableHasEveryValueAndTheReasonForHiddenOnes) {
  TestContext t;
  DataTable table = Small().Table(t.ctx);
  std::vector<std::string> header{"Faktor", "8A", "Hamar skole", "Hedmark"};
  EXPECT_EQ(table.header, header);
  ASSERT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(table.rows[0][1], "53,2 (50,1\u201356,3)");
  EXPECT_EQ(table.rows[2][1], "\u2013 (færre enn 10 svar)") << "hidden, never 0";
  // The sheet: each value and its limits in columns of their own, as shown.
  const Sheet& sheet = table.sheet;
  ASSERT_EQ(sheet.header.size(), 10u);
  EXPECT_EQ(sheet.header[2], "8A: nedre grense (95 %)");
  EXPECT_EQ(sheet.rows[0][0].text, "Trivsel");
  EXPECT_DOUBLE_EQ(sheet.rows[0][1].number, 53.2);
  EXPECT_EQ(sheet.rows[0][1].decimals, 1);
  EXPECT_DOUBLE_EQ(sheet.rows[0][2].number, 50.1);
  EXPECT_DOUBLE_EQ(sheet.rows[0][3].number, 56.3);
  EXPECT_TRUE(std::isnan(sheet.rows[0][5].number)) << "Hamar skole has no CI";
  EXPECT_TRUE(std::isnan(sheet.rows[2][1].number)) << "hidden: empty";
  EXPECT_EQ(sheet.notes[2], "færre enn 10 svar");
  EXPECT_EQ(sheet.notes[0], "");
}

// A sheet number is the page's figure: rounded as the page rounds it
// (44.5 with no decimals is 44, as "44"), a percentage as its share.
TEST(TBarChartTest, SheetNumbersAreThePagesFigures) {
  EXPECT_DOUBLE_EQ(SheetCell::Number(44.5, 0).number, 44);
  EXPECT_DOUBLE_EQ(SheetCell::Number(53.25, 1).number, 53.2);
  EXPECT_DOUBLE_EQ(SheetCell::Number(80.64, 1, true).number, 0.806);
  EXPECT_TRUE(SheetCell::Number(80.64, 1, true).percent);
  EXPECT_TRUE(std::isnan(SheetCell::Number(std::nan(""), 1).number));
}

TEST(TBarChartTest, SvgHasTitleDescAndGrowsWithRows) {
  TestContext t;
  TBarChart c = Small();
  std::string svg = RenderSvg(c, t.ctx);
  EXPECT_EQ(ElementText(svg, "title"), "8A");
  EXPECT_NE(ElementText(svg, "desc").find("Arbeidsro (44,0)"), std::string::npos);
  double h3 = c.Height(640, t.ctx);
  c.rows.push_back(c.rows[0]);
  EXPECT_GT(c.Height(640, t.ctx), h3);
}

}  // namespace
}  // namespace kfl
