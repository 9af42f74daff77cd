#include "chart/render.h"

#include <cairo-pdf.h>

#include <cmath>
#include <stdexcept>

#include "chart/cairo_canvas.h"
#include "chart/svg_canvas.h"

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

std::string RenderSvg(const Chart& chart, ChartContext& ctx, const SvgOptions& options) {
  double height = std::ceil(chart.Height(options.width, ctx));
  SvgCanvas canvas(options.width, height, options.id_prefix);
  chart.Draw(canvas, options.width, height, ctx);
  return canvas.Document(chart.Title(), chart.TextAlternative(ctx));
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
    CairoCanvas canvas(cr.get());
    chart.Draw(canvas, width, height, ctx);
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
    CairoCanvas canvas(cr.get());
    for (const Chart* chart : charts) {
      double height = std::ceil(chart->Height(options.width, ctx));
      cairo_pdf_surface_set_size(surface.get(), options.width, height);
      chart->Draw(canvas, options.width, height, ctx);
      cairo_show_page(cr.get());
    }
    cr.reset();
    cairo_surface_finish(surface.get());
    Check(surface.get(), "pdf");
  }
  return out;
}

}  // namespace kfl
