// CairoCanvas: a Canvas drawing onto a cairo context, for PDF and PNG (and
// the charts inside the PDF reports of pdf/document). Each call is the cairo
// call of the same name, so what the surface receives is what a chart drawn
// with cairo directly would give.
//
//   Cairo cr(cairo_create(surface.get()));
//   CairoCanvas canvas(cr.get());
//   chart.Draw(canvas, width, height, ctx);
//
// Thread rules: as cairo's: one thread per context.
#pragma once

#include "chart/cairo_handle.h"
#include "chart/canvas.h"

namespace kfl {

class CairoCanvas : public Canvas {
 public:
  // Does not own `cr`, which must outlive the canvas. Drawing starts in the
  // context's current state (a report places charts with a transform).
  explicit CairoCanvas(cairo_t* cr) : cr_(cr) {}

  void Save() override;
  void Restore() override;
  void SetColor(const Rgb& color, double opacity = 1) override;
  void SetLineWidth(double width) override;
  void SetDash(double on, double off) override;
  void SetLineJoin(LineJoin join) override;
  void MoveTo(double x, double y) override;
  void LineTo(double x, double y) override;
  void ClosePath() override;
  void Rectangle(double x, double y, double w, double h) override;
  void Circle(double x, double y, double radius) override;
  void Fill() override;
  void FillPreserve() override;
  void Stroke() override;
  void Clip() override;
  void DrawLayout(PangoLayout* layout, double x, double y, const TextStyle& style) override;

 private:
  cairo_t* cr_;
};

}  // namespace kfl
