// Marks: the small drawing primitives every chart kind is made of (ggplot2's
// geom-*): rectangles, lines, whiskers, point markers, the hatch that marks a
// suppressed value. Each draws on the given canvas and leaves its
// state (colour, line width, path) as it found it.
#pragma once

#include <vector>

#include "chart/canvas.h"
#include "chart/color.h"
#include "chart/theme.h"

namespace kfl {

struct Point {
  double x = 0, y = 0;
};

void FillRect(Canvas& canvas, double x, double y, double w, double h, const Rgb& fill);
void StrokeRect(Canvas& canvas, double x, double y, double w, double h, const Rgb& color,
                double line_width);
void DrawLine(Canvas& canvas, double x0, double y0, double x1, double y1, const Rgb& color,
              double width, bool dashed = false);
// Lines from each `from` to its `to`, as one stroke (a PDF draws one path
// instead of one per line: grid lines, whiskers).
struct Segment {
  Point from, to;
};
void DrawLines(Canvas& canvas, const std::vector<Segment>& lines, const Rgb& color, double width);
void DrawPolyline(Canvas& canvas, const std::vector<Point>& points, const Rgb& color, double width);
// A CI whisker: a line from lo to hi with end caps of `cap` length, along x
// (horizontal) or y.
void DrawWhiskerH(Canvas& canvas, double x_lo, double x_hi, double y, double cap, const Rgb& color);
// The three segments of a horizontal whisker, for DrawLines (many whiskers
// of one colour in one stroke).
void AddWhiskerH(std::vector<Segment>* lines, double x_lo, double x_hi, double y, double cap);
inline constexpr double kWhiskerWidth = 1.25;
void DrawWhiskerV(Canvas& canvas, double x, double y_lo, double y_hi, double cap, const Rgb& color);
// A marker of `shape` centred at (x, y), `size` its width; filled with
// `fill` and outlined in white so overlapping markers stay apart.
void DrawMarker(Canvas& canvas, MarkerShape shape, double x, double y, double size, const Rgb& fill,
                bool hollow = false);
// A plain filled dot without outline (dense plots, where outlines would
// turn the points into a chain).
void DrawDot(Canvas& canvas, double x, double y, double radius, const Rgb& fill);
// Diagonal hatching in `color` over a rectangle with a thin outline: the
// place of a value that is hidden (never a bar of length 0).
void DrawHatch(Canvas& canvas, double x, double y, double w, double h, const Rgb& color);

}  // namespace kfl
