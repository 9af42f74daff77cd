// Document::Block: one block of a Document (a cover, the table of contents,
// a heading, a paragraph or list item, a figure, a table or a page break)
// in reading order: what the caller added, and then what measuring it
// (pdf/measurer) found, which drawing it (pdf/renderer) uses.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "pdf/document.h"
#include "pdf/layouter.h"

namespace kfl {

struct Document::Block {
  enum class Kind { kCover, kContents, kHeading, kText, kFigure, kTable, kBreak } kind;

  // Content, by kind.
  CoverPage cover;
  int level = 0;          // heading
  bool contents = false;  // heading: an entry of the table of contents
  std::string anchor;     // heading
  std::string heading;    // heading; contents heading
  RichText text;          // text
  TextKind text_kind = TextKind::kBody;
  std::string label;       // list item: "•" or "3."
  bool list_last = false;  // the last item of its list
  double indent = 0;       // list item
  std::shared_ptr<const Chart> chart;
  std::optional<ChartContext> ctx;  // the caller's, without titles
  std::string title, subtitle, alt;
  TableBlock table;

  // Measured.
  double before = 0, after = 0;
  pdf::Laid laid;                                 // heading, text, contents heading
  pdf::Laid label_laid;                           // list item label
  pdf::Laid title_laid, subtitle_laid, alt_laid;  // figure
  double chart_scale = 1, chart_height = 0;       // figure: drawn height (pt)
  std::vector<pdf::Laid> cells;                   // table: header cells, then row by row
  std::vector<double> col_x, col_w;
  std::vector<double> row_h;          // table: header first; contents: per entry
  std::vector<const Block*> entries;  // contents
  std::vector<pdf::Laid> entry_laid;  // contents

  // Figure: the height of its title, subtitle and text alternative, with
  // their gaps; and of all of it.
  double FigureTextHeight() const {
    return title_laid.height + (subtitle_laid.lines.empty() ? 0 : subtitle_laid.height + 2) + 6 +
           6 + alt_laid.height;
  }
  double FigureHeight() const { return FigureTextHeight() + chart_height * chart_scale; }
};

}  // namespace kfl
