#include "chart/scatter_chart.h"

#include <gtest/gtest.h>

#include "chart/render.h"
#include "chart_test_util.h"

namespace kfl {
namespace {

using testing::ElementText;
using testing::TestContext;

ScatterChart Small() {
  ScatterChart c;
  c.title = "Bakgrunn og grunnskolepoeng";
  c.x_label = "Høyere utdanning (%)";
  c.y_label = "Grunnskolepoeng";
  c.y_decimals = 1;
  c.points = {{"Hamar", 20, 38},
              {"Løten", 30, 41},
              {"Stange", 40, 42},
              {"Os", 50, 0, true, "færre enn 10 svar"}};
  return c;
}

TEST(ScatterChartTest, MatchesReferenceImage) {
  auto chart = testing::GalleryChart("scatter_background");
  EXPECT_EQ(testing::CompareWithReference(*chart, "scatter_background"), "");
}

TEST(ScatterChartTest, FitLeavesOutHiddenUnits) {
  LinearFit f = Small().Fit();
  ASSERT_TRUE(f.valid);
  EXPECT_NEAR(f.slope, 0.2, 1e-9);
  EXPECT_NEAR(f.intercept, 34.333333333, 1e-6);
}

TEST(ScatterChartTest, TableHasResidualsAndTextAlternativeCountsSides) {
  TestContext t;
  ScatterChart c = Small();
  DataTable table = c.Table(t.ctx);
  ASSERT_EQ(table.rows.size(), 4u);
  EXPECT_EQ(table.rows[0][3], "\u22120,3");  // 38 - 38.333
  EXPECT_EQ(table.rows[1][3], "+0,7");
  EXPECT_EQ(table.rows[3][1], "\u2013 (færre enn 10 svar)");
  EXPECT_EQ(c.TextAlternative(t.ctx),
            "Figuren viser 3 enheter etter Høyere utdanning (%) og Grunnskolepoeng; linjen viser "
            "sammenhengen (+0,20 per enhet på den vannrette aksen), og 1 enheter ligger over linjen, 2 under.");
  EXPECT_NE(ElementText(RenderSvg(c, t.ctx), "title").find("grunnskolepoeng"), std::string::npos);
}

}  // namespace
}  // namespace kfl

namespace kfl {
namespace {

TEST(ScatterChartTest, TwoPointsGetNoLineAndSayWhy) {
  testing::TestContext t;
  ScatterChart c = Small();
  c.points.erase(c.points.begin());
  ASSERT_EQ(c.ShownCount(), 2);
  EXPECT_EQ(c.TextAlternative(t.ctx),
            "Figuren viser Høyere utdanning (%) og Grunnskolepoeng, men for få enheter har synlige "
            "verdier til å tegne en linje.");
}

}  // namespace
}  // namespace kfl
