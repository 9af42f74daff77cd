#include "chart/heat_table.h"

#include <gtest/gtest.h>

#include "chart/render.h"
#include "chart_test_util.h"

namespace kfl {
namespace {

using testing::ElementText;
using testing::TestContext;

TEST(HeatTableTest, MatchesReferenceImages) {
  for (const char* name : {"heat_table_classes", "heat_table_all_suppressed"}) {
    auto chart = testing::GalleryChart(name);
    EXPECT_EQ(testing::CompareWithReference(*chart, name), "") << name;
  }
}

TEST(HeatTableTest, FillIsNeutralNearFiftyAndDivergesAway) {
  Theme theme;
  EXPECT_EQ(HeatTable::Fill(50.5, theme), HeatTable::Fill(49.5, theme));
  EXPECT_NE(HeatTable::Fill(45, theme), HeatTable::Fill(55, theme));
  EXPECT_EQ(HeatTable::Fill(70, theme), HeatTable::Fill(80, theme)) << "saturates at 1 SD";
}

TEST(HeatTableTest, TableMarksHiddenAndRaggedCells) {
  TestContext t;
  HeatTable h;
  h.title = "Klassene";
  h.row_header = "Klasse";
  h.columns = {"Trivsel", "Arbeidsro"};
  h.rows = {"8A", "8B"};
  h.cells = {{ChartValue::Of(52.25), ChartValue::Hidden("færre enn 10 svar")},
             {ChartValue::Of(44)}};
  DataTable table = h.Table(t.ctx);
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[0][1], "52,2");
  EXPECT_EQ(table.rows[0][2], "\u2013 (færre enn 10 svar)");
  EXPECT_EQ(table.rows[1][2], "\u2013") << "missing cell is no value, not 0";
  EXPECT_EQ(h.TextAlternative(t.ctx),
            "Tabellen viser T-skårer for 2 klasser på 2 faktorer; lavest er 8B på Trivsel (44,0), "
            "høyest 8A på Trivsel (52,2).");
  EXPECT_EQ(ElementText(RenderSvg(h, t.ctx), "title"), "Klassene");
}

}  // namespace
}  // namespace kfl

namespace kfl {
namespace {

TEST(HeatTableTest, ManyNarrowColumnsAreDrawnTransposed) {
  Theme theme;
  HeatTable h;
  h.rows = {"8A", "8B", "9A"};
  for (int i = 0; i < 15; ++i) h.columns.push_back("Faktor " + std::to_string(i));
  EXPECT_TRUE(h.Transposed(640, theme)) << "15 factors, 3 classes";
  h.columns.resize(5);
  EXPECT_FALSE(h.Transposed(640, theme)) << "5 columns fit";
  h.columns.resize(15);
  for (int i = 0; i < 20; ++i) h.rows.push_back("10" + std::to_string(i));
  EXPECT_FALSE(h.Transposed(640, theme)) << "more rows than columns";
  testing::TestContext t;
  h.rows.resize(3);
  double transposed = h.Height(640, t.ctx);
  EXPECT_GT(transposed, 15 * 20) << "one line per factor";
}

}  // namespace
}  // namespace kfl
