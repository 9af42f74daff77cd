// Charts per second for every chart kind and output format (SVG, PDF, PNG),
// one thread: `make bench`, or build the target kfl_chart_bench and run
//   build/bench/kfl_chart_bench [--benchmark_filter=svg]
// Each benchmark draws one gallery chart per iteration onto a fresh surface
// (as a build does) with one Typesetter reused across iterations (as each
// worker thread would). items_per_second is charts per second per core.
// svg_title_in_html draws no title (the site shows it as HTML text);
// pdf_report_20 writes 20 charts into one document, as a report does.
#include <benchmark/benchmark.h>

#include <cairo.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>

#include "chart/gallery.h"
#include "chart/render.h"

namespace kfl {
namespace {

struct Fixture {
  Catalog catalog;
  std::vector<GalleryEntry> charts;
  Theme theme;
};

const Fixture& Get() {
  static const Fixture* fixture = [] {
    std::string error;
    auto catalog = Catalog::Load(std::string(KFL_SOURCE_DIR) + "/templates/i18n/nb.json", &error);
    if (!catalog) {
      std::cerr << error << '\n';
      std::exit(1);
    }
    auto* f = new Fixture{*catalog, {}, {}};
    f->charts = GalleryCharts(f->catalog);
    return f;
  }();
  return *fixture;
}

enum class Format { kSvg, kSvgUntitled, kPdf, kPng };

void Render(benchmark::State& state, const Chart* chart, Format format) {
  const Fixture& f = Get();
  Typesetter text(f.theme.font_family);
  ChartContext ctx{text, f.theme, f.catalog, NumberStyle::kNorwegian};
  ctx.draw_titles = format != Format::kSvgUntitled;
  size_t bytes = 0;
  for (auto _ : state) {
    std::string out;
    switch (format) {
      case Format::kSvg:
      case Format::kSvgUntitled:
        out = RenderSvg(*chart, ctx);
        break;
      case Format::kPdf:
        out = RenderPdf({chart}, ctx);
        break;
      case Format::kPng:
        out = RenderPng(*chart, ctx, 640, 1);
        break;
    }
    bytes += out.size();
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}

// A report: `count` charts in one PDF document, as the PDF layer writes
// them (fonts are subset once per document, not per chart).
void RenderReport(benchmark::State& state, const Chart* chart) {
  const Fixture& f = Get();
  Typesetter text(f.theme.font_family);
  ChartContext ctx{text, f.theme, f.catalog, NumberStyle::kNorwegian};
  const int count = 20;
  std::vector<const Chart*> pages(count, chart);
  for (auto _ : state) {
    std::string out = RenderPdf(pages, ctx);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(state.iterations() * count);
}

// The floor issue #8 measures kfl against: plain cairo, no kfl code, draws
// a 12-bar chart with labels (a title, 12 category names, 12 values, an
// axis with 5 ticks) onto a 640 x 400 image, with cairo's own text calls.
// Nothing is shaped, wrapped, measured, placed or written to a file.
void RawCairo12Bars(benchmark::State& state) {
  const char* const names[] = {"Trivsel", "Mestring", "Motivasjon", "Relevans", "Struktur",
                               "Vurdering", "Tilpasning", "Arbeidsmåter", "Lærerstøtte",
                               "Medelever", "Atferd", "Mobbing"};
  for (auto _ : state) {
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 640, 400);
    cairo_t* cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, 16);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    cairo_move_to(cr, 10, 22);
    cairo_show_text(cr, "T-skår per faktor, 8A");
    cairo_set_font_size(cr, 11);
    for (int tick = 0; tick < 5; ++tick) {
      const double x = 130 + tick * 110;
      cairo_move_to(cr, x, 40);
      cairo_line_to(cr, x, 380);
      char label[8];
      std::snprintf(label, sizeof label, "%d", 30 + tick * 10);
      cairo_move_to(cr, x - 6, 395);
      cairo_show_text(cr, label);
    }
    cairo_set_line_width(cr, 1);
    cairo_stroke(cr);
    for (int i = 0; i < 12; ++i) {
      const double y = 45 + i * 27.5, value = 42 + (i * 7) % 17;
      cairo_set_source_rgb(cr, 0.0, 0.45, 0.7);
      cairo_rectangle(cr, 130, y, (value - 30) * 11, 20);
      cairo_fill(cr);
      cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
      cairo_move_to(cr, 10, y + 14);
      cairo_show_text(cr, names[i]);
      char label[16];
      std::snprintf(label, sizeof label, "%.1f", value);
      cairo_move_to(cr, 130 + (value - 30) * 11 + 4, y + 14);
      cairo_show_text(cr, label);
    }
    cairo_surface_flush(surface);
    benchmark::DoNotOptimize(cairo_image_surface_get_data(surface));
    cairo_destroy(cr);
    cairo_surface_destroy(surface);
  }
  state.SetItemsProcessed(state.iterations());
}

}  // namespace
}  // namespace kfl

int main(int argc, char** argv) {
  using kfl::Format;
  const char* const kinds[] = {"tbar_class",
                               "diverging_items",
                               "trend_areas",
                               "caterpillar_municipalities",
                               "caterpillar_300_units",
                               "scatter_background",
                               "gender_areas",
                               "heat_table_classes"};
  for (const auto& entry : kfl::Get().charts) {
    if (std::find(std::begin(kinds), std::end(kinds), entry.name) == std::end(kinds)) continue;
    for (auto [format, name] : {std::pair{Format::kSvg, "svg"},
                                {Format::kSvgUntitled, "svg_title_in_html"},
                                {Format::kPdf, "pdf"},
                                {Format::kPng, "png"}})
      benchmark::RegisterBenchmark((entry.name + "/" + name).c_str(), kfl::Render,
                                   entry.chart.get(), format)
          ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark((entry.name + "/pdf_report_20").c_str(), kfl::RenderReport,
                                 entry.chart.get())
        ->Unit(benchmark::kMillisecond);
  }
  benchmark::RegisterBenchmark("raw_cairo_12_bars/png_in_memory", kfl::RawCairo12Bars)
      ->Unit(benchmark::kMicrosecond);
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
