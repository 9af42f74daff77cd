#include "pdf/paginator.h"

// The paginator is plain arithmetic: its header brings in no drawing library.
#if defined(CAIRO_H) || defined(__PANGO_H__) || defined(__G_LIB_H__)
#error "pdf/paginator.h must not include cairo, pango or glib"
#endif

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace kfl::pdf {
namespace {

// Pages of 100 pt (top 0, bottom 100), so that every case is easy to check
// by hand; lines are 10 pt apart unless said otherwise.
constexpr PageArea kArea{.top = 0, .bottom = 100};

std::vector<LineBox> Lines(int n, double height = 10) {
  std::vector<LineBox> lines;
  for (int i = 0; i < n; ++i) lines.push_back({i * height, height});
  return lines;
}

// "block 1 on page 2 at y 14, lines 0-5": one piece per line, so that a
// failure shows where every piece went.
std::string Describe(const std::vector<Piece>& pieces) {
  std::ostringstream out;
  for (const Piece& p : pieces) {
    out << "block " << p.block << " page " << p.page << " y " << p.y;
    if (p.from != 0 || p.to != 0) out << " [" << p.from << ", " << p.to << ")";
    out << "\n";
  }
  return out.str();
}

struct Case {
  std::string name;
  std::vector<BlockBox> blocks;
  std::vector<Piece> want;
  int pages;
};

std::vector<Case> Cases() {
  using B = BlockBox;
  return {
      {"the cover is alone on the first page",
       {B::Cover(), B::Text(Lines(1), 7)},
       {{0, 1, 0}, {1, 2, 0, 0, 1}},
       2},
      {"a page break right after the cover adds no empty page",
       {B::Cover(), B::Break(), B::Text(Lines(1), 7)},
       {{0, 1, 0}, {2, 2, 0, 0, 1}},
       2},
      {"a page break starts a new page",
       {B::Text(Lines(1), 7), B::Break(), B::Text(Lines(1), 7)},
       {{0, 1, 0, 0, 1}, {2, 2, 0, 0, 1}},
       2},
      {"the gap above a block is dropped at the top of a page",
       {B::Heading(10, 20, 5), B::Text(Lines(1), 7)},
       {{0, 1, 0}, {1, 1, 15, 0, 1}},
       1},
      // y 75 after the first text; the heading needs 6 + 10 + 4 and two lines
      // of its text (20) = 40 > 25.
      {"a heading goes over with the start of its text",
       {B::Text(Lines(7), 5), B::Heading(10, 6, 4), B::Text(Lines(5), 7)},
       {{0, 1, 0, 0, 7}, {1, 2, 0}, {2, 2, 14, 0, 5}},
       2},
      // y 55: 40 fits in 45; the heading at 61, two lines at 75, three go over.
      {"a heading stays where two lines of its text fit below it",
       {B::Text(Lines(5), 5), B::Heading(10, 6, 4), B::Text(Lines(5), 7)},
       {{0, 1, 0, 0, 5}, {1, 1, 61}, {2, 1, 75, 0, 2}, {2, 2, 0, 2, 5}},
       2},
      // y 60: the heading (10) and the whole figure (35) = 45 > 40.
      {"a heading goes over with the whole figure after it",
       {B::Text(Lines(6), 0), B::Heading(10, 0, 0), B::Figure(35, 0, 0)},
       {{0, 1, 0, 0, 6}, {1, 2, 0}, {2, 2, 10}},
       2},
      // y 70: the line, its gap and the figure with its gap: 10 + 7 + 36 > 30.
      {"a text of one line goes over with what follows it",
       {B::Text(Lines(7), 0), B::Text(Lines(1), 7), B::Figure(30, 6, 0)},
       {{0, 1, 0, 0, 7}, {1, 2, 0, 0, 1}, {2, 2, 23}},
       2},
      {"a paragraph leaves no line alone at the bottom of a page",
       {B::Text(Lines(9), 0), B::Text(Lines(5), 7)},
       {{0, 1, 0, 0, 9}, {1, 2, 0, 0, 5}},
       2},
      // y 50: five of six lines would fit; two go over instead of one.
      {"a paragraph leaves no line alone at the top of a page",
       {B::Text(Lines(5), 0), B::Text(Lines(6), 7)},
       {{0, 1, 0, 0, 5}, {1, 1, 50, 0, 4}, {1, 2, 0, 4, 6}},
       2},
      // The exception in paginator.h, kept so that reports keep their bytes;
      // see DISABLED_ThreeLinesAreNotSplitTwoPlusOne.
      {"known exception: three lines split two + one",
       {B::Text(Lines(8), 0), B::Text(Lines(3), 7)},
       {{0, 1, 0, 0, 8}, {1, 1, 80, 0, 2}, {1, 2, 0, 2, 3}},
       2},
      {"a long paragraph runs over three pages",
       {B::Text(Lines(25), 0)},
       {{0, 1, 0, 0, 10}, {0, 2, 0, 10, 20}, {0, 3, 0, 20, 25}},
       3},
      {"a line taller than the page is one piece",
       {B::Text({{0, 150}}, 0)},
       {{0, 1, 0, 0, 1}},
       1},
      // y 60: 6 + 50 > 40.
      {"a figure is never split",
       {B::Text(Lines(6), 0), B::Figure(50, 6, 14)},
       {{0, 1, 0, 0, 6}, {1, 2, 0}},
       2},
      {"a figure taller than the page is one piece",
       {B::Figure(150, 6, 14)},
       {{0, 1, 0}},
       1},
      // Header 10 and rows of 20: four rows fit (90), the header and the last
      // two on page 2 (50), the text after the gap (12) at 62.
      {"a table breaks between rows and repeats its header",
       {B::Table({10, 20, 20, 20, 20, 20, 20}, 4, 12), B::Text(Lines(1), 7)},
       {{0, 1, 0, 0, 4}, {0, 2, 0, 4, 6}, {1, 2, 62, 0, 1}},
       2},
      // y 85: the gap, the header and the first row (34) need more than 15.
      {"a table goes over when its header and first row do not fit",
       {B::Text(Lines(8), 5), B::Table({10, 20, 20}, 4, 12)},
       {{0, 1, 0, 0, 8}, {1, 2, 0, 0, 2}},
       2},
      // Its heading (30) and three entries of 20 on page 2, two on page 3.
      {"the contents start a page and have their heading on the first only",
       {B::Text(Lines(1), 7), B::Contents(30, {20, 20, 20, 20, 20}, 10)},
       {{0, 1, 0, 0, 1}, {1, 2, 0, 0, 3}, {1, 3, 0, 3, 5}},
       3},
  };
}

TEST(PaginatorTest, PlacesBlocksByTheLayoutRules) {
  for (const Case& c : Cases()) {
    const Pagination got = Paginate(c.blocks, kArea);
    EXPECT_EQ(Describe(got.pieces), Describe(c.want)) << c.name;
    EXPECT_EQ(got.pages, c.pages) << c.name;
  }
}

TEST(PaginatorTest, NoBlocksNoPages) {
  const Pagination got = Paginate({}, kArea);
  EXPECT_TRUE(got.pieces.empty());
  EXPECT_EQ(got.pages, 0);
}

TEST(PaginatorTest, LinesHeightIsFromTheFirstTopToTheLastBottom) {
  const BlockBox text = BlockBox::Text({{0, 12}, {12.5, 12}, {25, 14}}, 0);
  EXPECT_EQ(text.LinesHeight(0, 3), 39);
  EXPECT_EQ(text.LinesHeight(1, 3), 26.5);
  EXPECT_EQ(text.LinesHeight(2, 2), 0);
}

// What the rule asks for; Paginate does not do it yet, because doing it
// moves text in reports that exist (site/rapport.pdf of the example data).
TEST(PaginatorTest, DISABLED_ThreeLinesAreNotSplitTwoPlusOne) {
  const Pagination got =
      Paginate({BlockBox::Text(Lines(8), 0), BlockBox::Text(Lines(3), 7)}, kArea);
  EXPECT_EQ(Describe(got.pieces), Describe({{0, 1, 0, 0, 8}, {1, 2, 0, 0, 3}}));
}

}  // namespace
}  // namespace kfl::pdf
