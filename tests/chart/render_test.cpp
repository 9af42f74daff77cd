#include "chart/render.h"

#include <gtest/gtest.h>

#include <set>
#include <thread>

#include "chart/tbar_chart.h"
#include "chart_test_util.h"

namespace kfl {
namespace {

using testing::ElementText;
using testing::TestContext;

TEST(RenderTest, SvgBytesAreTheSameEveryTime) {
  std::unique_ptr<Chart> chart = testing::GalleryChart("tbar_class");
  TestContext a;
  std::string first = RenderSvg(*chart, a.ctx);
  std::string second = RenderSvg(*chart, a.ctx);
  TestContext b;  // a fresh Typesetter (as in another thread)
  std::string third = RenderSvg(*chart, b.ctx);
  EXPECT_TRUE(first == second) << "second render in the same process differs";
  EXPECT_TRUE(first == third) << "render with a fresh Typesetter differs";
  EXPECT_GT(first.size(), 1000u);
}

// Every id in the SVGs of one page is unique, and each reference points at
// an id of its own document (the site prefixes them by figure).
TEST(RenderTest, IdsAreUniqueWithinAPageAndReferencesResolve) {
  TestContext t;
  std::set<std::string> page;
  for (const char* name :
       {"tbar_all_suppressed", "heat_table_all_suppressed", "scatter_background"}) {
    std::unique_ptr<Chart> chart = testing::GalleryChart(name);
    std::string svg = RenderSvg(*chart, t.ctx, {.id_prefix = std::string("f-") + name});
    std::set<std::string> ids;
    for (size_t at = svg.find(" id=\""); at != std::string::npos; at = svg.find(" id=\"", at + 1)) {
      std::string id = svg.substr(at + 5, svg.find('"', at + 5) - at - 5);
      EXPECT_EQ(id.rfind(std::string("f-") + name + "-", 0), 0u) << name << ": " << id;
      EXPECT_TRUE(ids.insert(id).second) << name << ": " << id << " twice";
      EXPECT_TRUE(page.insert(id).second) << name << ": " << id << " in another chart";
    }
    // Title and desc; the scatter also clips its fit line (hatching has no clip).
    EXPECT_GE(ids.size(), std::string(name) == "scatter_background" ? 3u : 2u) << name;
    for (size_t at = svg.find("url(#"); at != std::string::npos; at = svg.find("url(#", at + 1))
      EXPECT_TRUE(ids.count(svg.substr(at + 5, svg.find(')', at) - at - 5))) << name;
  }
}

// The thread rule of chart.h: charts shared, one Typesetter per thread. The
// bytes must not depend on which thread drew a chart.
TEST(RenderTest, ThreadsWithTheirOwnTypesetterGiveTheSameBytes) {
  std::vector<GalleryEntry> charts = GalleryCharts(testing::BokmalCatalog());
  std::vector<std::string> serial;
  {
    TestContext t;
    for (const auto& e : charts) serial.push_back(RenderSvg(*e.chart, t.ctx));
  }
  constexpr int kThreads = 3;
  std::vector<std::vector<std::string>> parallel(kThreads);
  std::vector<std::thread> threads;
  for (int k = 0; k < kThreads; ++k)
    threads.emplace_back([&, k] {
      TestContext t;
      for (const auto& e : charts) parallel[k].push_back(RenderSvg(*e.chart, t.ctx));
    });
  for (auto& th : threads) th.join();
  for (int k = 0; k < kThreads; ++k)
    for (size_t i = 0; i < charts.size(); ++i)
      EXPECT_TRUE(parallel[k][i] == serial[i]) << charts[i].name << " in thread " << k;
}

TEST(RenderTest, PdfBytesAreTheSameEveryTimeAndCarryTheGivenDate) {
  std::unique_ptr<Chart> chart = testing::GalleryChart("tbar_class");
  TestContext t;
  PdfOptions options;
  options.created = "2020-06-01T12:00:00Z";
  std::string first = RenderPdf({chart.get(), chart.get()}, t.ctx, options);
  std::string second = RenderPdf({chart.get(), chart.get()}, t.ctx, options);
  EXPECT_TRUE(first == second);
  EXPECT_EQ(first.rfind("%PDF-", 0), 0u);
  EXPECT_NE(first.find("CreationDate (20200601120000Z)"), std::string::npos) << "creation date";
  EXPECT_NE(first.find("/Count 2"), std::string::npos) << "one page per chart";
}

TEST(RenderTest, PngIsAPngOfTheRequestedWidth) {
  std::unique_ptr<Chart> chart = testing::GalleryChart("tbar_class");
  TestContext t;
  std::string png = RenderPng(*chart, t.ctx, 300, 2);
  ASSERT_GT(png.size(), 24u);
  EXPECT_EQ(png.substr(1, 3), "PNG");
  auto be32 = [&](size_t at) {
    return (static_cast<unsigned char>(png[at]) << 24) |
           (static_cast<unsigned char>(png[at + 1]) << 16) |
           (static_cast<unsigned char>(png[at + 2]) << 8) | static_cast<unsigned char>(png[at + 3]);
  };
  EXPECT_EQ(be32(16), 600u) << "IHDR width is width x scale";
  EXPECT_TRUE(png == RenderPng(*chart, t.ctx, 300, 2));
}

TEST(RenderTest, TitlesCanBeLeftToThePage) {
  std::unique_ptr<Chart> chart = testing::GalleryChart("tbar_class");
  TestContext t;
  double with = chart->Height(640, t.ctx);
  std::string drawn = RenderSvg(*chart, t.ctx);
  t.ctx.draw_titles = false;
  EXPECT_LT(chart->Height(640, t.ctx), with);
  std::string left = RenderSvg(*chart, t.ctx);
  EXPECT_LT(left.size(), drawn.size());
  EXPECT_EQ(ElementText(left, "title"), chart->Title()) << "still in <title>";
}

TEST(RenderTest, SvgCarriesTitleAndTextAlternative) {
  TBarChart chart;
  chart.title = "8A & <skolen>";
  chart.series = {"8A", "Hedmark"};
  chart.rows = {{"Trivsel", {ChartValue::WithCi(53.21, 50, 56.4), ChartValue::Of(50)}}};
  TestContext t;
  SvgOptions options;
  options.id_prefix = "f1";
  std::string svg = RenderSvg(chart, t.ctx, options);
  EXPECT_EQ(ElementText(svg, "title"), "8A &amp; &lt;skolen&gt;");
  EXPECT_EQ(ElementText(svg, "desc"), chart.TextAlternative(t.ctx));
  EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
  EXPECT_NE(ElementText(svg, "desc").find("53,2"), std::string::npos);
  EXPECT_LT(svg.find("<title"), svg.find("<path")) << "title comes first inside <svg>";
}

TEST(RenderTest, SvgTextIsTextElementsInDrawingOrderNotGlyphOutlines) {
  TBarChart chart;
  chart.title = "t";
  chart.series = {"8A <b>", "Hedmark"};
  chart.rows = {{"Trivsel & ro", {ChartValue::Of(53.21), ChartValue::Of(50)}}};
  TestContext t;
  t.ctx.draw_titles = false;
  std::string svg = RenderSvg(chart, t.ctx);
  EXPECT_EQ(svg.find("<symbol"), std::string::npos) << "no glyph outlines";
  EXPECT_NE(svg.find(">Trivsel &amp; ro</text>"), std::string::npos) << svg;
  EXPECT_NE(svg.find(">8A &lt;b&gt;</text>"), std::string::npos) << svg;
  EXPECT_NE(svg.find(">53,2</text>"), std::string::npos) << svg;
  EXPECT_NE(svg.find("textLength=\""), std::string::npos);
  EXPECT_NE(svg.find("<style>text{font-family:\"DejaVu Sans\",sans-serif"), std::string::npos);
  // The value label is drawn after its bar, so it comes after it.
  EXPECT_LT(svg.find("<path"), svg.find(">53,2</text>"));
}

}  // namespace
}  // namespace kfl
