// DivergingChart: the distribution of answers to each item as a diverging
// stacked bar: the unfavourable answers to the left of the centre line, the
// favourable ones to the right, a neutral middle category split across it.
// The favourable end is on the right for every item, reverse items (where
// the bottom of the scale is favourable) included, and coloured in one
// family, the unfavourable in the other; the legend names the families.
// An item may be shown in groups of categories (privacy/category.h): a group
// is one segment, coloured by where it lies, and named in the data table
// with the answers it holds ("Litt enig + Helt enig"). Each segment shows
// its percentage where the text fits (in black or white, whichever
// contrasts more with the fill). Item texts wrap into up to three lines and
// end in an ellipsis beyond that. A hidden item is one line: a hatched box
// at the centre with its reason.
#pragma once

#include <string>
#include <vector>

#include "chart/chart.h"

namespace kfl {

struct DivergingChart final : Chart {
  // A group of categories [first, last] (indices in scale order) and its share.
  struct Segment {
    int first = 0;
    int last = 0;
    double percent = 0;  // 0-100
  };
  struct Row {
    std::string label;             // the item text
    std::vector<double> percents;  // one per category, 0-100, scale order (or segments)
    std::vector<Segment> segments;  // groups covering the scale once; used when given
    bool reverse = false;           // the favourable end is the bottom of the scale
    bool suppressed = false;
    std::string reason;  // translated, when suppressed
  };
  std::string title;
  std::string row_header;               // data table's first column ("Spørsmål")
  std::vector<std::string> categories;  // scale labels, most negative first
  std::vector<Row> rows;

  double Height(double width, ChartContext& ctx) const override;
  void Draw(Canvas& canvas, double width, double height, ChartContext& ctx) const override;
  std::string Title() const override { return title; }
  std::string TextAlternative(const ChartContext& ctx) const override;
  DataTable Table(const ChartContext& ctx) const override;
  std::string Kind() const override { return "diverging"; }

  // Share of the favourable end (the categories beyond the middle on the
  // favourable side), 0-100.
  double AgreeShare(const Row& row) const;
  // The row's segments, left to right as drawn (unfavourable first).
  std::vector<Segment> Drawn(const Row& row) const;
};

}  // namespace kfl
