// Class PDFs per second on one core: the contact teacher's report of one
// class of the example data (8A, Søndre Ås ungdomsskole: three class-level
// instruments), laid out and written in memory. Also the head teacher's
// overview and a municipality report for scale.
#include <benchmark/benchmark.h>

#include "privacy/results.h"
#include "chart/theme.h"
#include "chart/typesetter.h"
#include "io/data_set_reader.h"
#include "io/text_files.h"
#include "pdf/pdf_finish.h"
#include "pdf/unit_pdf.h"
#include "privacy/disclosure.h"
#include "report/outline.h"
#include "report/result_index.h"

namespace kfl {
namespace {

struct Env {
  DataSet data;
  Results results;
  Catalog catalog;
  Narratives narratives;
  Env() {
    Diagnostics diags;
    ReadDataSet(KFL_SOURCE_DIR "/data/example", &data, &diags);
    results = ComputeResults(data, 1, &diags);
    std::string error;
    catalog = *Catalog::Load(std::string(KFL_SOURCE_TEMPLATES_DIR) + "/i18n/nb.json", &error);
    const std::string templates = KFL_SOURCE_TEMPLATES_DIR;
    narratives.how_to_read = ReadNarrative(data.dir, templates, "nb", "slik-leser-du").value_or("");
    narratives.reflection = ReadNarrative(data.dir, templates, "nb", "refleksjon").value_or("");
  }
};

Env& Shared() {
  static Env env;
  return env;
}

// One unit's report of the example, its outline built once, ready to be
// drawn as the build draws it.
struct UnitPdf {
  Env& env = Shared();
  const Audience audience;
  const FigureText text;
  Outline outline;
  Theme theme;
  Typesetter typesetter{theme.font_family};
  ChartContext ctx{typesetter, theme, env.catalog};

  UnitPdf(const char* unit_id, bool restricted)
      : audience(restricted ? RestrictedAudience(env.data.project)
                            : PublicAudience(env.data.project)),
        text(env.catalog, "nb", audience.min_n, audience.min_cell) {
    const ResultIndex index(env.data, env.results);
    DecideFn decide = [&](int part, long i) {
      switch (env.results.waves[part].View(audience.kind)[i]) {
        case Disclosure::kPublished: return FigureState::kShown;
        case Disclosure::kTooFew: return FigureState::kTooFew;
        default: return FigureState::kHidden;
      }
    };
    const ReportOptions options{.lang = "nb", .audience = audience};
    const UnitReport report =
        BuildUnitReport(env.data, index, decide, env.data.units.Find(unit_id), options);
    std::vector<std::vector<int>> sorted(env.data.units.size());
    for (int u = 0; u < env.data.units.size(); ++u) sorted[u] = env.data.units[u].children;
    outline = BuildOutline(report, {env.data, text, audience, sorted, env.narratives, true});
  }

  std::string Render() { return RenderUnitPdf(outline, {env.data, text, audience}, ctx); }
};

void Pdf(benchmark::State& state, const char* unit_id, bool restricted) {
  UnitPdf unit(unit_id, restricted);
  size_t bytes = 0;
  for (auto _ : state) {
    std::string pdf = unit.Render();
    bytes = pdf.size();
    benchmark::DoNotOptimize(pdf);
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["kB"] = static_cast<double>(bytes) / 1000;
}

void BM_ClassPdf(benchmark::State& s) { Pdf(s, "c-sondre-as-01-8a", true); }

// The share of a class PDF that is libqpdf's rewrite (pdf/pdf_finish): the
// finished class report finished again (cairo writes no object streams, so
// its Figure elements can be counted in the bytes).
void BM_FinishClassPdf(benchmark::State& state) {
  UnitPdf unit("c-sondre-as-01-8a", true);
  const std::string pdf = unit.Render();
  PdfFinish finish{.lang = "nb", .figure_alts = {}};
  for (size_t at = 0; (at = pdf.find("/S /Figure", at)) != std::string::npos; ++at) {
    finish.figure_alts.push_back("Figur");
  }
  for (auto _ : state) benchmark::DoNotOptimize(FinishPdf(pdf, finish));
  state.counters["kB"] = static_cast<double>(pdf.size()) / 1000;
}
BENCHMARK(BM_FinishClassPdf)->Unit(benchmark::kMillisecond);
void BM_HeadTeacherPdf(benchmark::State& s) { Pdf(s, "s-sondre-as-01", true); }
void BM_MunicipalityPdf(benchmark::State& s) { Pdf(s, "k-sondre-as", false); }
BENCHMARK(BM_ClassPdf)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HeadTeacherPdf)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MunicipalityPdf)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace kfl

BENCHMARK_MAIN();
