// Frame: the parts every chart kind shares, drawn the same way everywhere:
// the background, the title, the legend (a wrapped row of keys) and a
// continuous axis with light gridlines and tick labels.
#pragma once

#include <string>
#include <vector>

#include "chart/chart.h"
#include "chart/marks.h"
#include "chart/scale.h"

namespace kfl {

struct LegendKey {
  enum class Kind { kSwatch, kMarker, kHollowMarker, kLine, kDashedLine, kHatch, kWhisker };
  Kind kind = Kind::kSwatch;
  Rgb color;
  MarkerShape shape = MarkerShape::kCircle;
  std::string label;
};

void FillBackground(Canvas& canvas, double width, double height, const Theme& theme);

// Title block height at `width` (0 for an empty title), including the gap below.
double TitleHeight(const std::string& title, double width, ChartContext& ctx);
// Draws the title at the top margin; returns the y below it.
double DrawTitle(Canvas& canvas, const std::string& title, double width, ChartContext& ctx);

// Height of the legend wrapped into `width` (0 when no keys).
double LegendHeight(const std::vector<LegendKey>& keys, double width, ChartContext& ctx);
// Draws the legend with its top-left at (x, y); returns the y below it.
double DrawLegend(Canvas& canvas, const std::vector<LegendKey>& keys, double x, double y,
                  double width, ChartContext& ctx);

// What every kind draws first: the background, the title and, below it
// (`title_height` down), the legend across the width inside the margins.
void DrawChrome(Canvas& canvas, const std::string& title, const std::vector<LegendKey>& keys,
                double title_height, double width, double height, ChartContext& ctx);

// Vertical gridlines at the ticks of `x` from y0 to y1 (drawn under the marks).
void DrawXGrid(Canvas& canvas, const LinearScale& x, const std::vector<double>& ticks, double y0,
               double y1, const Theme& theme);
// Tick labels under y (decimals < 0: as many as the tick step needs), then
// the axis title: centred under the plot when it fits there on one line,
// else centred in the chart `width` wide (inside its margins), wrapped into
// at most two lines; returns the height used.
double DrawXAxis(Canvas& canvas, const LinearScale& x, const std::vector<double>& ticks, double y,
                 const std::string& title, double width, ChartContext& ctx, int decimals = -1);
// The height DrawXAxis uses in a chart `width` wide.
double XAxisHeight(const std::string& title, double width, ChartContext& ctx);
// Half the width of the widest tick label of `x` (Ticks(tick_count)): how far
// a label centred on the first or last tick reaches past the plot.
double XTickOverhang(const LinearScale& x, int tick_count, ChartContext& ctx, int decimals = -1);
// The width of the widest tick label of a vertical scale (Ticks(tick_count)).
double YTickWidth(const LinearScale& y, int tick_count, ChartContext& ctx, int decimals = -1);

// Horizontal gridlines and left tick labels for a vertical scale; labels end
// at x_label_end.
void DrawYGrid(Canvas& canvas, const LinearScale& y, const std::vector<double>& ticks, double x0,
               double x1, double x_label_end, ChartContext& ctx, int decimals = -1);

TextStyle LabelStyle(const Theme& theme);
TextStyle ValueStyle(const Theme& theme);
TextStyle AxisStyle(const Theme& theme);
TextStyle NoteStyle(const Theme& theme);  // italic, muted: reasons for hidden values
// The lines a reason for a hidden value may wrap onto beside its hatch (the
// longest, "skjult for å beskytte en annen liten svarkategori", needs three
// in a phone's plot) before it ends in "...".
inline constexpr int kReasonLines = 3;

}  // namespace kfl
