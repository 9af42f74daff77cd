#include "chart/gender_chart.h"

#include <gtest/gtest.h>

#include "chart/render.h"
#include "chart_test_util.h"

namespace kfl {
namespace {

using testing::ElementText;
using testing::TestContext;

TEST(GenderChartTest, MatchesReferenceImage) {
  auto chart = testing::GalleryChart("gender_areas");
  EXPECT_EQ(testing::CompareWithReference(*chart, "gender_areas"), "");
}

TEST(GenderChartTest, DifferenceIsGirlsMinusBoysInSdUnits) {
  TestContext t;
  GenderChart c;
  c.row_header = "Område";
  c.rows = {{"Læringsmiljø", ChartValue::Of(51), ChartValue::Of(49)},
            {"Relasjoner", ChartValue::Of(47), ChartValue::Of(52.5)},
            {"Undervisning", ChartValue::Of(50), ChartValue::Hidden("færre enn 10 svar")}};
  DataTable table = c.Table(t.ctx);
  ASSERT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(table.rows[0][3], "+0,20");
  EXPECT_EQ(table.rows[1][3], "\u22120,55");
  EXPECT_EQ(table.rows[2][2], "\u2013 (færre enn 10 svar)");
  EXPECT_EQ(table.rows[2][3], "\u2013");
  EXPECT_EQ(c.TextAlternative(t.ctx),
            "Figuren viser T-skårer for jenter og gutter på 3 områder eller faktorer; størst "
            "forskjell er det på Relasjoner, der guttene ligger 0,55 standardavvik høyere.");
  EXPECT_NE(ElementText(RenderSvg(c, t.ctx), "desc").find("guttene"), std::string::npos);
}

}  // namespace
}  // namespace kfl
