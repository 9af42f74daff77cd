// CaterpillarChart: the child units of a parent (schools in a municipality,
// ...) sorted by T-score, each a point with its 95% CI, and the parent's
// value as a dashed line. Readable from one unit to several hundred:
//
// - up to kMaxNamedUnits units: one row per unit, named on the left, its
//   value on the right (a horizontal dot plot);
// - more: the units side by side along the x axis (a vertical caterpillar)
//   with thin whiskers and no names; a note says that the names are in the
//   data table, and the highlighted unit (e.g. the reader's school) is
//   marked and named.
//
// Suppressed units are drawn last, as hatched boxes with the reason
// (named rows) or counted in the note (many units).
#pragma once

#include <string>
#include <vector>

#include "chart/chart.h"

namespace kfl {

struct CaterpillarChart final : Chart {
  static constexpr int kMaxNamedUnits = 40;
  struct Unit {
    std::string label;
    ChartValue value;
    bool highlight = false;  // drawn stronger and always named
  };
  std::string title;
  std::string parent_label;  // "Hedmark"
  double parent_value = 50;  // the parent's T; NaN for no line
  std::vector<Unit> units;   // any order; drawn sorted by value

  double Height(double width, ChartContext& ctx) const override;
  void Draw(Canvas& canvas, double width, double height, ChartContext& ctx) const override;
  std::string Title() const override { return title; }
  std::string TextAlternative(const ChartContext& ctx) const override;
  DataTable Table(const ChartContext& ctx) const override;
  std::string Kind() const override { return "caterpillar"; }

  // Indices of the units: shown ones by ascending value (ties by label),
  // then the hidden ones in input order.
  std::vector<int> SortedOrder() const;
};

}  // namespace kfl
