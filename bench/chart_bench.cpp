// Charts per second for every chart kind and output format (SVG, PDF, PNG),
// one thread: `make bench`, or build the target kfl_chart_bench and run
//   build/bench/kfl_chart_bench [--benchmark_filter=svg]
// Each benchmark draws one gallery chart per iteration onto a fresh surface
// (as a build does) with one Typesetter reused across iterations (as each
// worker thread would). items_per_second is charts per second per core.
// svg_title_in_html draws no title (the site shows it as HTML text);
// pdf_report_20 writes 20 charts into one document, as a report does.
#include <benchmark/benchmark.h>

#include <algorithm>
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
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
