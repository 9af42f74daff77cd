#include "chart/caterpillar_chart.h"

#include <gtest/gtest.h>

#include "chart/render.h"
#include "chart_test_util.h"

namespace kfl {
namespace {

using testing::ElementText;
using testing::TestContext;

CaterpillarChart Small() {
  CaterpillarChart c;
  c.title = "Skolene";
  c.parent_label = "Hamar";
  c.parent_value = 49;
  c.units = {{"B-skole", ChartValue::WithCi(52, 49, 55)},
             {"A-skole", ChartValue::WithCi(45.5, 42, 49)},
             {"C-skole", ChartValue::Hidden("færre enn 10 svar")},
             {"D-skole", ChartValue::WithCi(52, 50, 54)}};
  return c;
}

TEST(CaterpillarChartTest, MatchesReferenceImages) {
  for (const char* name : {"caterpillar_municipalities", "caterpillar_one_unit",
                           "caterpillar_300_units", "caterpillar_all_suppressed"}) {
    auto chart = testing::GalleryChart(name);
    EXPECT_EQ(testing::CompareWithReference(*chart, name), "") << name;
  }
}

TEST(CaterpillarChartTest, SortsByValueThenNameWithHiddenLast) {
  std::vector<int> expected{1, 0, 3, 2};
  EXPECT_EQ(Small().SortedOrder(), expected);
}

TEST(CaterpillarChartTest, TextAlternativeAndTable) {
  TestContext t;
  CaterpillarChart c = Small();
  EXPECT_EQ(c.TextAlternative(t.ctx),
            "Figuren viser T-skåren for 4 enheter sortert fra lavest til høyest, fra 45,5 "
            "(A-skole) til 52,0 (D-skole); 2 av dem har høyere T-skåre enn Hamar (49,0).");
  DataTable table = c.Table(t.ctx);
  ASSERT_EQ(table.rows.size(), 4u);
  EXPECT_EQ(table.rows[0][0], "A-skole");
  EXPECT_EQ(table.rows[3][1], "\u2013 (færre enn 10 svar)");
}

TEST(CaterpillarChartTest, HeightIsBoundedForManyUnits) {
  TestContext t;
  CaterpillarChart c = Small();
  double few = c.Height(640, t.ctx);
  for (int i = 0; i < 40; ++i) c.units.push_back(c.units[0]);
  double named = c.Height(640, t.ctx);
  EXPECT_GT(named, few) << "one row per unit up to kMaxNamedUnits";
  for (int i = 0; i < 260; ++i) c.units.push_back(c.units[0]);
  double many = c.Height(640, t.ctx);
  EXPECT_LT(many, 500) << "300 units fit on a page";
  EXPECT_NE(ElementText(RenderSvg(c, t.ctx), "desc").find("304 enheter"), std::string::npos);
}

}  // namespace
}  // namespace kfl
