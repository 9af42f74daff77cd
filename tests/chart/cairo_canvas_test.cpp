#include "chart/cairo_canvas.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <functional>

#include "chart/typesetter.h"

namespace kfl {
namespace {

// The pixels of a 40 x 30 image drawn by `draw`.
std::string Pixels(const std::function<void(cairo_t*)>& draw) {
  CairoSurface surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 40, 30));
  {
    Cairo cr(cairo_create(surface.get()));
    draw(cr.get());
  }
  cairo_surface_flush(surface.get());
  return std::string(reinterpret_cast<const char*>(cairo_image_surface_get_data(surface.get())),
                     cairo_image_surface_get_stride(surface.get()) * 30);
}

// Each canvas call is the cairo call of the same name: the same pixels.
TEST(CairoCanvasTest, DrawsWhatTheCairoCallsDraw) {
  std::string canvas = Pixels([](cairo_t* cr) {
    CairoCanvas c(cr);
    c.SetColor(Rgb{0, 0.5, 1});
    c.Circle(10, 10, 6);
    c.Rectangle(20, 4, 10, 12);
    c.FillPreserve();
    c.SetColor(Rgb{1, 0, 0}, 0.5);
    c.SetLineWidth(1.5);
    c.SetDash(4, 3);
    c.SetLineJoin(LineJoin::kRound);
    c.MoveTo(2, 25);
    c.LineTo(20, 20);
    c.LineTo(38, 28);
    c.ClosePath();
    c.Stroke();
  });
  std::string direct = Pixels([](cairo_t* cr) {
    cairo_set_source_rgb(cr, 0, 0.5, 1);
    cairo_new_sub_path(cr);
    cairo_arc(cr, 10, 10, 6, 0, 2 * M_PI);
    cairo_rectangle(cr, 20, 4, 10, 12);
    cairo_fill_preserve(cr);
    cairo_set_source_rgba(cr, 1, 0, 0, 0.5);
    cairo_set_line_width(cr, 1.5);
    const double dash[] = {4, 3};
    cairo_set_dash(cr, dash, 2, 0);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_move_to(cr, 2, 25);
    cairo_line_to(cr, 20, 20);
    cairo_line_to(cr, 38, 28);
    cairo_close_path(cr);
    cairo_stroke(cr);
  });
  EXPECT_TRUE(canvas == direct);
  EXPECT_NE(canvas, Pixels([](cairo_t*) {})) << "something was drawn";
}

TEST(CairoCanvasTest, ClipAndTextLeaveTheStateAsTheyFoundIt) {
  Typesetter text("DejaVu Sans");
  std::string drawn = Pixels([&](cairo_t* cr) {
    CairoCanvas c(cr);
    c.SetColor(Rgb{0, 0, 1});
    c.Save();
    c.Rectangle(0, 0, 5, 5);
    c.Clip();
    c.Restore();
    text.Draw(c, "Ag", TextStyle{10, false, false, Rgb{1, 0, 0}}, {0, 0});
    c.Rectangle(20, 10, 10, 10);  // blue and unclipped
    c.Fill();
  });
  auto pixel = [&](int x, int y) {
    uint32_t argb;
    std::memcpy(&argb, drawn.data() + y * 40 * 4 + x * 4, 4);
    return argb;
  };
  EXPECT_EQ(pixel(25, 15), 0xff0000ffu);
  bool red = false;
  for (int y = 0; y < 15; ++y)
    for (int x = 0; x < 15; ++x) red |= (pixel(x, y) & 0x00ff0000u) != 0;
  EXPECT_TRUE(red) << "the text is drawn in its own colour";
}

}  // namespace
}  // namespace kfl
