#include "chart/render.h"

#include <algorithm>
#include <cctype>

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include <cmath>
#include <stdexcept>
#include <string_view>
#include <unordered_map>

#include "text/xml_escape.h"

namespace kfl {
namespace {

cairo_status_t Append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

void Check(cairo_surface_t* surface, const char* what) {
  if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS)
    throw std::runtime_error(std::string(what) + ": " +
                             cairo_status_to_string(cairo_surface_status(surface)));
}

}  // namespace

std::string NormalizeSvgIds(const std::string& svg, const std::string& id_prefix) {
  // Pass 1: the new name of every id defined in the document.
  std::unordered_map<std::string_view, std::string> names;
  int surfaces = 0;
  const std::string_view text(svg);
  for (size_t at = text.find(" id=\""); at != std::string_view::npos;
       at = text.find(" id=\"", at + 1)) {
    size_t start = at + 5, end = text.find('"', start);
    if (end == std::string_view::npos) break;
    std::string_view id = text.substr(start, end - start);
    if (names.count(id)) continue;
    if (id.substr(0, 7) == "surface")
      names.emplace(id, id_prefix + "-surface" + std::to_string(++surfaces));
    else
      names.emplace(id, id_prefix + "-" + std::string(id));
  }
  // Pass 2: copy, replacing ids after id=", href="# and url(#. The next
  // position of each marker is cached so the scan stays linear.
  const std::string_view markers[] = {" id=\"", "href=\"#", "url(#"};
  size_t next[3];
  for (int m = 0; m < 3; ++m) next[m] = text.find(markers[m]);
  std::string out;
  out.reserve(svg.size() + svg.size() / 16);
  size_t copied = 0;
  for (;;) {
    int m = 0;
    for (int k = 1; k < 3; ++k)
      if (next[k] < next[m]) m = k;
    if (next[m] == std::string_view::npos) break;
    size_t start = next[m] + markers[m].size();
    size_t end = text.find_first_of("\")", start);
    if (end == std::string_view::npos) break;
    auto it = names.find(text.substr(start, end - start));
    if (it != names.end()) {
      out.append(text.substr(copied, start - copied));
      out.append(it->second);
      copied = end;
    }
    next[m] = text.find(markers[m], end);
  }
  out.append(text.substr(copied));
  return out;
}

std::string AddSvgTitle(std::string svg, const std::string& title, const std::string& desc,
                        const std::string& id_prefix) {
  size_t open = svg.find("<svg");
  if (open == std::string::npos) return svg;
  size_t close = svg.find('>', open);
  if (close == std::string::npos) return svg;
  std::string id = EscapeXml(id_prefix);
  std::string attributes = " role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\"";
  std::string elements = "\n<title id=\"" + id + "-title\">" + EscapeXml(title) +
                         "</title>\n<desc id=\"" + id + "-desc\">" + EscapeXml(desc) + "</desc>";
  std::string out;
  out.reserve(svg.size() + attributes.size() + elements.size());
  out.append(svg, 0, close);
  out += attributes;
  out += '>';
  out += elements;
  out.append(svg, close + 1);
  return out;
}

std::string PlaceSvgText(const std::string& svg, const std::vector<std::string>& elements) {
  std::string out;
  out.reserve(svg.size() + 64 * elements.size());
  size_t copied = 0, next = 0;
  for (size_t at = svg.find(kSvgTextMarker); at != std::string::npos;
       at = svg.find(kSvgTextMarker, at + 1)) {
    size_t open = svg.rfind('<', at), close = svg.find('>', at);
    if (open == std::string::npos || close == std::string::npos || open < copied ||
        next == elements.size()) {
      throw std::logic_error("svg text: markers and texts do not match");
    }
    out.append(svg, copied, open - copied);
    out += elements[next++];
    copied = close + 1;
  }
  if (next != elements.size()) throw std::logic_error("svg text: a marker is missing");
  out.append(svg, copied);
  if (!elements.empty()) {
    // One style for every <text>: the charts' font, else the reader's sans-serif.
    if (size_t open = out.find("<svg"); open != std::string::npos) {
      size_t close = out.find('>', open);
      out.insert(close + 1, "\n<style>text{font-family:\"DejaVu Sans\",sans-serif;white-space:pre}</style>");
    }
  }
  return out;
}

std::string RenderSvg(const Chart& chart, ChartContext& ctx, const SvgOptions& options) {
  double height = std::ceil(chart.Height(options.width, ctx));
  std::string out;
  out.reserve(1 << 16);
  SvgText text{options.width, height, {}};
  {
    CairoSurface surface(cairo_svg_surface_create_for_stream(Append, &out, options.width, height));
    Check(surface.get(), "svg");
    cairo_svg_surface_set_document_unit(surface.get(), CAIRO_SVG_UNIT_PX);
    Cairo cr(cairo_create(surface.get()));
    ctx.text.set_svg_text(&text);
    try {
      chart.Draw(cr.get(), options.width, height, ctx);
    } catch (...) {
      ctx.text.set_svg_text(nullptr);
      throw;
    }
    ctx.text.set_svg_text(nullptr);
    cr.reset();
    cairo_surface_finish(surface.get());
    Check(surface.get(), "svg");
  }
  // The text goes in last: rounding must not touch the numbers in it.
  return AddSvgTitle(
      PlaceSvgText(NormalizeSvgIds(RoundSvgNumbers(out), options.id_prefix), text.elements),
      chart.Title(), chart.TextAlternative(ctx), options.id_prefix);
}

std::string RoundSvgNumbers(const std::string& svg) {
  // cairo writes 6 decimals; a hundredth of a pixel is below what any screen
  // or printer shows, and the glyph outlines shrink by about a third.
  std::string out;
  out.reserve(svg.size());
  for (size_t i = 0; i < svg.size(); ++i) {
    out += svg[i];
    if (svg[i] != '.' || i == 0 || !std::isdigit(static_cast<unsigned char>(svg[i - 1])) ||
        i + 1 >= svg.size() || !std::isdigit(static_cast<unsigned char>(svg[i + 1]))) {
      continue;
    }
    size_t end = i + 1;
    while (end < svg.size() && std::isdigit(static_cast<unsigned char>(svg[end]))) ++end;
    out.append(svg, i + 1, std::min<size_t>(end - i - 1, 2));  // truncate to 2 decimals
    i = end - 1;
  }
  return out;
}

std::string RenderPng(const Chart& chart, ChartContext& ctx, double width, double scale) {
  double height = std::ceil(chart.Height(width, ctx));
  CairoSurface surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24,
                                                  static_cast<int>(std::ceil(width * scale)),
                                                  static_cast<int>(std::ceil(height * scale))));
  Check(surface.get(), "png");
  {
    Cairo cr(cairo_create(surface.get()));
    cairo_scale(cr.get(), scale, scale);
    chart.Draw(cr.get(), width, height, ctx);
  }
  std::string out;
  cairo_surface_write_to_png_stream(surface.get(), Append, &out);
  return out;
}

std::string RenderPdf(const std::vector<const Chart*>& charts, ChartContext& ctx,
                      const PdfOptions& options) {
  std::string out;
  {
    double first = charts.empty() ? 842 : std::ceil(charts[0]->Height(options.width, ctx));
    CairoSurface surface(cairo_pdf_surface_create_for_stream(Append, &out, options.width, first));
    Check(surface.get(), "pdf");
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATE_DATE,
                                   options.created.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_MOD_DATE,
                                   options.created.c_str());
    if (!options.title.empty())
      cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE,
                                     options.title.c_str());
    Cairo cr(cairo_create(surface.get()));
    for (const Chart* chart : charts) {
      double height = std::ceil(chart->Height(options.width, ctx));
      cairo_pdf_surface_set_size(surface.get(), options.width, height);
      chart->Draw(cr.get(), options.width, height, ctx);
      cairo_show_page(cr.get());
    }
    cr.reset();
    cairo_surface_finish(surface.get());
    Check(surface.get(), "pdf");
  }
  return out;
}

}  // namespace kfl
