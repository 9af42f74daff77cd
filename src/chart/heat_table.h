// HeatTable: T-scores of the classes of a school (rows) on the factors
// (columns), for the head teacher's overview. Every cell shows its value;
// the fill adds a diverging hint (orange below 50, blue above, stronger with
// the distance, grey near 50) with the text in black or white, whichever
// contrasts more. Suppressed cells are hatched with a dash, never blank and
// never 0. Column headers wrap into up to three lines. When there are more
// columns than rows and the columns would be too narrow for their names
// (15 factors, 6 classes), the table is drawn transposed: factors down the
// side, where long names have room. The data table keeps the given order.
#pragma once

#include <string>
#include <vector>

#include "chart/chart.h"

namespace kfl {

// The colour bands of a T-score, the same in every heat table (the chart,
// the page's table, the PDF's) and named in their legends: 0 under 40,
// 1 40-45, 2 45-55, 3 55-60, 4 60 and over.
inline constexpr int kHeatBands = 5;
int HeatBand(double t);
// "lo2", "lo1", "mid", "hi1", "hi2": the band's name in the page's classes.
const char* HeatBandName(int band);
// The fill of a band: orange below 50, blue above, grey in the middle.
Rgb HeatBandFill(int band, const Theme& theme);

struct HeatTable final : Chart {
  std::string title;
  std::string row_header;                      // "Klasse"
  std::vector<std::string> columns;            // factor names
  std::vector<std::string> rows;               // class names
  std::vector<std::vector<ChartValue>> cells;  // [row][column]

  double Height(double width, ChartContext& ctx) const override;
  void Draw(Canvas& canvas, double width, double height, ChartContext& ctx) const override;
  std::string Title() const override { return title; }
  std::string TextAlternative(const ChartContext& ctx) const override;
  DataTable Table(const ChartContext& ctx) const override;
  std::string Kind() const override { return "heat_table"; }

  // The fill of a cell with T-score `t`: its band's.
  static Rgb Fill(double t, const Theme& theme) { return HeatBandFill(HeatBand(t), theme); }
  // True when drawn with rows and columns swapped (see above).
  bool Transposed(double width, const Theme& theme) const;
};

}  // namespace kfl
