// TrendChart: change over waves. One line with points per series (an area,
// or a level: class, school, municipality, county); the first wave's point
// is hollow and labelled with its value, the line ends in a direct label
// with the series' name and last value, so no legend lookup and no colour
// is needed to tell the lines apart (each also has its own marker shape).
// The dashed line is the county's reference, 50. A suppressed value breaks
// the line and shows as a hatched box under the plot at its wave; a value
// not given (NaN, not suppressed) only breaks the line.
#pragma once

#include <string>
#include <vector>

#include "chart/chart.h"

namespace kfl {

struct TrendChart final : Chart {
  struct Series {
    std::string label;
    std::vector<ChartValue> values;  // one per wave
  };
  std::string title;
  std::string row_header;          // data table's first column ("Område")
  std::vector<std::string> waves;  // "2016", "2018", "2020"
  std::vector<Series> series;
  // What the dashed line at 50 is; "" = the county in the reference year.
  std::string reference_label;
  // A chart of T-scores by default: the dashed line at 50, a scale around
  // it, the change in SD. `t_score` false: values in their own unit (an
  // indicator; a percentage as 0-100 with `suffix` " %"), shown with
  // `decimals`, no reference line, the change in that unit.
  bool t_score = true;
  int decimals = 1;
  bool percent = false;       // values are percentages 0-100 (a spreadsheet's share)
  std::string suffix;         // after a value: " %"
  std::string change_suffix;  // after a change: " prosentpoeng"
  // The least range the value axis spans (not T-scores), so that a change
  // of 0,2 points in 41 does not fill the plot.
  double min_span = 0;
  // Per series, its colour (a level's or a comparison unit's fixed one);
  // empty: the theme's series colours by position.
  std::vector<Rgb> colors;

  double Height(double width, ChartContext& ctx) const override;
  void Draw(Canvas& canvas, double width, double height, ChartContext& ctx) const override;
  std::string Title() const override { return title; }
  std::string TextAlternative(const ChartContext& ctx) const override;
  DataTable Table(const ChartContext& ctx) const override;
  std::string Kind() const override { return "trend"; }

  // Change from the first to the last shown value, in SD units (T / 10)
  // or in the values' own unit; false when fewer than two values are shown.
  bool Change(const Series& s, double* d) const;
  // A value as shown: "52,3", "41,2", "38 %".
  std::string Value(double v, const ChartContext& ctx) const;
};

}  // namespace kfl
