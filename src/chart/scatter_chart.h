// ScatterChart: units by two indicators (social background on x,
// a learning result on y) with the least-squares line (stats/regression,
// Eigen). Points are labelled directly where the label does not collide
// with another label or point (highlighted units first); the data table
// lists every unit with its distance from the line (the residual), so
// nothing depends on a label being drawn. Suppressed units are not drawn
// and are listed in the table with their reason.
#pragma once

#include <string>
#include <vector>

#include "chart/chart.h"
#include "stats/regression.h"

namespace kfl {

struct ScatterChart final : Chart {
  struct Point {
    std::string label;
    double x = 0, y = 0;
    bool suppressed = false;
    std::string reason;
    bool highlight = false;
  };
  std::string title;
  std::string x_label, y_label;        // axis titles, translated
  std::string x_step;                  // one step of x in the slope ("prosentpoeng"); "" = a unit
  int x_decimals = 0, y_decimals = 0;  // in the data table
  std::vector<Point> points;

  double Height(double width, ChartContext& ctx) const override;
  void Draw(Canvas& canvas, double width, double height, ChartContext& ctx) const override;
  std::string Title() const override { return title; }
  std::string TextAlternative(const ChartContext& ctx) const override;
  DataTable Table(const ChartContext& ctx) const override;
  std::string Kind() const override { return "scatter"; }

  // The line is drawn (and described) from this many shown points on: a
  // line through two points says nothing.
  static constexpr int kMinPointsForLine = 3;
  LinearFit Fit() const;
  int ShownCount() const;
};

}  // namespace kfl
