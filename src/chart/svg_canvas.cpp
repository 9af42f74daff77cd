#include "chart/svg_canvas.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "chart/typesetter.h"
#include "text/xml_escape.h"

namespace kfl {
namespace {

// `v` with at most two decimals and no trailing zeros ("12.5", "-3", "0").
void AppendNumber(std::string* out, double v) {
  if (!std::isfinite(v)) v = 0;
  char buf[32];
  char* end = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 2).ptr;
  while (end[-1] == '0') --end;  // "12.50" -> "12.5", "3.00" -> "3."
  if (end[-1] == '.') --end;
  if (end - buf == 2 && buf[0] == '-' && buf[1] == '0') {  // -0.001 gives "-0"
    out->push_back('0');
    return;
  }
  out->append(buf, end);
}

void AppendColor(std::string* out, const Rgb& c) { out->append(CssColor(c)); }

void AppendPoint(std::string* out, char command, double x, double y) {
  out->push_back(command);
  AppendNumber(out, x);
  out->push_back(' ');
  AppendNumber(out, y);
}

void AppendAttribute(std::string* out, std::string_view name, double value) {
  out->push_back(' ');
  out->append(name);
  out->append("=\"");
  AppendNumber(out, value);
  out->push_back('"');
}

void AppendPaint(std::string* out, std::string_view paint, const Rgb& color, double opacity) {
  out->push_back(' ');
  out->append(paint);
  out->append("=\"");
  AppendColor(out, color);
  out->push_back('"');
  if (opacity < 1) AppendAttribute(out, std::string(paint) + "-opacity", opacity);
}

// The characters shown on `line`: its runs in order, an ellipsized run as
// "…". Trailing spaces (where a wrapped line broke) are left out; *end is
// the byte index in the layout's text where the shown text ends.
std::string LineText(PangoLayoutLine* line, const char* text, int* end) {
  std::string shown;
  *end = line->start_index;
  for (GSList* r = line->runs; r; r = r->next) {
    const PangoItem* item = static_cast<PangoGlyphItem*>(r->data)->item;
    if (item->analysis.flags & PANGO_ANALYSIS_FLAG_IS_ELLIPSIS) {
      shown += "\u2026";
    } else {
      shown.append(text + item->offset, item->length);
    }
    *end = item->offset + item->length;
  }
  while (!shown.empty() && (shown.back() == ' ' || shown.back() == '\n')) {
    shown.pop_back();
    --*end;
  }
  return shown;
}

}  // namespace

SvgCanvas::SvgCanvas(double width, double height, std::string id_prefix)
    : width_(width), height_(height), id_prefix_(EscapeXml(id_prefix)) {
  body_.reserve(1 << 14);
}

void SvgCanvas::Save() {
  State state = states_.back();
  state.groups = 0;
  states_.push_back(state);
}

void SvgCanvas::Restore() {
  if (states_.size() < 2) return;
  FlushFill();
  for (int i = 0; i < states_.back().groups; ++i) body_ += "</g>\n";
  states_.pop_back();
}

void SvgCanvas::SetColor(const Rgb& color, double opacity) {
  states_.back().color = color;
  states_.back().opacity = opacity;
}

void SvgCanvas::SetLineWidth(double width) { states_.back().line_width = width; }

void SvgCanvas::SetDash(double on, double off) {
  states_.back().dash_on = on;
  states_.back().dash_off = off;
}

void SvgCanvas::SetLineJoin(LineJoin join) { states_.back().join = join; }

void SvgCanvas::MoveTo(double x, double y) {
  FlushFill();
  AppendPoint(&path_, 'M', x, y);
}

void SvgCanvas::LineTo(double x, double y) {
  FlushFill();
  AppendPoint(&path_, 'L', x, y);
  path_draws_ = true;
}

void SvgCanvas::ClosePath() {
  FlushFill();
  path_ += 'Z';
  path_draws_ = true;
}

void SvgCanvas::Rectangle(double x, double y, double w, double h) {
  FlushFill();
  AppendPoint(&path_, 'M', x, y);
  path_ += 'H';
  AppendNumber(&path_, x + w);
  path_ += 'V';
  AppendNumber(&path_, y + h);
  path_ += 'H';
  AppendNumber(&path_, x);
  path_ += 'Z';
  path_draws_ = true;
}

void SvgCanvas::Circle(double x, double y, double radius) {
  FlushFill();
  // Two half circles, clockwise (sweep flag 1) as cairo's arc from 0 to 2 pi.
  AppendPoint(&path_, 'M', x + radius, y);
  for (double end : {x - radius, x + radius}) {
    AppendPoint(&path_, 'A', radius, radius);
    path_ += " 0 1 1 ";
    AppendNumber(&path_, end);
    path_ += ' ';
    AppendNumber(&path_, y);
  }
  path_draws_ = true;
}

void SvgCanvas::AppendPath() {
  body_ += "<path d=\"";
  body_ += path_;
  body_ += '"';
}

void SvgCanvas::Fill() {
  FillPreserve();
  FlushFill();
  path_.clear();
  path_draws_ = false;
}

void SvgCanvas::FillPreserve() {
  FlushFill();
  if (!path_draws_) return;
  fill_pending_ = true;
  pending_color_ = states_.back().color;
  pending_opacity_ = states_.back().opacity;
}

void SvgCanvas::FlushFill() {
  if (!fill_pending_) return;
  fill_pending_ = false;
  AppendPath();
  AppendPaint(&body_, "fill", pending_color_, pending_opacity_);
  body_ += "/>\n";
}

void SvgCanvas::Stroke() {
  if (path_draws_) {
    if (fill_pending_) {
      fill_pending_ = false;
      AppendPath();
      AppendPaint(&body_, "fill", pending_color_, pending_opacity_);
    } else {
      AppendPath();
      body_ += " fill=\"none\"";
    }
    const State& s = states_.back();
    AppendPaint(&body_, "stroke", s.color, s.opacity);
    AppendAttribute(&body_, "stroke-width", s.line_width);
    if (s.dash_on > 0) {
      body_ += " stroke-dasharray=\"";
      AppendNumber(&body_, s.dash_on);
      body_ += ' ';
      AppendNumber(&body_, s.dash_off);
      body_ += '"';
    }
    if (s.join == LineJoin::kRound) body_ += " stroke-linejoin=\"round\"";
    body_ += "/>\n";
  }
  path_.clear();
  path_draws_ = false;
}

void SvgCanvas::Clip() {
  FlushFill();
  std::string id = id_prefix_ + "-clip" + std::to_string(++clips_);
  body_ += "<clipPath id=\"" + id + "\">";
  AppendPath();
  body_ += "/></clipPath>\n<g clip-path=\"url(#" + id + ")\">\n";
  ++states_.back().groups;
  path_.clear();
  path_draws_ = false;
}

void SvgCanvas::DrawLayout(PangoLayout* layout, double x, double y, const TextStyle& style) {
  FlushFill();
  has_text_ = true;
  const char* text = pango_layout_get_text(layout);
  PangoLayoutIter* iter = pango_layout_get_iter(layout);
  do {
    PangoLayoutLine* line = pango_layout_iter_get_line_readonly(iter);
    int end = 0;
    std::string shown = LineText(line, text, &end);
    if (shown.empty()) continue;
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(iter, nullptr, &logical);
    // The width of the shown characters: up to where they end, or the
    // whole line when it ends in an ellipsis.
    int x_end = 0;
    if (line->runs &&
        !(static_cast<PangoGlyphItem*>(g_slist_last(line->runs)->data)->item->analysis.flags &
          PANGO_ANALYSIS_FLAG_IS_ELLIPSIS) &&
        end < line->start_index + line->length) {
      pango_layout_line_index_to_x(line, end, FALSE, &x_end);
    } else {
      x_end = logical.width;
    }
    body_ += "<text";
    AppendAttribute(&body_, "x", x + static_cast<double>(logical.x) / PANGO_SCALE);
    AppendAttribute(&body_, "y",
                    y + static_cast<double>(pango_layout_iter_get_baseline(iter)) / PANGO_SCALE);
    AppendAttribute(&body_, "font-size", style.size);
    if (style.bold) body_ += " font-weight=\"bold\"";
    if (style.italic) body_ += " font-style=\"italic\"";
    if (!(style.color == Rgb{})) AppendPaint(&body_, "fill", style.color, 1);
    AppendAttribute(&body_, "textLength", static_cast<double>(x_end) / PANGO_SCALE);
    body_ += " lengthAdjust=\"spacingAndGlyphs\">";
    body_ += EscapeXml(shown);
    body_ += "</text>\n";
  } while (pango_layout_iter_next_line(iter));
  pango_layout_iter_free(iter);
}

std::string SvgCanvas::Document(std::string_view title, std::string_view desc) {
  FlushFill();
  std::string out;
  out.reserve(body_.size() + title.size() + desc.size() + 512);
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"";
  AppendAttribute(&out, "width", width_);
  AppendAttribute(&out, "height", height_);
  out += " viewBox=\"0 0 ";
  AppendNumber(&out, width_);
  out += ' ';
  AppendNumber(&out, height_);
  out += "\" role=\"img\" aria-labelledby=\"" + id_prefix_ + "-title " + id_prefix_ + "-desc\">\n";
  out += "<title id=\"" + id_prefix_ + "-title\">" + EscapeXml(title) + "</title>\n";
  out += "<desc id=\"" + id_prefix_ + "-desc\">" + EscapeXml(desc) + "</desc>\n";
  if (has_text_)
    out += "<style>text{font-family:\"DejaVu Sans\",sans-serif;white-space:pre}</style>\n";
  out += body_;
  for (const State& s : states_)
    for (int i = 0; i < s.groups; ++i) out += "</g>\n";
  out += "</svg>\n";
  return out;
}

}  // namespace kfl
