#include "chart/cairo_canvas.h"

#include <cmath>
#include <vector>

#include "chart/typesetter.h"

namespace kfl {

void CairoCanvas::Save() { cairo_save(cr_); }

void CairoCanvas::Restore() { cairo_restore(cr_); }

void CairoCanvas::SetColor(const Rgb& color, double opacity) {
  if (opacity < 1)
    cairo_set_source_rgba(cr_, color.r, color.g, color.b, opacity);
  else
    cairo_set_source_rgb(cr_, color.r, color.g, color.b);
}

void CairoCanvas::SetLineWidth(double width) { cairo_set_line_width(cr_, width); }

void CairoCanvas::SetDash(double on, double off) {
  const double dash[] = {on, off};
  cairo_set_dash(cr_, dash, 2, 0);
}

void CairoCanvas::SetLineJoin(LineJoin join) {
  cairo_set_line_join(cr_,
                      join == LineJoin::kRound ? CAIRO_LINE_JOIN_ROUND : CAIRO_LINE_JOIN_MITER);
}

void CairoCanvas::MoveTo(double x, double y) { cairo_move_to(cr_, x, y); }

void CairoCanvas::LineTo(double x, double y) { cairo_line_to(cr_, x, y); }

void CairoCanvas::ClosePath() { cairo_close_path(cr_); }

void CairoCanvas::Rectangle(double x, double y, double w, double h) {
  cairo_rectangle(cr_, x, y, w, h);
}

void CairoCanvas::Circle(double x, double y, double radius) {
  cairo_new_sub_path(cr_);
  cairo_arc(cr_, x, y, radius, 0, 2 * M_PI);
}

void CairoCanvas::Fill() { cairo_fill(cr_); }

void CairoCanvas::FillPreserve() { cairo_fill_preserve(cr_); }

void CairoCanvas::Stroke() {
  // On a PDF surface under a uniformly scaled matrix (a chart scaled into a
  // report) cairo 1.16 writes a pen matrix, its own graphics state and every
  // number of it around each stroke; stroking in page space with the line
  // width and dashes scaled draws the same for a fraction of that.
  cairo_matrix_t m;
  cairo_get_matrix(cr_, &m);
  const bool scaled_pdf =
      cairo_surface_get_type(cairo_get_target(cr_)) == CAIRO_SURFACE_TYPE_PDF && m.xy == 0 &&
      m.yx == 0 && m.xx == m.yy && m.xx > 0 && m.xx != 1;
  if (!scaled_pdf) {
    cairo_stroke(cr_);
    return;
  }
  // The path is kept in device space already; only the pen depends on the
  // matrix, and under a uniform scale it is the same pen scaled.
  const double width = cairo_get_line_width(cr_);
  const int dashes = cairo_get_dash_count(cr_);
  std::vector<double> dash(dashes);
  double offset = 0;
  cairo_get_dash(cr_, dash.data(), &offset);
  for (double& d : dash) d *= m.xx;
  cairo_identity_matrix(cr_);
  cairo_set_line_width(cr_, width * m.xx);
  cairo_set_dash(cr_, dash.data(), dashes, offset * m.xx);
  cairo_stroke(cr_);
  cairo_set_matrix(cr_, &m);
  cairo_set_line_width(cr_, width);
  for (double& d : dash) d /= m.xx;
  cairo_set_dash(cr_, dash.data(), dashes, offset);
}

void CairoCanvas::Clip() { cairo_clip(cr_); }

void CairoCanvas::DrawLayout(PangoLayout* layout, double x, double y, const TextStyle& style) {
  cairo_save(cr_);
  cairo_set_source_rgb(cr_, style.color.r, style.color.g, style.color.b);
  cairo_move_to(cr_, x, y);
  pango_cairo_show_layout(cr_, layout);
  cairo_restore(cr_);
}

}  // namespace kfl
