#include "chart/svg_canvas.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>

#include "chart/typesetter.h"

namespace kfl {
namespace {

// The drawing part of the document: what comes after the <desc> (and the
// <style>, when there is text) up to </svg>.
std::string Body(SvgCanvas& canvas) {
  std::string doc = canvas.Document("t", "d");
  size_t start = doc.find("</desc>\n") + 8;
  if (doc.compare(start, 7, "<style>") == 0) start = doc.find('\n', start) + 1;
  return doc.substr(start, doc.rfind("</svg>") - start);
}

TEST(SvgCanvasTest, EachPaintIsOnePathWithItsAttributes) {
  const Rgb blue = Rgb::Hex(0x0072B2);
  struct Case {
    const char* name;
    std::function<void(Canvas&)> draw;
    std::string expected;
  } cases[] = {
      {"filled rectangle",
       [&](Canvas& c) {
         c.SetColor(blue);
         c.Rectangle(1, 2, 3, 4);
         c.Fill();
       },
       "<path d=\"M1 2H4V6H1Z\" fill=\"#0072b2\"/>\n"},
      {"translucent fill",
       [](Canvas& c) {
         c.SetColor(Rgb{1, 1, 1}, 0.8);
         c.Rectangle(0, 0, 10, 5);
         c.Fill();
       },
       "<path d=\"M0 0H10V5H0Z\" fill=\"#ffffff\" fill-opacity=\"0.8\"/>\n"},
      {"dashed line",
       [&](Canvas& c) {
         c.SetColor(blue);
         c.SetLineWidth(1.25);
         c.SetDash(4, 3);
         c.MoveTo(0.5, 10);
         c.LineTo(100.5, 10);
         c.Stroke();
       },
       "<path d=\"M0.5 10L100.5 10\" fill=\"none\" stroke=\"#0072b2\" stroke-width=\"1.25\" "
       "stroke-dasharray=\"4 3\"/>\n"},
      {"polyline with round joins, default width 2",
       [](Canvas& c) {
         c.SetLineJoin(LineJoin::kRound);
         c.MoveTo(0, 0);
         c.LineTo(5, 5);
         c.LineTo(10, 0);
         c.Stroke();
       },
       "<path d=\"M0 0L5 5L10 0\" fill=\"none\" stroke=\"#000000\" stroke-width=\"2\" "
       "stroke-linejoin=\"round\"/>\n"},
      {"marker: a fill and a stroke of one path are one element",
       [&](Canvas& c) {
         c.MoveTo(5, 0);
         c.LineTo(10, 5);
         c.LineTo(5, 10);
         c.ClosePath();
         c.SetColor(blue);
         c.FillPreserve();
         c.SetColor(Rgb{1, 1, 1});
         c.SetLineWidth(1);
         c.Stroke();
       },
       "<path d=\"M5 0L10 5L5 10Z\" fill=\"#0072b2\" stroke=\"#ffffff\" stroke-width=\"1\"/>\n"},
      {"a preserved fill whose path grows is written before it grows",
       [&](Canvas& c) {
         c.Rectangle(0, 0, 1, 1);
         c.FillPreserve();
         c.Rectangle(2, 0, 1, 1);
         c.Fill();
       },
       "<path d=\"M0 0H1V1H0Z\" fill=\"#000000\"/>\n"
       "<path d=\"M0 0H1V1H0ZM2 0H3V1H2Z\" fill=\"#000000\"/>\n"},
      {"circles clockwise from angle 0, several in one path",
       [](Canvas& c) {
         c.Circle(10, 20, 3.5);
         c.Circle(20, 20, 1.5);
         c.Fill();
       },
       "<path d=\"M13.5 20A3.5 3.5 0 1 1 6.5 20A3.5 3.5 0 1 1 13.5 20"
       "M21.5 20A1.5 1.5 0 1 1 18.5 20A1.5 1.5 0 1 1 21.5 20\" fill=\"#000000\"/>\n"},
      {"a path of moves only draws nothing",
       [](Canvas& c) {
         c.MoveTo(1, 1);
         c.Stroke();
         c.Fill();
       },
       ""},
      {"Restore brings back the colour, width and dash",
       [&](Canvas& c) {
         c.SetColor(blue);
         c.SetLineWidth(1);
         c.Save();
         c.SetColor(Rgb{1, 0, 0});
         c.SetLineWidth(3);
         c.SetDash(4, 3);
         c.Restore();
         c.MoveTo(0, 0);
         c.LineTo(1, 0);
         c.Stroke();
       },
       "<path d=\"M0 0L1 0\" fill=\"none\" stroke=\"#0072b2\" stroke-width=\"1\"/>\n"},
      {"a clip is a clipPath and a group that ends at Restore",
       [](Canvas& c) {
         c.Save();
         c.Rectangle(0, 0, 10, 10);
         c.Clip();
         c.MoveTo(-5, 5);
         c.LineTo(15, 5);
         c.Stroke();
         c.Restore();
         c.Rectangle(0, 0, 1, 1);
         c.Fill();
       },
       "<clipPath id=\"p-clip1\"><path d=\"M0 0H10V10H0Z\"/></clipPath>\n"
       "<g clip-path=\"url(#p-clip1)\">\n"
       "<path d=\"M-5 5L15 5\" fill=\"none\" stroke=\"#000000\" stroke-width=\"2\"/>\n"
       "</g>\n"
       "<path d=\"M0 0H1V1H0Z\" fill=\"#000000\"/>\n"},
      {"clips not restored are closed at the end, ids counted",
       [](Canvas& c) {
         c.Rectangle(0, 0, 10, 10);
         c.Clip();
         c.Save();
         c.Rectangle(0, 0, 5, 5);
         c.Clip();
       },
       "<clipPath id=\"p-clip1\"><path d=\"M0 0H10V10H0Z\"/></clipPath>\n"
       "<g clip-path=\"url(#p-clip1)\">\n"
       "<clipPath id=\"p-clip2\"><path d=\"M0 0H5V5H0Z\"/></clipPath>\n"
       "<g clip-path=\"url(#p-clip2)\">\n"
       "</g>\n</g>\n"},
  };
  for (const Case& c : cases) {
    SvgCanvas canvas(100, 50, "p");
    c.draw(canvas);
    EXPECT_EQ(Body(canvas), c.expected) << c.name;
  }
}

TEST(SvgCanvasTest, NumbersHaveAtMostTwoDecimalsAndColoursAreHex) {
  struct Case {
    double value;
    const char* written;
  } cases[] = {
      {0, "0"},          {12.5, "12.5"},  {3.0, "3"},      {1.0 / 3, "0.33"},
      {2.0 / 3, "0.67"}, {-0.001, "0"},   {-2.5, "-2.5"},  {640.004, "640"},
      {1e6, "1000000"},  {99.999, "100"}, {0.125, "0.12"}, {std::nan(""), "0"},
  };
  for (const Case& c : cases) {
    SvgCanvas canvas(100, 50, "p");
    canvas.MoveTo(c.value, 1);
    canvas.LineTo(0, 0);
    canvas.Stroke();
    const std::string expected = "<path d=\"M" + std::string(c.written) + " 1L0 0\"";
    EXPECT_EQ(Body(canvas).substr(0, expected.size()), expected) << c.value;
  }
  SvgCanvas canvas(100, 50, "p");
  canvas.SetColor(Rgb{0.5, 0, 1.2});  // 127.5 rounds up; out of range is clamped
  canvas.Rectangle(0, 0, 1, 1);
  canvas.Fill();
  EXPECT_NE(Body(canvas).find("fill=\"#8000ff\""), std::string::npos) << Body(canvas);
}

TEST(SvgCanvasTest, DocumentCarriesSizeTitleAndDescEscaped) {
  SvgCanvas canvas(640, 301, "c\"1");
  std::string doc = canvas.Document("Skole <A> & \"B\"", "T = 52,3 > 50 </desc><script>");
  EXPECT_EQ(doc,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"301\" "
            "viewBox=\"0 0 640 301\" role=\"img\" aria-labelledby=\"c&quot;1-title "
            "c&quot;1-desc\">\n"
            "<title id=\"c&quot;1-title\">Skole &lt;A&gt; &amp; &quot;B&quot;</title>\n"
            "<desc id=\"c&quot;1-desc\">T = 52,3 &gt; 50 &lt;/desc&gt;&lt;script&gt;</desc>\n"
            "</svg>\n");
}

TEST(SvgCanvasTest, TextIsOneEscapedTextElementPerLineWithTheStyleOnce) {
  Typesetter text("DejaVu Sans");
  SvgCanvas canvas(300, 100, "p");
  TextStyle bold{11, true, false, Rgb::Hex(0x1a1a1a)};
  text.Draw(canvas, "<script>alert(\"x\")</script> & mer", bold, {10, 20});
  text.Draw(canvas, "To linjer med tekst her", TextStyle{10},
            {10, 50, Align::kStart, Align::kStart, 80, 2});
  std::string doc = canvas.Document("t", "d");
  EXPECT_EQ(doc.find("<script"), std::string::npos) << doc;
  EXPECT_NE(doc.find(">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; mer</text>\n"),
            std::string::npos)
      << doc;
  EXPECT_NE(doc.find("<text x=\"10\" y=\""), std::string::npos) << doc;
  EXPECT_NE(doc.find("font-size=\"11\" font-weight=\"bold\" fill=\"#1a1a1a\" textLength=\""),
            std::string::npos)
      << doc;
  // Black text takes the default fill; the wrapped text is two elements.
  EXPECT_NE(doc.find("font-size=\"10\" textLength=\""), std::string::npos) << doc;
  EXPECT_NE(doc.find(">To linjer med</text>"), std::string::npos) << doc;
  EXPECT_NE(doc.find(">tekst her</text>"), std::string::npos) << doc;
  size_t style = doc.find("<style>text{font-family:\"DejaVu Sans\",sans-serif;white-space:pre}");
  EXPECT_NE(style, std::string::npos);
  EXPECT_EQ(doc.find("<style>", style + 1), std::string::npos) << "one style";
  EXPECT_LT(doc.find("</desc>"), style);
}

TEST(SvgCanvasTest, HaloIsATranslucentRectangleUnderItsText) {
  Typesetter text("DejaVu Sans");
  SvgCanvas canvas(300, 100, "p");
  TextStyle style{10};
  style.halo = true;
  text.Draw(canvas, "8A", style, {10, 20});
  std::string body = Body(canvas);
  EXPECT_EQ(body.rfind("<path d=\"M9 20H", 0), 0u) << body;
  EXPECT_NE(body.find("fill=\"#ffffff\" fill-opacity=\"0.8\"/>\n<text x=\"10\""), std::string::npos)
      << body;
}

}  // namespace
}  // namespace kfl
