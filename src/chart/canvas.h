// Canvas: what charts draw on. The part of cairo's drawing model the charts
// use (a current path, a graphics state saved and restored with the clip,
// fill, stroke, clip, and laid-out text), with two implementations:
//
//   CairoCanvas (chart/cairo_canvas.h): onto a cairo_t, for PDF and PNG.
//   SvgCanvas (chart/svg_canvas.h): SVG elements appended to a string,
//     for the site; several times cheaper than cairo's SVG surface.
//
//   canvas.SetColor(Rgb::Hex(0x0072B2));
//   canvas.Rectangle(10, 10, 50, 15);
//   canvas.Fill();
//
// The semantics are cairo's: coordinates in px (user units); Fill, Stroke
// and Clip consume the path, FillPreserve keeps it; the clip only shrinks
// until the Restore that matches the Save before it; Restore does not touch
// the path. The default state: black, opaque, line width 2, no dash, miter
// joins, butt caps, no clip.
//
// Thread rules: one thread per canvas.
#pragma once

#include <pango/pango.h>

#include "chart/color.h"

namespace kfl {

enum class LineJoin { kMiter, kRound };

struct TextStyle;

class Canvas {
 public:
  virtual ~Canvas() = default;

  // The graphics state: colour, opacity, line width, dash, join and clip.
  virtual void Save() = 0;
  // REQUIRES: a Save not yet restored.
  virtual void Restore() = 0;
  // `opacity` 0 (transparent) to 1, for fills and strokes.
  virtual void SetColor(const Rgb& color, double opacity = 1) = 0;
  virtual void SetLineWidth(double width) = 0;
  // Dashes of `on` px with gaps of `off` px, starting at the path's start.
  virtual void SetDash(double on, double off) = 0;
  virtual void SetLineJoin(LineJoin join) = 0;

  // The path.
  virtual void MoveTo(double x, double y) = 0;
  virtual void LineTo(double x, double y) = 0;
  virtual void ClosePath() = 0;
  // A closed rectangle sub-path (cairo_rectangle).
  virtual void Rectangle(double x, double y, double w, double h) = 0;
  // A full circle as a new sub-path, from angle 0 clockwise on the screen
  // (cairo_new_sub_path and cairo_arc from 0 to 2 pi).
  virtual void Circle(double x, double y, double radius) = 0;

  // Painting (the nonzero rule for fills and clips).
  virtual void Fill() = 0;
  virtual void FillPreserve() = 0;
  virtual void Stroke() = 0;
  // Intersects the clip with the path.
  virtual void Clip() = 0;

  // Draws `layout` (made in the Typesetter's pango context) with its
  // top-left corner at (x, y), in style.color, opaque; the state is left as
  // it was. The Typesetter calls this; charts call Typesetter::Draw.
  // REQUIRES: no path under construction (cairo moves its current point).
  virtual void DrawLayout(PangoLayout* layout, double x, double y, const TextStyle& style) = 0;
};

}  // namespace kfl
