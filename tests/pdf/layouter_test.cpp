#include "pdf/layouter.h"

#include <gtest/gtest.h>

#include <string>

namespace kfl::pdf {
namespace {

struct Fixture {
  Typesetter text{"DejaVu Sans"};
  Layouter lay{text.pango_context(), text.font_family(), nullptr};
};

TEST(LayouterTest, WrapsAtTheWidthAndMeasuresItsLines) {
  Fixture f;
  std::string words;
  for (int i = 0; i < 30; ++i) words += "ord" + std::to_string(i) + " ";
  const Laid laid = f.lay.Lay(words, {.size = 10}, 120);
  ASSERT_GT(laid.lines.size(), 3u);
  EXPECT_LE(laid.width, 120.01);
  EXPECT_DOUBLE_EQ(laid.height, laid.Height(0, laid.lines.size()));
  int bytes = 0;
  for (size_t i = 0; i < laid.lines.size(); ++i) {
    const Line& line = laid.lines[i];
    EXPECT_GT(line.height, 0) << "line " << i;
    EXPECT_LT(line.baseline, line.y + line.height) << "line " << i;
    if (i > 0) {
      EXPECT_GE(line.y, laid.lines[i - 1].y + laid.lines[i - 1].height - 0.01) << "line " << i;
    }
    EXPECT_EQ(line.start, bytes) << "line " << i;
    bytes += line.length;
  }
  EXPECT_EQ(laid.Height(1, 1), 0);
  EXPECT_DOUBLE_EQ(laid.Height(1, 3), laid.lines[2].y + laid.lines[2].height - laid.lines[1].y);
}

TEST(LayouterTest, ShortTextIsOneLineAndKeepsItsLinks) {
  Fixture f;
  RichText text;
  text.Add("Se ").Add("metoden", {.link = "#h3"}).Add(" og ").Bold("svarene");
  const Laid laid = f.lay.Lay(text, {.size = 10}, 400);
  EXPECT_EQ(laid.lines.size(), 1u);
  ASSERT_EQ(laid.links.size(), 1u);
  EXPECT_EQ(laid.links[0].link, "#h3");
  EXPECT_EQ(text.text.substr(laid.links[0].start, laid.links[0].end - laid.links[0].start),
            "metoden");
}

TEST(LayouterTest, LargerTypeIsTaller) {
  Fixture f;
  const Laid small = f.lay.Lay("Trivsel", {.size = 8}, 400);
  const Laid large = f.lay.Lay("Trivsel", {.size = 18}, 400);
  EXPECT_GT(large.height, small.height);
  EXPECT_GT(large.width, small.width);
}

}  // namespace
}  // namespace kfl::pdf
