// Measurer: measures a Document's blocks before they are placed on pages.
// It lays out each block's texts (pdf/layouter) in their styles
// (pdf/styles), sizes its figure (scaled down when taller than the type
// area) and table columns, sets its gaps, and stores all of that in the
// block for drawing (pdf/renderer); it returns the sizes that pagination
// needs (pdf/paginator).
//
//   Measurer measurer(layouter, theme);
//   std::vector<BlockBox> boxes;
//   for (auto& b : blocks) boxes.push_back(measurer.Measure(*b, contents_entries));
#pragma once

#include <vector>

#include "chart/theme.h"
#include "pdf/block.h"
#include "pdf/layouter.h"
#include "pdf/paginator.h"

namespace kfl::pdf {

class Measurer {
 public:
  // REQUIRES: `layouter` and `theme` outlive the Measurer.
  Measurer(Layouter& layouter, const Theme& theme) : lay_(layouter), theme_(theme) {}

  // Measures `b`, once; `entries` are the headings of the table of contents
  // (used by a kContents block, which keeps them). A figure's chart is
  // measured with its block's ChartContext.
  BlockBox Measure(Document::Block& b, const std::vector<const Document::Block*>& entries);

 private:
  void MeasureTable(Document::Block& b);

  Layouter& lay_;
  const Theme& theme_;
};

}  // namespace kfl::pdf
