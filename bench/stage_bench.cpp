// The stages of a build on the committed example data set, one thread:
// read (parse and validate the data directory), compute (score, aggregate,
// reliability, reference, variation and the privacy decisions: ComputeResults),
// decide (the privacy stage alone: DecideViews), report (UnitReport of every
// unit) and key (its cache key). `make bench`, or build kfl_stage_bench and
// run build/bench/kfl_stage_bench. items_per_second counts units for report
// and key.
#include <benchmark/benchmark.h>

#include <iostream>

#include "io/content_hash.h"
#include "privacy/results.h"
#include "io/data_set_reader.h"
#include "report/report_key.h"
#include "report/unit_report.h"

namespace kfl {
namespace {

const std::string kData = std::string(KFL_SOURCE_DIR) + "/data/example";

struct Fixture {
  DataSet data;
  Results results;
};

const Fixture& Get() {
  static const Fixture* fixture = [] {
    auto* f = new Fixture;
    Diagnostics diags;
    if (!ReadDataSet(kData, &f->data, &diags)) std::exit(1);
    f->results = ComputeResults(f->data, 1, &diags);
    if (diags.has_errors()) std::exit(1);
    return f;
  }();
  return *fixture;
}

FigureState Shown(const Results& results, int part, long i) {
  return results.waves[part].View(AudienceKind::kRestricted)[i] == Disclosure::kPublished
             ? FigureState::kShown
             : FigureState::kHidden;
}

void BM_Read(benchmark::State& state) {
  for (auto _ : state) {
    DataSet data;
    Diagnostics diags;
    benchmark::DoNotOptimize(ReadDataSet(kData, &data, &diags));
  }
}
BENCHMARK(BM_Read)->Unit(benchmark::kMillisecond);

void BM_Compute(benchmark::State& state) {
  const Fixture& f = Get();
  for (auto _ : state) {
    Diagnostics diags;
    benchmark::DoNotOptimize(ComputeResults(f.data, 1, &diags));
  }
}
BENCHMARK(BM_Compute)->Unit(benchmark::kMillisecond);

void BM_Decide(benchmark::State& state) {
  const Fixture& f = Get();
  for (auto _ : state) {
    Results copy = f.results;
    DecideViews(f.data, 1, &copy);
    benchmark::DoNotOptimize(copy);
  }
}
BENCHMARK(BM_Decide)->Unit(benchmark::kMillisecond);

void BM_ReportAndKey(benchmark::State& state, bool key) {
  const Fixture& f = Get();
  const ResultIndex index(f.data, f.results);
  DecideFn decide = [&](int part, long i) { return Shown(f.results, part, i); };
  const ReportOptions options{.lang = "nb", .audience = RestrictedAudience(f.data.project)};
  for (auto _ : state) {
    for (int u = 0; u < f.data.units.size(); ++u) {
      UnitReport r = BuildUnitReport(f.data, index, decide, u, options);
      if (key) {
        ContentHash h;
        AddReportKey(r, &h);
        benchmark::DoNotOptimize(h.Hex());
      }
      benchmark::DoNotOptimize(r);
    }
  }
  state.SetItemsProcessed(state.iterations() * f.data.units.size());
}
BENCHMARK_CAPTURE(BM_ReportAndKey, report, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ReportAndKey, report_and_key, true)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace kfl

BENCHMARK_MAIN();
