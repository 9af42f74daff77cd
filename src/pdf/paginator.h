// Paginate: places a document's measured blocks on pages. Plain arithmetic
// on sizes in points; it knows nothing of cairo, pango or what a block
// holds, so its rules are tested with hand-made sizes
// (tests/pdf/paginator_test.cpp):
//
//   - a cover is alone on the first page;
//   - a page break starts a new page (unless the page is still empty);
//   - a heading stays with the start of what follows it (and a text of at
//     most two lines followed by something other than a heading stays with
//     that too);
//   - a text breaks between lines, never leaving one line alone at the
//     bottom of a page, nor at the top, with one exception: when just
//     two of the last three lines of a text fit, they stay and the third
//     goes over alone (fixing it moves text in existing reports, see
//     DISABLED_ThreeLinesAreNotSplitTwoPlusOne in paginator_test.cpp);
//   - a figure is never split;
//   - a table breaks between rows, and every part has the header row;
//   - the table of contents starts on a page of its own and breaks between
//     entries; its heading is on its first part only.
//
// The gap above a block (`before`) is dropped at the top of a page.
//
//   Pagination p = Paginate({BlockBox::Heading(20, 10, 5), BlockBox::Text(lines, 7)});
//   for (const Piece& piece : p.pieces) ...   // block, page, y, [from, to)
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "pdf/page.h"

namespace kfl::pdf {

// A line of a text: its top, relative to the text's first line, and height.
struct LineBox {
  double top = 0;
  double height = 0;
};

// What paginating needs to know of a block: its kind and its measured
// sizes (pt).
struct BlockBox {
  enum class Kind { kCover, kBreak, kHeading, kText, kFigure, kTable, kContents };
  Kind kind = Kind::kText;
  double before = 0;  // the gap above it (none at the top of a page)
  double after = 0;   // the gap below it
  // kHeading: its text; kFigure: all of it (title, chart, caption);
  // kContents: its heading and the gap below that.
  double height = 0;
  std::vector<LineBox> lines;  // kText: its lines, top to bottom
  // kTable: the header row, then the rows; kContents: one per entry.
  std::vector<double> rows;

  // The height of lines [from, to) of a text.
  double LinesHeight(size_t from, size_t to) const;

  static BlockBox Cover() { return {.kind = Kind::kCover}; }
  static BlockBox Break() { return {.kind = Kind::kBreak}; }
  static BlockBox Heading(double height, double before, double after) {
    return {.kind = Kind::kHeading, .before = before, .after = after, .height = height};
  }
  static BlockBox Text(std::vector<LineBox> lines, double after, double before = 0) {
    return {.kind = Kind::kText, .before = before, .after = after, .lines = std::move(lines)};
  }
  static BlockBox Figure(double height, double before, double after) {
    return {.kind = Kind::kFigure, .before = before, .after = after, .height = height};
  }
  // REQUIRES: `rows` has the header row first.
  static BlockBox Table(std::vector<double> rows, double before, double after) {
    return {.kind = Kind::kTable, .before = before, .after = after, .rows = std::move(rows)};
  }
  static BlockBox Contents(double heading, std::vector<double> entries, double after) {
    return {.kind = Kind::kContents, .after = after, .height = heading, .rows = std::move(entries)};
  }
};

// Where a piece of a block went.
struct Piece {
  size_t block = 0;  // index in Paginate's input
  int page = 0;      // 1-based
  double y = 0;      // top, from the top of the page (a cover's is 0)
  // kText: lines [from, to); kTable: rows [from, to), counting from the first
  // row after the header; kContents: entries [from, to). 0 otherwise.
  size_t from = 0, to = 0;
};

struct Pagination {
  std::vector<Piece> pieces;  // in the order of the blocks, then of the pages
  int pages = 0;
};

// The part of a page that blocks are placed in.
struct PageArea {
  double top = kTop;
  double bottom = kBottom;
};

// Places `blocks`, in order, on pages of `area`. A kBreak has no piece.
// A block taller than the page still gets one piece (it runs over the
// bottom); so does a line or a row taller than the page.
Pagination Paginate(const std::vector<BlockBox>& blocks, const PageArea& area = {});

}  // namespace kfl::pdf
