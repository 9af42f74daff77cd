#include "chart/gallery.h"

#include <gtest/gtest.h>

#include <set>

#include "chart/render.h"
#include "chart_test_util.h"

namespace kfl {
namespace {

TEST(GalleryTest, EveryKindAndEdgeCaseIsThere) {
  std::set<std::string> kinds, names;
  for (const GalleryEntry& e : GalleryCharts(testing::BokmalCatalog())) {
    kinds.insert(e.chart->Kind());
    EXPECT_TRUE(names.insert(e.name).second) << "duplicate name " << e.name;
  }
  std::set<std::string> expected{"tbar",    "diverging", "trend",     "caterpillar",
                                 "scatter", "gender",    "heat_table"};
  EXPECT_EQ(kinds, expected);
  for (const char* edge : {"caterpillar_one_unit", "caterpillar_300_units", "tbar_all_suppressed",
                           "tbar_long_names", "trend_negative", "heat_table_all_suppressed"})
    EXPECT_TRUE(names.count(edge)) << edge;
}

// Every chart's texts are complete sentences from the catalog (no raw key,
// no unreplaced placeholder) and its table is rectangular.
TEST(GalleryTest, TextAlternativesAndTablesAreComplete) {
  testing::TestContext t;
  for (const GalleryEntry& e : GalleryCharts(testing::BokmalCatalog())) {
    std::string alt = e.chart->TextAlternative(t.ctx);
    EXPECT_EQ(alt.find("chart."), std::string::npos) << e.name << ": " << alt;
    EXPECT_EQ(alt.find('{'), std::string::npos) << e.name << ": " << alt;
    EXPECT_EQ(alt.back(), '.') << e.name;
    DataTable table = e.chart->Table(t.ctx);
    EXPECT_FALSE(table.rows.empty()) << e.name;
    for (const auto& row : table.rows) EXPECT_EQ(row.size(), table.header.size()) << e.name;
  }
}

}  // namespace
}  // namespace kfl
