// GenderChart: girls and boys side by side as a dot plot (a "dumbbell"):
// per row (area or factor) a circle for girls and a square for boys on the
// T-score axis, joined by a thin line, with the difference d (girls minus
// boys, in SD units) in a column on the right. Shapes and the legend tell
// the groups apart, not colour alone. A suppressed value is a hatched box
// with its reason.
#pragma once

#include <string>
#include <vector>

#include "chart/chart.h"

namespace kfl {

struct GenderChart final : Chart {
  struct Row {
    std::string label;
    ChartValue girls;
    ChartValue boys;
  };
  std::string title;
  std::string row_header;  // data table's first column
  std::vector<Row> rows;
  std::string rows_word;  // as TBarChart::rows_word

  double Height(double width, ChartContext& ctx) const override;
  void Draw(Canvas& canvas, double width, double height, ChartContext& ctx) const override;
  std::string Title() const override { return title; }
  std::string TextAlternative(const ChartContext& ctx) const override;
  DataTable Table(const ChartContext& ctx) const override;
  std::string Kind() const override { return "gender"; }
};

}  // namespace kfl
