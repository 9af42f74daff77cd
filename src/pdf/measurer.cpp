#include "pdf/measurer.h"

#include <algorithm>
#include <cmath>

#include "pdf/page.h"
#include "pdf/styles.h"

namespace kfl::pdf {
namespace {

using Block = Document::Block;
using Kind = Block::Kind;

// The sizes of a measured block that pagination needs.
BlockBox BoxOf(const Block& b) {
  switch (b.kind) {
    case Kind::kCover:
      return BlockBox::Cover();
    case Kind::kBreak:
      return BlockBox::Break();
    case Kind::kHeading:
      return BlockBox::Heading(b.laid.height, b.before, b.after);
    case Kind::kText: {
      std::vector<LineBox> lines;
      lines.reserve(b.laid.lines.size());
      for (const Line& l : b.laid.lines) lines.push_back({l.y, l.height});
      return BlockBox::Text(std::move(lines), b.after, b.before);
    }
    case Kind::kFigure:
      return BlockBox::Figure(b.FigureHeight(), b.before, b.after);
    case Kind::kTable:
      return BlockBox::Table(b.row_h, b.before, b.after);
    case Kind::kContents:
      return BlockBox::Contents(b.laid.height + 12, b.row_h, b.after);
  }
  return {};
}

}  // namespace

BlockBox Measurer::Measure(Block& b, const std::vector<const Block*>& entries) {
  switch (b.kind) {
    case Kind::kCover:
    case Kind::kBreak:
      break;
    case Kind::kHeading: {
      b.laid = lay_.Lay(b.heading, HeadingStyle(theme_, b.level), kTextWidth);
      const double before[] = {20, 16, 11};
      b.before = before[b.level - 1];
      b.after = b.level == 1 ? 12 : 6;
      break;
    }
    case Kind::kText: {
      const double indent = b.indent;
      b.laid = lay_.Lay(b.text, ParagraphStyle(theme_, b.text_kind), kTextWidth - indent);
      if (!b.label.empty()) {
        b.label_laid =
            lay_.Lay(b.label, ParagraphStyle(theme_, b.text_kind), indent - 4, Align::kEnd);
      }
      b.before = 0;
      b.after = b.label.empty() || b.list_last ? 7 : 3;
      break;
    }
    case Kind::kFigure: {
      b.title_laid =
          lay_.Lay(b.title, {.size = 10.5, .bold = true, .color = theme_.text}, kTextWidth);
      if (!b.subtitle.empty()) {
        b.subtitle_laid = lay_.Lay(b.subtitle, ParagraphStyle(theme_, TextKind::kNote), kTextWidth);
      }
      b.alt_laid = lay_.Lay(b.alt, ParagraphStyle(theme_, TextKind::kCaption), kTextWidth);
      const double h = std::ceil(b.chart->Height(kChartLayoutWidth, *b.ctx));
      b.chart_height = h;
      b.chart_scale = kTextWidth / kChartLayoutWidth;
      // A figure is never split: one taller than the type area is scaled
      // down, leaving room for the headings above it (a section's and its
      // first subsection's), which never end a page alone.
      constexpr double kHeadingsRoom = 100;
      const double room = (kBottom - kTop) - b.FigureTextHeight() - 8 - kHeadingsRoom;
      if (h * b.chart_scale > room) b.chart_scale = room / h;
      b.before = 6;
      b.after = 14;
      break;
    }
    case Kind::kTable:
      MeasureTable(b);
      break;
    case Kind::kContents: {
      b.laid = lay_.Lay(b.heading, HeadingStyle(theme_, 1), kTextWidth);
      b.entries = entries;
      for (const Block* h : entries) {
        const double indent = h->level == 1 ? 0 : 16;
        b.entry_laid.push_back(
            lay_.Lay(h->heading, ContentsEntryStyle(theme_, h->level), kTextWidth - indent - 40));
        b.row_h.push_back(b.entry_laid.back().height + (h->level == 1 ? 7 : 3));
      }
      b.before = 0;
      b.after = 10;
      break;
    }
  }
  return BoxOf(b);
}

void Measurer::MeasureTable(Block& b) {
  const TableBlock& t = b.table;
  double total = 0;
  for (double w : t.widths) total += w;
  double x = kMarginX;
  for (double w : t.widths) {
    b.col_x.push_back(x);
    b.col_w.push_back(kTextWidth * w / total);
    x += b.col_w.back();
  }
  auto row = [&](const std::vector<TableCell>& cells, bool header) {
    double h = 0;
    // Every row has a layout per column (missing cells are empty).
    for (size_t c = 0; c < b.col_w.size(); ++c) {
      const Style s{.size = 8.5, .bold = header, .color = theme_.text, .line_spacing = 1.1};
      const TableCell empty;
      const TableCell& cell = c < cells.size() ? cells[c] : empty;
      b.cells.push_back(lay_.Lay(cell.text, s, b.col_w[c] - 2 * kCellPad, cell.align));
      h = std::max(h, b.cells.back().height);
    }
    b.row_h.push_back(h + 2 * kCellPad);
  };
  row(t.header, true);
  for (const auto& r : t.rows) row(r, false);
  b.before = 4;
  b.after = 12;
}

}  // namespace kfl::pdf
