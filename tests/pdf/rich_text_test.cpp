#include "pdf/rich_text.h"

#include <gtest/gtest.h>

namespace kfl {
namespace {

TEST(RichTextTest, KeepsTheRangesOfStyledRunsOnly) {
  RichText t;
  t.Bold("Svar: ").Add("52 av 60 (se ").Add("metoden", {.link = "#h3"}).Italic(")");
  EXPECT_EQ(t.text, "Svar: 52 av 60 (se metoden)");
  ASSERT_EQ(t.spans.size(), 3u) << "the plain run has no span";
  EXPECT_TRUE(t.spans[0].bold);
  EXPECT_EQ(t.spans[0].start, 0u);
  EXPECT_EQ(t.spans[0].end, 6u);
  EXPECT_EQ(t.spans[1].link, "#h3");
  EXPECT_EQ(t.text.substr(t.spans[1].start, t.spans[1].end - t.spans[1].start), "metoden");
  EXPECT_TRUE(t.spans[2].italic);
  EXPECT_EQ(t.spans[2].end, t.text.size());
  EXPECT_FALSE(t.empty());
  EXPECT_TRUE(RichText().empty());
}

TEST(RichTextTest, MarkupInTheTextIsText) {
  RichText t;
  t.Add("<b>8A</b> & *ikke kursiv*");
  EXPECT_EQ(t.text, "<b>8A</b> & *ikke kursiv*");
  EXPECT_TRUE(t.spans.empty());
}

}  // namespace
}  // namespace kfl
