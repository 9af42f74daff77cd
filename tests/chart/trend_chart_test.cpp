#include "chart/trend_chart.h"

#include <gtest/gtest.h>

#include "chart/render.h"
#include "chart_test_util.h"

namespace kfl {
namespace {

using testing::ElementText;
using testing::TestContext;

TrendChart Small() {
  TrendChart c;
  c.title = "Utvikling";
  c.row_header = "Område";
  c.waves = {"2016", "2018", "2020"};
  c.series = {
      {"Læringsmiljø", {ChartValue::Of(48), ChartValue::Of(50), ChartValue::Of(51)}},
      {"Relasjoner",
       {ChartValue::Of(55), ChartValue::Hidden("færre enn 10 svar"), ChartValue::Of(49.2)}}};
  return c;
}

TEST(TrendChartTest, MatchesReferenceImages) {
  for (const char* name : {"trend_areas", "trend_negative"}) {
    auto chart = testing::GalleryChart(name);
    EXPECT_EQ(testing::CompareWithReference(*chart, name), "") << name;
  }
}

TEST(TrendChartTest, ChangeSkipsHiddenValuesAndNeedsTwo) {
  TrendChart c = Small();
  double d = 0;
  ASSERT_TRUE(c.Change(c.series[0], &d));
  EXPECT_DOUBLE_EQ(d, 0.3);
  ASSERT_TRUE(c.Change(c.series[1], &d));
  EXPECT_NEAR(d, -0.58, 1e-12);
  TrendChart::Series one{"x", {ChartValue::Of(50), ChartValue::Hidden("")}};
  EXPECT_FALSE(c.Change(one, &d));
}

TEST(TrendChartTest, NegativeChangeIsWrittenWithAMinusSign) {
  TestContext t;
  TrendChart c = Small();
  EXPECT_EQ(c.TextAlternative(t.ctx),
            "Figuren viser T-skåren for Læringsmiljø og Relasjoner fra 2016 til 2020; størst "
            "endring har Relasjoner, \u22120,6 standardavvik.");
  DataTable table = c.Table(t.ctx);
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[1][2], "\u2013 (færre enn 10 svar)");
  EXPECT_EQ(table.rows[1][4], "\u22120,6");
  EXPECT_EQ(table.rows[0][4], "+0,3");
  EXPECT_NE(ElementText(RenderSvg(c, t.ctx), "desc").find("\u22120,6"), std::string::npos);
}

// An indicator (issue #23): values in their own unit, as percentages with
// their suffix, the change in percentage points, no reference line at 50,
// and a year without a figure is a gap, not a hidden value.
TEST(TrendChartTest, AnIndicatorInItsOwnUnitWithoutAReferenceLine) {
  TestContext t;
  TrendChart c;
  c.title = "Fullført innen fem år";
  c.row_header = "Enhet";
  c.waves = {"2016", "2018", "2020"};
  c.t_score = false;
  c.decimals = 0;
  c.suffix = "\u00a0%";
  c.change_suffix = "\u00a0prosentpoeng";
  c.min_span = 20;
  c.series = {{"Hamar", {ChartValue::Of(76), ChartValue::Of(78), ChartValue::Of(79)}},
              {"Norge", {ChartValue::Of(74), ChartValue(), ChartValue::Of(78)}}};
  double d = 0;
  ASSERT_TRUE(c.Change(c.series[0], &d));
  EXPECT_DOUBLE_EQ(d, 3) << "in percentage points, not SD";
  EXPECT_EQ(c.Value(79, t.ctx), "79\u00a0%");
  const DataTable table = c.Table(t.ctx);
  EXPECT_EQ(table.header.back(), "Endring fra første måling");
  EXPECT_EQ(table.rows[0][1], "76\u00a0%");
  EXPECT_EQ(table.rows[0][4], "+3\u00a0prosentpoeng");
  EXPECT_EQ(table.rows[1][4], "+4\u00a0prosentpoeng");
  EXPECT_EQ(c.TextAlternative(t.ctx),
            "Figuren viser Hamar og Norge fra 2016 til 2020; størst endring har Norge, +4\u00a0prosentpoeng.");
  const std::string svg = RenderSvg(c, t.ctx);
  EXPECT_EQ(svg.find("Fylket i referanseåret"), std::string::npos) << "no reference line in the legend";
  EXPECT_EQ(svg.find("Skjult"), std::string::npos) << "a missing year is not a hidden value";
  EXPECT_NE(svg.find("Hamar\u00a079\u00a0%"), std::string::npos) << "the end label with its unit";
  // Lines that did not move are not said to have changed most "by 0".
  c.series = {{"Jenter", {ChartValue::Of(82), ChartValue::Of(83), ChartValue::Of(82.2)}}};
  EXPECT_EQ(c.TextAlternative(t.ctx),
            "Figuren viser Jenter fra 2016 til 2020; ingen av dem har endret seg fra første til siste måling.");
}

}  // namespace
}  // namespace kfl
