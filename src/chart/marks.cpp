#include "chart/marks.h"

#include <algorithm>
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
  Stroke(cr);
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
  Stroke(cr);
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
  Stroke(cr);
  cairo_restore(cr);
}

void DrawWhiskerH(cairo_t* cr, double x_lo, double x_hi, double y, double cap, const Rgb& color) {
  DrawWhiskersH(cr, {{x_lo, x_hi, y}}, cap, color);
}

void DrawWhiskersH(cairo_t* cr, const std::vector<WhiskerH>& whiskers, double cap,
                   const Rgb& color) {
  if (whiskers.empty()) return;
  cairo_save(cr);
  SetColor(cr, color);
  cairo_set_line_width(cr, 1.25);
  for (const WhiskerH& w : whiskers) {
    cairo_move_to(cr, w.x_lo, w.y);
    cairo_line_to(cr, w.x_hi, w.y);
    cairo_move_to(cr, w.x_lo, w.y - cap / 2);
    cairo_line_to(cr, w.x_lo, w.y + cap / 2);
    cairo_move_to(cr, w.x_hi, w.y - cap / 2);
    cairo_line_to(cr, w.x_hi, w.y + cap / 2);
  }
  Stroke(cr);
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
  Stroke(cr);
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
    Stroke(cr);
  } else {
    SetColor(cr, fill);
    cairo_fill_preserve(cr);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_set_line_width(cr, 1);
    Stroke(cr);
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
  // Diagonals every 5 px, cut to the rectangle inset by half the outline
  // (where the outline covers their butt ends), and the outline, stroked as
  // one path: the look of clipped hatching without a clip, which costs a
  // PDF page much more than a few line ends.
  cairo_save(cr);
  SetColor(cr, color);
  cairo_set_line_width(cr, 1);
  const double left = x + 0.5, right = x + w - 0.5, top = y + 0.5, bottom = y + h - 0.5;
  for (double d = -h; d < w; d += 5) {
    // The diagonal from (x + d, y + h) up to (x + d + h, y), at parameter t
    // the point (x + d + t, y + h - t).
    const double t0 = std::max({0.0, left - x - d, y + h - bottom});
    const double t1 = std::min({h, right - x - d, y + h - top});
    if (t1 <= t0) continue;
    cairo_move_to(cr, x + d + t0, y + h - t0);
    cairo_line_to(cr, x + d + t1, y + h - t1);
  }
  cairo_rectangle(cr, left, top, w - 1, h - 1);
  Stroke(cr);
  cairo_restore(cr);
}

void Stroke(cairo_t* cr) {
  cairo_matrix_t m;
  cairo_get_matrix(cr, &m);
  const bool scaled_pdf =
      cairo_surface_get_type(cairo_get_target(cr)) == CAIRO_SURFACE_TYPE_PDF && m.xy == 0 &&
      m.yx == 0 && m.xx == m.yy && m.xx > 0 && m.xx != 1;
  if (!scaled_pdf) {
    cairo_stroke(cr);
    return;
  }
  // The path is kept in device space already; only the pen depends on the
  // matrix, and under a uniform scale it is the same pen scaled.
  const double width = cairo_get_line_width(cr);
  const int dashes = cairo_get_dash_count(cr);
  std::vector<double> dash(dashes);
  double offset = 0;
  cairo_get_dash(cr, dash.data(), &offset);
  for (double& d : dash) d *= m.xx;
  cairo_identity_matrix(cr);
  cairo_set_line_width(cr, width * m.xx);
  cairo_set_dash(cr, dash.data(), dashes, offset * m.xx);
  cairo_stroke(cr);
  cairo_set_matrix(cr, &m);
  cairo_set_line_width(cr, width);
  for (double& d : dash) d /= m.xx;
  cairo_set_dash(cr, dash.data(), dashes, offset);
}

}  // namespace kfl
