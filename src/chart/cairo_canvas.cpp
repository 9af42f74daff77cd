#include "chart/cairo_canvas.h"

#include <cmath>

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

void CairoCanvas::Stroke() { cairo_stroke(cr_); }

void CairoCanvas::Clip() { cairo_clip(cr_); }

void CairoCanvas::DrawLayout(PangoLayout* layout, double x, double y, const TextStyle& style) {
  cairo_save(cr_);
  cairo_set_source_rgb(cr_, style.color.r, style.color.g, style.color.b);
  cairo_move_to(cr_, x, y);
  pango_cairo_show_layout(cr_, layout);
  cairo_restore(cr_);
}

}  // namespace kfl
