#include "pdf/measurer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "pdf/page.h"
#include "text/catalog.h"

namespace kfl::pdf {
namespace {

using Block = Document::Block;
using Kind = Block::Kind;

// A chart of a given height that draws nothing.
struct FixedChart final : Chart {
  double height = 100;
  double Height(double, ChartContext&) const override { return height; }
  void Draw(Canvas&, double, double, ChartContext&) const override {}
  std::string Title() const override { return "Diagram"; }
  std::string TextAlternative(const ChartContext&) const override { return "Et diagram."; }
  DataTable Table(const ChartContext&) const override { return {}; }
  std::string Kind() const override { return "fixed"; }
};

struct Fixture {
  Typesetter text{"DejaVu Sans"};
  Theme theme;
  Catalog catalog;
  Layouter lay{text.pango_context(), text.font_family(), nullptr};
  Measurer measurer{lay, theme};

  BlockBox Measure(Block& b, const std::vector<const Block*>& entries = {}) {
    return measurer.Measure(b, entries);
  }
};

TEST(MeasurerTest, HeadingsHaveTheGapsOfTheirLevel) {
  struct Case {
    int level;
    double before, after;
  };
  for (const Case& c : {Case{1, 20, 12}, Case{2, 16, 6}, Case{3, 11, 6}}) {
    Fixture f;
    Block b{.kind = Kind::kHeading, .level = c.level, .heading = "Trivsel"};
    const BlockBox box = f.Measure(b);
    EXPECT_EQ(box.kind, BlockBox::Kind::kHeading) << "level " << c.level;
    EXPECT_EQ(box.before, c.before) << "level " << c.level;
    EXPECT_EQ(box.after, c.after) << "level " << c.level;
    EXPECT_EQ(box.height, b.laid.height) << "level " << c.level;
    EXPECT_GT(box.height, 0) << "level " << c.level;
  }
}

TEST(MeasurerTest, TextGivesItsLinesAndListItemsSmallGapsButTheLast) {
  Fixture f;
  std::string words;
  for (int i = 0; i < 200; ++i) words += "ord ";
  Block paragraph{.kind = Kind::kText, .text = RichText().Add(words)};
  Block item{.kind = Kind::kText, .text = RichText().Add("en"), .label = "•", .indent = 16};
  Block last = item;
  last.list_last = true;
  const BlockBox box = f.Measure(paragraph);
  ASSERT_EQ(box.lines.size(), paragraph.laid.lines.size());
  EXPECT_GT(box.lines.size(), 3u);
  EXPECT_EQ(box.LinesHeight(0, box.lines.size()), paragraph.laid.height);
  EXPECT_EQ(box.after, 7);
  EXPECT_EQ(f.Measure(item).after, 3);
  EXPECT_EQ(f.Measure(last).after, 7);
  EXPECT_EQ(item.label_laid.lines.size(), 1u) << "the label is laid out";
}

TEST(MeasurerTest, TableRowsAreTheirTallestCellAndThePadding) {
  Fixture f;
  Block b{.kind = Kind::kTable};
  b.table.widths = {1, 3};
  b.table.header = {{RichText().Add("Klasse")}, {RichText().Add("Kommentar")}};
  b.table.rows = {{{RichText().Add("8A")}, {RichText().Add("kort")}},
                  {{RichText().Add("8B")}},  // a missing cell is empty
                  {{RichText().Add("8C")}, {RichText().Add(std::string(400, 'x'))}}};
  const BlockBox box = f.Measure(b);
  ASSERT_EQ(box.rows.size(), 4u) << "the header row, then the rows";
  EXPECT_EQ(box.rows, b.row_h);
  EXPECT_EQ(b.cells.size(), 8u) << "a layout per column in every row";
  for (size_t r = 0; r < 4; ++r) {
    const double tallest = std::max(b.cells[2 * r].height, b.cells[2 * r + 1].height);
    EXPECT_EQ(box.rows[r], tallest + 2 * kCellPad) << "row " << r;
  }
  EXPECT_GT(box.rows[3], box.rows[1]) << "a long cell wraps";
  EXPECT_DOUBLE_EQ(b.col_w[1], 3 * b.col_w[0]);
  EXPECT_DOUBLE_EQ(b.col_w[0] + b.col_w[1], kTextWidth);
  EXPECT_EQ(b.col_x[0], kMarginX);
}

TEST(MeasurerTest, AFigureTallerThanThePageIsScaledToFitIt) {
  Fixture f;
  ChartContext ctx{f.text, f.theme, f.catalog};
  for (double height : {100.0, 5000.0}) {
    auto chart = std::make_shared<FixedChart>();
    chart->height = height;
    Block b{.kind = Kind::kFigure, .chart = chart, .title = "Trivsel", .alt = "Et diagram."};
    b.ctx.emplace(ctx);
    const BlockBox box = f.Measure(b);
    EXPECT_LE(box.height, kBottom - kTop) << "chart of " << height;
    EXPECT_DOUBLE_EQ(box.height, b.FigureTextHeight() + height * b.chart_scale)
        << "chart of " << height;
    if (height == 100) {
      EXPECT_DOUBLE_EQ(b.chart_scale, kTextWidth / kChartLayoutWidth) << "drawn at text width";
    }
  }
}

TEST(MeasurerTest, TheContentsHaveAnEntryPerHeading) {
  Fixture f;
  Block h1{.kind = Kind::kHeading, .level = 1, .heading = "Elever"};
  Block h2{.kind = Kind::kHeading, .level = 2, .heading = "Trivsel"};
  Block contents{.kind = Kind::kContents, .heading = "Innhold"};
  const BlockBox box = f.Measure(contents, {&h1, &h2});
  ASSERT_EQ(box.rows.size(), 2u);
  EXPECT_EQ(contents.entries.size(), 2u);
  EXPECT_EQ(box.height, contents.laid.height + 12);
  EXPECT_EQ(box.rows[0], contents.entry_laid[0].height + 7);
  EXPECT_EQ(box.rows[1], contents.entry_laid[1].height + 3);
}

}  // namespace
}  // namespace kfl::pdf
