#include "build/build.h"

#include <functional>
#include <vector>

#include "build/data_files.h"
#include "build/output_dir.h"
#include "build/parallel.h"
#include "build/results.h"
#include "io/data_set_reader.h"

namespace kfl {

bool RunBuild(const BuildOptions& options, Diagnostics* diags) {
  DataSet data;
  if (!ReadDataSet(options.data_dir, &data, diags) || diags->has_errors()) return false;
  Results results = ComputeResults(data, options.jobs, diags);
  if (diags->has_errors()) return false;

  // Only now, with valid input and every figure computed, touch the output.
  OutputDir out;
  if (!out.Open(options.out_dir, diags)) return false;
  struct DataFile {
    const char* path;
    std::function<void(FileWriter*)> write;
  };
  const DataFile files[] = {
      {"site/data/aggregates.csv",
       [&](FileWriter* f) { WriteAggregatesCsv(data, results, AudienceKind::kPublic, f); }},
      {"restricted/data/aggregates.csv",
       [&](FileWriter* f) {
         WriteAggregatesCsv(data, results, AudienceKind::kRestricted, f);
       }},
      {"data/reliability.csv", [&](FileWriter* f) { WriteReliabilityCsv(data, results, f); }},
      {"data/variation.csv", [&](FileWriter* f) { WriteVariationCsv(data, results, f); }},
  };
  // Create the files here, then write them in parallel (each writer by one
  // thread; bytes do not depend on the thread count).
  std::vector<FileWriter*> writers;
  for (const DataFile& file : files) {
    FileWriter* f = out.Create(file.path, diags);
    if (!f) return false;
    writers.push_back(f);
  }
  ParallelFor(writers.size(), options.jobs, [&](size_t i) { files[i].write(writers[i]); });
  if (!out.Commit(diags)) return false;
  return true;
}

}  // namespace kfl
