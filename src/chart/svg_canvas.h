// SvgCanvas: a Canvas that writes SVG elements into a string, for the
// site's charts. Each Fill or Stroke becomes one <path> with its colour and
// line as attributes (a FillPreserve followed by a Stroke of the same path
// becomes one <path> with both), each Clip a <clipPath> and a <g> that ends
// at the matching Restore, and each DrawLayout one <text> per line.
//
//   SvgCanvas canvas(640, 300, "c");
//   chart.Draw(canvas, 640, 300, ctx);
//   std::string svg = canvas.Document(chart.Title(), chart.TextAlternative(ctx));
//
// Numbers are written with at most two decimals (a hundredth of a pixel is
// below what a screen shows) and no trailing zeros, colours as #rrggbb,
// without printf or the locale. Ids are the prefix and a count, so equal
// drawing gives equal bytes.
//
// Text is SVG <text> at pango's baseline positions, `textLength` set to
// pango's measured width so that the reader's font (DejaVu Sans where it is
// installed, else its sans-serif) takes exactly the width the layout gave
// it; the text stays selectable and in drawing order.
//
// The miter limit is SVG's 4, not cairo's 10: no join the charts draw (the
// sharpest is the star marker's tip, about 2.8) lies between the two.
//
// Thread rules: one thread per canvas.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "chart/canvas.h"

namespace kfl {

class SvgCanvas : public Canvas {
 public:
  // A canvas of `width` x `height` px. `id_prefix` begins every id in the
  // document (title, desc, clip paths), so that ids stay unique when
  // several charts share a page.
  SvgCanvas(double width, double height, std::string id_prefix);

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

  // The SVG document of what was drawn: role="img" and aria-labelledby
  // pointing at a <title> (`title`) and a <desc> (`desc`, the text
  // alternative) right after the opening tag, both escaped; then the style
  // of the <text> elements, when there are any; then the drawing. Groups of
  // clips not yet restored are closed. Call after drawing.
  std::string Document(std::string_view title, std::string_view desc);

 private:
  struct State {
    Rgb color;
    double opacity = 1;
    double line_width = 2;
    double dash_on = 0, dash_off = 0;  // no dash when dash_on is 0
    LineJoin join = LineJoin::kMiter;
    int groups = 0;  // <g> opened by Clip since the Save of this state
  };
  void FlushFill();
  void AppendPath();

  double width_, height_;
  std::string id_prefix_;         // escaped
  std::vector<State> states_{1};  // back() is the current state
  std::string path_;              // the current path as SVG path data
  bool path_draws_ = false;       // path_ has more than moves
  // A FillPreserve not yet written: a Stroke of the same path joins it.
  bool fill_pending_ = false;
  Rgb pending_color_;
  double pending_opacity_ = 1;
  int clips_ = 0;
  bool has_text_ = false;
  std::string body_;
};

}  // namespace kfl
