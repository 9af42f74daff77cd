// DivergingChart: the distribution of answers to each item as a diverging
// stacked bar: the disagreeing categories to the left of the centre line,
// the agreeing ones to the right, a neutral middle category split across
// it. Each segment shows its percentage where the text fits (in black or
// white, whichever contrasts more with the fill); the legend names the
// categories in scale order. Item texts wrap into up to three lines and end
// in an ellipsis beyond that. A suppressed item is a hatched box at the
// centre with its reason.
#pragma once

#include <string>
#include <vector>

#include "chart/chart.h"

namespace kfl {

struct DivergingChart final : Chart {
  struct Row {
    std::string label;             // the item text
    std::vector<double> percents;  // one per category, 0-100, scale order
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

  // Share of the categories above the middle (the agreeing side), 0-100.
  double AgreeShare(const Row& row) const;
};

}  // namespace kfl
