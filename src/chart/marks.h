// Marks: the small drawing primitives every chart kind is made of (ggplot2's
// geom-*): rectangles, lines, whiskers, point markers, the hatch that marks a
// suppressed value. Each draws on the given cairo context and leaves its
// state (source, line width, path) as it found it.
#pragma once

#include <vector>

#include "chart/cairo_handle.h"
#include "chart/color.h"
#include "chart/theme.h"

namespace kfl {

struct Point {
  double x = 0, y = 0;
};

void FillRect(cairo_t* cr, double x, double y, double w, double h, const Rgb& fill);
void StrokeRect(cairo_t* cr, double x, double y, double w, double h, const Rgb& color,
                double line_width);
void DrawLine(cairo_t* cr, double x0, double y0, double x1, double y1, const Rgb& color,
              double width, bool dashed = false);
void DrawPolyline(cairo_t* cr, const std::vector<Point>& points, const Rgb& color, double width);
// A CI whisker: a line from lo to hi with end caps of `cap` length, along x
// (horizontal) or y.
void DrawWhiskerH(cairo_t* cr, double x_lo, double x_hi, double y, double cap, const Rgb& color);
// Horizontal whiskers of one colour and cap as one stroke (in a PDF each
// stroke costs about as much as a short line of text).
struct WhiskerH {
  double x_lo = 0, x_hi = 0, y = 0;
};
void DrawWhiskersH(cairo_t* cr, const std::vector<WhiskerH>& whiskers, double cap,
                   const Rgb& color);
void DrawWhiskerV(cairo_t* cr, double x, double y_lo, double y_hi, double cap, const Rgb& color);
// A marker of `shape` centred at (x, y), `size` its width; filled with
// `fill` and outlined in white so overlapping markers stay apart.
void DrawMarker(cairo_t* cr, MarkerShape shape, double x, double y, double size, const Rgb& fill,
                bool hollow = false);
// A plain filled dot without outline (dense plots, where outlines would
// turn the points into a chain).
void DrawDot(cairo_t* cr, double x, double y, double radius, const Rgb& fill);
// Diagonal hatching in `color` over a rectangle with a thin outline: the
// place of a value that is hidden (never a bar of length 0).
void DrawHatch(cairo_t* cr, double x, double y, double w, double h, const Rgb& color);

// cairo_stroke(), drawing the same: on a PDF surface under a uniformly
// scaled matrix (a chart scaled into a report) it strokes in page space with
// the line width and dashes scaled, because cairo 1.16 writes a pen matrix,
// its own graphics state and every number of it around each such stroke.
void Stroke(cairo_t* cr);

}  // namespace kfl
