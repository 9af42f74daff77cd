#include "build/build.h"

#include <functional>
#include <vector>

#include "build/data_files.h"
#include "build/output_dir.h"
#include "build/parallel.h"
#include "build/results.h"
#include "io/data_set_reader.h"
#include "privacy/disclosure.h"
#include "site/site_writer.h"
#include "text/catalog.h"

namespace kfl {

bool RunBuild(const BuildOptions& options, Diagnostics* diags) {
  DataSet data;
  if (!ReadDataSet(options.data_dir, &data, diags)) return false;
  if (diags->has_errors()) {
    // Report every problem, as kfl validate does, before giving up.
    ValidateResponses(data, options.jobs, diags);
    return false;
  }
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

  // The two sites: same code, different levels and thresholds.
  std::string error;
  const std::string templates = TemplatesDir();
  std::optional<Catalog> catalog = Catalog::Load(templates + "/i18n/" + options.lang + ".json", &error);
  if (!catalog) {
    diags->Error({templates + "/i18n/" + options.lang + ".json", 0, 0}, "diag.catalog_unreadable",
                 {{"reason", error}});
    return false;
  }
  const Project& project = data.project;
  // What each audience may see: the privacy stage's decisions.
  auto decide = [&results](AudienceKind kind) -> DecideFn {
    return [&results, kind](int part, long i) {
      switch (results.waves[part].View(kind)[i]) {
        case Disclosure::kPublished: return FigureState::kShown;
        case Disclosure::kTooFew: return FigureState::kTooFew;
        default: return FigureState::kHidden;
      }
    };
  };
  SiteOptions site{.prefix = "site/",
                   .restricted = false,
                   .levels = project.public_levels,
                   .min_n = project.privacy.min_n_public,
                   .min_cell = project.privacy.min_cell,
                   .lang = options.lang,
                   .templates_dir = templates,
                   .pdf = false,  // no PDF reports yet (src/pdf): link none
                   .only = options.only,
                   .jobs = options.jobs};
  if (!WriteSite(data, results, decide(AudienceKind::kPublic), *catalog, site, &out, diags)) {
    return false;
  }
  SiteOptions restricted = site;
  restricted.prefix = "restricted/";
  restricted.restricted = true;
  restricted.levels = {Level::kCounty, Level::kMunicipality, Level::kSchool, Level::kClass,
                       Level::kKindergarten, Level::kGroup};
  restricted.min_n = project.privacy.min_n_restricted;
  if (!WriteSite(data, results, decide(AudienceKind::kRestricted), *catalog, restricted, &out,
                 diags)) {
    return false;
  }
  if (!out.Commit(diags)) return false;
  return true;
}

}  // namespace kfl
