#include "chart_test_util.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "chart/render.h"

namespace kfl::testing {
namespace {

struct ReadState {
  const std::string* bytes;
  size_t offset = 0;
};

cairo_status_t Read(void* closure, unsigned char* data, unsigned int length) {
  auto* state = static_cast<ReadState*>(closure);
  if (state->offset + length > state->bytes->size()) return CAIRO_STATUS_READ_ERROR;
  std::copy_n(state->bytes->data() + state->offset, length, data);
  state->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

CairoSurface Decode(const std::string& png) {
  ReadState state{&png};
  return CairoSurface(cairo_image_surface_create_from_png_stream(Read, &state));
}

std::string ReferencePath(const std::string& name) {
  return std::string(KFL_SOURCE_DIR) + "/tests/chart/reference/" + name + ".png";
}

}  // namespace

const Catalog& BokmalCatalog() {
  // Loaded once per test binary; a Catalog is immutable and thread-safe.
  static const Catalog catalog = [] {
    std::string error;
    auto c = Catalog::Load(std::string(KFL_SOURCE_DIR) + "/templates/i18n/nb.json", &error);
    if (!c) throw std::runtime_error(error);
    return *c;
  }();
  return catalog;
}

std::unique_ptr<Chart> GalleryChart(const std::string& name) {
  for (GalleryEntry& entry : GalleryCharts(BokmalCatalog()))
    if (entry.name == name) return std::move(entry.chart);
  ADD_FAILURE() << "no gallery chart named " << name;
  return nullptr;
}

std::string CompareWithReference(const Chart& chart, const std::string& name,
                                 const ReferenceStyle& style) {
  Typesetter text(style.theme.font_family);
  ChartContext ctx{text, style.theme, BokmalCatalog(), NumberStyle::kNorwegian};
  ctx.draw_titles = style.draw_titles;
  std::string png = RenderPng(chart, ctx, style.width, 1);
  std::string path = ReferencePath(name);
  if (std::getenv("KFL_UPDATE_REFERENCES")) {
    std::ofstream out(path, std::ios::binary);
    out << png;
    return out ? "" : "cannot write " + path;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return path + " is missing; create it with KFL_UPDATE_REFERENCES=1";
  std::stringstream buffer;
  buffer << in.rdbuf();
  CairoSurface actual = Decode(png), expected = Decode(buffer.str());
  if (cairo_surface_status(expected.get()) != CAIRO_STATUS_SUCCESS) return path + " is no PNG";
  int w = cairo_image_surface_get_width(actual.get());
  int h = cairo_image_surface_get_height(actual.get());
  int ew = cairo_image_surface_get_width(expected.get());
  int eh = cairo_image_surface_get_height(expected.get());
  if (w != ew || h != eh)
    return name + ": size " + std::to_string(w) + "x" + std::to_string(h) + ", reference " +
           std::to_string(ew) + "x" + std::to_string(eh);
  cairo_surface_flush(actual.get());
  cairo_surface_flush(expected.get());
  const unsigned char* a = cairo_image_surface_get_data(actual.get());
  const unsigned char* e = cairo_image_surface_get_data(expected.get());
  int as = cairo_image_surface_get_stride(actual.get());
  int es = cairo_image_surface_get_stride(expected.get());
  double sum = 0;
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w * 4; ++x)
      if (x % 4 != 3) sum += std::abs(a[y * as + x] - e[y * es + x]);
  double mean = sum / (static_cast<double>(w) * h * 3);
  if (mean >= 1.0)
    return name + ": mean absolute difference " + std::to_string(mean) +
           " per channel (limit 1.0); if the change is intended, run "
           "make chart-references and look at the new references";
  return "";
}

std::string ElementText(const std::string& xml, const std::string& tag) {
  size_t open = xml.find("<" + tag);
  if (open == std::string::npos) return "";
  size_t start = xml.find('>', open);
  size_t end = xml.find("</" + tag + ">", start);
  if (start == std::string::npos || end == std::string::npos) return "";
  return xml.substr(start + 1, end - start - 1);
}

}  // namespace kfl::testing
