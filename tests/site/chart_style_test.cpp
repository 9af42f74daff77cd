#include "site/chart_style.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "../chart/chart_test_util.h"
#include "chart/caterpillar_chart.h"
#include "chart/diverging_chart.h"
#include "chart/gallery.h"
#include "chart/render.h"
#include "chart/tbar_chart.h"

namespace kfl {
namespace {

// The content column of a 390 px phone: kfl.css pads .wrap by 1rem (16 px)
// on each side.
constexpr double kPhoneContentWidth = 390 - 2 * 16;

TEST(SiteChartStyleTest, SmallestTextIsElevenPxOnAPhone) {
  const Theme t = SiteChartTheme();
  const double smallest = std::min({t.title_size, t.label_size, t.value_size, t.axis_size});
  EXPECT_GE(smallest * kPhoneContentWidth / kSiteChartWidth, 11.0);
  // A phone never shows a chart narrower than its design width would be
  // shrunk to below the content column.
  EXPECT_LE(kSiteChartWidth, kPhoneContentWidth);
}

TEST(SiteChartStyleTest, CssCapsTheShownWidth) {
  EXPECT_NE(SiteChartCss().find("figure.chart img { max-width: 476px; }"), std::string::npos)
      << SiteChartCss();
}

// Drawn as the site draws them, no label of a gallery chart is cut off with
// an ellipsis: names wrap onto a second line (or the layout stacks). Left
// out: names made too long to fit anywhere, and the heat table, which the
// site shows as an HTML table.
TEST(SiteChartStyleTest, GalleryLabelsWrapInsteadOfBeingCut) {
  const Theme theme = SiteChartTheme();
  Typesetter text(theme.font_family);
  ChartContext ctx{text, theme, testing::BokmalCatalog(), NumberStyle::kNorwegian};
  ctx.draw_titles = false;
  for (const GalleryEntry& e : GalleryCharts(testing::BokmalCatalog())) {
    if (e.name == "tbar_long_names" || e.name == "trend_negative" ||
        e.chart->Kind() == "heat_table")
      continue;
    const std::string svg = RenderSvg(*e.chart, ctx, {.width = kSiteChartWidth, .id_prefix = "c"});
    EXPECT_EQ(svg.find("\u2026"), std::string::npos) << e.name << " has a label cut with \u2026";
  }
}

// The longest reasons for a hidden value (privacy.reason.*) wrap beside
// the hatch in the site's charts; they were cut to "skjult for å beskytte e…"
// and "færre enn 3 svar, ogs…".
TEST(SiteChartStyleTest, LongReasonsForHiddenValuesWrapInsteadOfBeingCut) {
  const Catalog& catalog = testing::BokmalCatalog();
  const Theme theme = SiteChartTheme();
  Typesetter text(theme.font_family);
  ChartContext ctx{text, theme, catalog, NumberStyle::kNorwegian};
  ctx.draw_titles = false;
  for (const char* key : {"privacy.reason.complementary", "privacy.reason.category_complementary",
                          "privacy.reason.category_too_few", "privacy.reason.sensitive"}) {
    const std::string reason = catalog.Format(key, {{"n", "3"}});
    TBarChart tbar;
    tbar.series = {"10A", "Hamar ungdomsskole", "Hamar", "Hedmark"};
    tbar.rows = {
        {"Trivsel",
         {ChartValue::Hidden(reason), ChartValue::Of(51), ChartValue::Of(49), ChartValue::Of(50)}}};
    DivergingChart diverging;
    diverging.categories = {"Helt uenig", "Litt uenig", "Litt enig", "Helt enig"};
    diverging.rows = {{"Jeg trives på skolen.", {10, 20, 30, 40}},
                      {"Jeg føler meg trygg på skolen.", {}, {}, false, true, reason}};
    CaterpillarChart caterpillar;
    caterpillar.units = {{"Hamar ungdomsskole", ChartValue::WithCi(51, 48, 54), true},
                         {"Åsen barneskole", ChartValue::Hidden(reason)}};
    for (const Chart* chart :
         std::initializer_list<const Chart*>{&tbar, &diverging, &caterpillar}) {
      const std::string svg = RenderSvg(*chart, ctx, {.width = kSiteChartWidth, .id_prefix = "c"});
      EXPECT_EQ(svg.find("\u2026"), std::string::npos) << chart->Kind() << ", " << key;
    }
  }
}

TEST(SiteChartStyleTest, GalleryMatchesReferenceImages) {
  const testing::ReferenceStyle style{kSiteChartWidth, SiteChartTheme(), false};
  for (const char* name : {"tbar_class", "tbar_all_suppressed", "diverging_items", "trend_areas",
                           "caterpillar_municipalities", "caterpillar_300_units", "gender_areas",
                           "scatter_background"}) {
    auto chart = testing::GalleryChart(name);
    EXPECT_EQ(testing::CompareWithReference(*chart, std::string("site_") + name, style), "")
        << name;
  }
}

}  // namespace
}  // namespace kfl
