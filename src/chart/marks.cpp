#include "chart/marks.h"

#include <algorithm>
#include <cmath>

namespace kfl {
namespace {

void MarkerPath(Canvas& canvas, MarkerShape shape, double x, double y, double s) {
  double r = s / 2;
  switch (shape) {
    case MarkerShape::kCircle:
      canvas.Circle(x, y, r);
      break;
    case MarkerShape::kTriangle:
      canvas.MoveTo(x, y - r * 1.15);
      canvas.LineTo(x + r * 1.1, y + r * 0.8);
      canvas.LineTo(x - r * 1.1, y + r * 0.8);
      canvas.ClosePath();
      break;
    case MarkerShape::kSquare:
      canvas.Rectangle(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
      break;
    case MarkerShape::kDiamond:
      canvas.MoveTo(x, y - r * 1.25);
      canvas.LineTo(x + r * 1.25, y);
      canvas.LineTo(x, y + r * 1.25);
      canvas.LineTo(x - r * 1.25, y);
      canvas.ClosePath();
      break;
    case MarkerShape::kCross: {
      double a = r * 0.45;
      canvas.MoveTo(x - a, y - r);
      canvas.LineTo(x + a, y - r);
      canvas.LineTo(x + a, y - a);
      canvas.LineTo(x + r, y - a);
      canvas.LineTo(x + r, y + a);
      canvas.LineTo(x + a, y + a);
      canvas.LineTo(x + a, y + r);
      canvas.LineTo(x - a, y + r);
      canvas.LineTo(x - a, y + a);
      canvas.LineTo(x - r, y + a);
      canvas.LineTo(x - r, y - a);
      canvas.LineTo(x - a, y - a);
      canvas.ClosePath();
      break;
    }
    case MarkerShape::kStar:
      for (int k = 0; k < 10; ++k) {
        double angle = -M_PI / 2 + k * M_PI / 5;
        double rr = k % 2 == 0 ? r * 1.25 : r * 0.55;
        if (k == 0)
          canvas.MoveTo(x + rr * std::cos(angle), y + rr * std::sin(angle));
        else
          canvas.LineTo(x + rr * std::cos(angle), y + rr * std::sin(angle));
      }
      canvas.ClosePath();
      break;
  }
}

}  // namespace

void FillRect(Canvas& canvas, double x, double y, double w, double h, const Rgb& fill) {
  canvas.Save();
  canvas.SetColor(fill);
  canvas.Rectangle(x, y, w, h);
  canvas.Fill();
  canvas.Restore();
}

void StrokeRect(Canvas& canvas, double x, double y, double w, double h, const Rgb& color,
                double line_width) {
  canvas.Save();
  canvas.SetColor(color);
  canvas.SetLineWidth(line_width);
  canvas.Rectangle(x, y, w, h);
  canvas.Stroke();
  canvas.Restore();
}

void DrawLine(Canvas& canvas, double x0, double y0, double x1, double y1, const Rgb& color,
              double width, bool dashed) {
  canvas.Save();
  canvas.SetColor(color);
  canvas.SetLineWidth(width);
  if (dashed) canvas.SetDash(4, 3);
  canvas.MoveTo(x0, y0);
  canvas.LineTo(x1, y1);
  canvas.Stroke();
  canvas.Restore();
}

void DrawLines(Canvas& canvas, const std::vector<Segment>& lines, const Rgb& color, double width) {
  if (lines.empty()) return;
  canvas.Save();
  canvas.SetColor(color);
  canvas.SetLineWidth(width);
  for (const Segment& l : lines) {
    canvas.MoveTo(l.from.x, l.from.y);
    canvas.LineTo(l.to.x, l.to.y);
  }
  canvas.Stroke();
  canvas.Restore();
}

void DrawPolyline(Canvas& canvas, const std::vector<Point>& points, const Rgb& color,
                  double width) {
  if (points.size() < 2) return;
  canvas.Save();
  canvas.SetColor(color);
  canvas.SetLineWidth(width);
  canvas.SetLineJoin(LineJoin::kRound);
  canvas.MoveTo(points[0].x, points[0].y);
  for (size_t i = 1; i < points.size(); ++i) canvas.LineTo(points[i].x, points[i].y);
  canvas.Stroke();
  canvas.Restore();
}

void AddWhiskerH(std::vector<Segment>* lines, double x_lo, double x_hi, double y, double cap) {
  lines->push_back({{x_lo, y}, {x_hi, y}});
  lines->push_back({{x_lo, y - cap / 2}, {x_lo, y + cap / 2}});
  lines->push_back({{x_hi, y - cap / 2}, {x_hi, y + cap / 2}});
}

void DrawWhiskerH(Canvas& canvas, double x_lo, double x_hi, double y, double cap,
                  const Rgb& color) {
  std::vector<Segment> lines;
  AddWhiskerH(&lines, x_lo, x_hi, y, cap);
  DrawLines(canvas, lines, color, kWhiskerWidth);
}

void DrawWhiskerV(Canvas& canvas, double x, double y_lo, double y_hi, double cap,
                  const Rgb& color) {
  canvas.Save();
  canvas.SetColor(color);
  canvas.SetLineWidth(kWhiskerWidth);
  canvas.MoveTo(x, y_lo);
  canvas.LineTo(x, y_hi);
  if (cap > 0) {
    canvas.MoveTo(x - cap / 2, y_lo);
    canvas.LineTo(x + cap / 2, y_lo);
    canvas.MoveTo(x - cap / 2, y_hi);
    canvas.LineTo(x + cap / 2, y_hi);
  }
  canvas.Stroke();
  canvas.Restore();
}

void DrawMarker(Canvas& canvas, MarkerShape shape, double x, double y, double size, const Rgb& fill,
                bool hollow) {
  canvas.Save();
  MarkerPath(canvas, shape, x, y, size);
  if (hollow) {
    canvas.SetColor(Rgb{1, 1, 1});
    canvas.FillPreserve();
    canvas.SetColor(fill);
    canvas.SetLineWidth(1.75);
    canvas.Stroke();
  } else {
    canvas.SetColor(fill);
    canvas.FillPreserve();
    canvas.SetColor(Rgb{1, 1, 1});
    canvas.SetLineWidth(1);
    canvas.Stroke();
  }
  canvas.Restore();
}

void DrawDot(Canvas& canvas, double x, double y, double radius, const Rgb& fill) {
  canvas.Save();
  canvas.SetColor(fill);
  canvas.Circle(x, y, radius);
  canvas.Fill();
  canvas.Restore();
}

void DrawHatch(Canvas& canvas, double x, double y, double w, double h, const Rgb& color) {
  // Diagonals every 5 px, cut to the rectangle inset by half the outline
  // (where the outline covers their butt ends), and the outline, stroked as
  // one path: the look of clipped hatching without a clip, which costs a
  // PDF page much more than a few line ends (and an SVG a <clipPath>).
  canvas.Save();
  canvas.SetColor(color);
  canvas.SetLineWidth(1);
  const double left = x + 0.5, right = x + w - 0.5, top = y + 0.5, bottom = y + h - 0.5;
  for (double d = -h; d < w; d += 5) {
    // The diagonal from (x + d, y + h) up to (x + d + h, y), at parameter t
    // the point (x + d + t, y + h - t).
    const double t0 = std::max({0.0, left - x - d, y + h - bottom});
    const double t1 = std::min({h, right - x - d, y + h - top});
    if (t1 <= t0) continue;
    canvas.MoveTo(x + d + t0, y + h - t0);
    canvas.LineTo(x + d + t1, y + h - t1);
  }
  canvas.Rectangle(left, top, w - 1, h - 1);
  canvas.Stroke();
  canvas.Restore();
}

}  // namespace kfl
