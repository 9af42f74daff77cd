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
#include "pdf/unit_pdf.h"
#include "privacy/disclosure.h"
#include "report/result_index.h"

namespace kfl {
namespace {

struct Env {
  DataSet data;
  Results results;
  Catalog catalog;
  std::string how_to_read, reflection;
  Env() {
    Diagnostics diags;
    ReadDataSet(KFL_SOURCE_DIR "/data/example", &data, &diags);
    results = ComputeResults(data, 1, &diags);
    std::string error;
    catalog = *Catalog::Load(std::string(KFL_SOURCE_TEMPLATES_DIR) + "/i18n/nb.json", &error);
    how_to_read = ReadNarrative(data.dir, std::string(KFL_SOURCE_TEMPLATES_DIR), "nb", "slik-leser-du").value_or("");
    reflection = ReadNarrative(data.dir, std::string(KFL_SOURCE_TEMPLATES_DIR), "nb", "refleksjon").value_or("");
  }
};

Env& Shared() {
  static Env env;
  return env;
}

void Pdf(benchmark::State& state, const char* unit_id, PdfKind kind, bool restricted) {
  Env& env = Shared();
  const ResultIndex index(env.data, env.results);
  const AudienceKind audience = restricted ? AudienceKind::kRestricted : AudienceKind::kPublic;
  DecideFn decide = [&](int part, long i) {
    switch (env.results.waves[part].View(audience)[i]) {
      case Disclosure::kPublished: return FigureState::kShown;
      case Disclosure::kTooFew: return FigureState::kTooFew;
      default: return FigureState::kHidden;
    }
  };
  const Project& p = env.data.project;
  const int min_n = restricted ? p.privacy.min_n_restricted : p.privacy.min_n_public;
  ReportOptions options{.lang = "nb", .restricted = restricted,
                        .shown_levels = restricted ? std::vector<Level>{Level::kCounty, Level::kMunicipality, Level::kSchool, Level::kClass}
                                                   : p.public_levels};
  const UnitReport report = BuildUnitReport(env.data, index, decide, env.data.units.Find(unit_id), options);
  const FigureText text(env.catalog, "nb", min_n, p.privacy.min_cell);
  Theme theme;
  Typesetter typesetter(theme.font_family);
  ChartContext ctx{typesetter, theme, env.catalog};
  const PdfEnv pdf_env{env.data, text, env.how_to_read, env.reflection, env.reflection, restricted};
  size_t bytes = 0;
  for (auto _ : state) {
    std::string pdf = RenderUnitPdf(report, kind, pdf_env, ctx);
    bytes = pdf.size();
    benchmark::DoNotOptimize(pdf);
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["kB"] = static_cast<double>(bytes) / 1000;
}

void BM_ClassPdf(benchmark::State& s) { Pdf(s, "c-sondre-as-01-8a", PdfKind::kReport, true); }
void BM_HeadTeacherPdf(benchmark::State& s) { Pdf(s, "s-sondre-as-01", PdfKind::kHeadTeacher, true); }
void BM_MunicipalityPdf(benchmark::State& s) { Pdf(s, "k-sondre-as", PdfKind::kReport, false); }
BENCHMARK(BM_ClassPdf)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HeadTeacherPdf)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MunicipalityPdf)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace kfl

BENCHMARK_MAIN();
