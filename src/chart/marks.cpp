#include "chart/marks.h"

#include <cmath>

namespace kfl {
namespace {

void SetColor(cairo_t* cr, const Rgb& c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

void MarkerPath(cairo_t* cr, MarkerShape shape, double x, double y, double s) {
  double r = s / 2;
  switch (shape) {
    case MarkerShape::kCircle:
      cairo_new_sub_path(cr);
      cairo_arc(cr, x, y, r, 0, 2 * M_PI);
      break;
    case MarkerShape::kTriangle:
      cairo_move_to(cr, x, y - r * 1.15);
      cairo_line_to(cr, x + r * 1.1, y + r * 0.8);
      cairo_line_to(cr, x - r * 1.1, y + r * 0.8);
      cairo_close_path(cr);
      break;
    case MarkerShape::kSquare:
      cairo_rectangle(cr, x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
      break;
    case MarkerShape::kDiamond:
      cairo_move_to(cr, x, y - r * 1.25);
      cairo_line_to(cr, x + r * 1.25, y);
      cairo_line_to(cr, x, y + r * 1.25);
      cairo_line_to(cr, x - r * 1.25, y);
      cairo_close_path(cr);
      break;
    case MarkerShape::kCross: {
      double a = r * 0.45;
      cairo_move_to(cr, x - a, y - r);
      cairo_line_to(cr, x + a, y - r);
      cairo_line_to(cr, x + a, y - a);
      cairo_line_to(cr, x + r, y - a);
      cairo_line_to(cr, x + r, y + a);
      cairo_line_to(cr, x + a, y + a);
      cairo_line_to(cr, x + a, y + r);
      cairo_line_to(cr, x - a, y + r);
      cairo_line_to(cr, x - a, y + a);
      cairo_line_to(cr, x - r, y + a);
      cairo_line_to(cr, x - r, y - a);
      cairo_line_to(cr, x - a, y - a);
      cairo_close_path(cr);
      break;
    }
    case MarkerShape::kStar:
      for (int k = 0; k < 10; ++k) {
        double angle = -M_PI / 2 + k * M_PI / 5;
        double rr = k % 2 == 0 ? r * 1.25 : r * 0.55;
        if (k == 0)
          cairo_move_to(cr, x + rr * std::cos(angle), y + rr * std::sin(angle));
        else
          cairo_line_to(cr, x + rr * std::cos(angle), y + rr * std::sin(angle));
      }
      cairo_close_path(cr);
      break;
  }
}

}  // namespace

void FillRect(cairo_t* cr, double x, double y, double w, double h, const Rgb& fill) {
  cairo_save(cr);
  SetColor(cr, fill);
  cairo_rectangle(cr, x, y, w, h);
  cairo_fill(cr);
  cairo_restore(cr);
}

void StrokeRect(cairo_t* cr, double x, double y, double w, double h, const Rgb& color,
                double line_width) {
  cairo_save(cr);
  SetColor(cr, color);
  cairo_set_line_width(cr, line_width);
  cairo_rectangle(cr, x, y, w, h);
  cairo_stroke(cr);
  cairo_restore(cr);
}

void DrawLine(cairo_t* cr, double x0, double y0, double x1, double y1, const Rgb& color,
              double width, bool dashed) {
  cairo_save(cr);
  SetColor(cr, color);
  cairo_set_line_width(cr, width);
  if (dashed) {
    const double dash[] = {4, 3};
    cairo_set_dash(cr, dash, 2, 0);
  }
  cairo_move_to(cr, x0, y0);
  cairo_line_to(cr, x1, y1);
  cairo_stroke(cr);
  cairo_restore(cr);
}

void DrawPolyline(cairo_t* cr, const std::vector<Point>& points, const Rgb& color, double width) {
  if (points.size() < 2) return;
  cairo_save(cr);
  SetColor(cr, color);
  cairo_set_line_width(cr, width);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
  cairo_move_to(cr, points[0].x, points[0].y);
  for (size_t i = 1; i < points.size(); ++i) cairo_line_to(cr, points[i].x, points[i].y);
  cairo_stroke(cr);
  cairo_restore(cr);
}

void DrawWhiskerH(cairo_t* cr, double x_lo, double x_hi, double y, double cap, const Rgb& color) {
  cairo_save(cr);
  SetColor(cr, color);
  cairo_set_line_width(cr, 1.25);
  cairo_move_to(cr, x_lo, y);
  cairo_line_to(cr, x_hi, y);
  cairo_move_to(cr, x_lo, y - cap / 2);
  cairo_line_to(cr, x_lo, y + cap / 2);
  cairo_move_to(cr, x_hi, y - cap / 2);
  cairo_line_to(cr, x_hi, y + cap / 2);
  cairo_stroke(cr);
  cairo_restore(cr);
}

void DrawWhiskerV(cairo_t* cr, double x, double y_lo, double y_hi, double cap, const Rgb& color) {
  cairo_save(cr);
  SetColor(cr, color);
  cairo_set_line_width(cr, 1.25);
  cairo_move_to(cr, x, y_lo);
  cairo_line_to(cr, x, y_hi);
  if (cap > 0) {
    cairo_move_to(cr, x - cap / 2, y_lo);
    cairo_line_to(cr, x + cap / 2, y_lo);
    cairo_move_to(cr, x - cap / 2, y_hi);
    cairo_line_to(cr, x + cap / 2, y_hi);
  }
  cairo_stroke(cr);
  cairo_restore(cr);
}

void DrawMarker(cairo_t* cr, MarkerShape shape, double x, double y, double size, const Rgb& fill,
                bool hollow) {
  cairo_save(cr);
  MarkerPath(cr, shape, x, y, size);
  if (hollow) {
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_fill_preserve(cr);
    SetColor(cr, fill);
    cairo_set_line_width(cr, 1.75);
    cairo_stroke(cr);
  } else {
    SetColor(cr, fill);
    cairo_fill_preserve(cr);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_set_line_width(cr, 1);
    cairo_stroke(cr);
  }
  cairo_restore(cr);
}

void DrawDot(cairo_t* cr, double x, double y, double radius, const Rgb& fill) {
  cairo_save(cr);
  SetColor(cr, fill);
  cairo_new_sub_path(cr);
  cairo_arc(cr, x, y, radius, 0, 2 * M_PI);
  cairo_fill(cr);
  cairo_restore(cr);
}

void DrawHatch(cairo_t* cr, double x, double y, double w, double h, const Rgb& color) {
  cairo_save(cr);
  cairo_rectangle(cr, x, y, w, h);
  cairo_clip(cr);
  SetColor(cr, color);
  cairo_set_line_width(cr, 1);
  for (double d = -h; d < w; d += 5) {
    cairo_move_to(cr, x + d, y + h);
    cairo_line_to(cr, x + d + h, y);
  }
  cairo_stroke(cr);
  cairo_restore(cr);
  StrokeRect(cr, x + 0.5, y + 0.5, w - 1, h - 1, color, 1);
}

}  // namespace kfl
