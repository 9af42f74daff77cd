#include "build/build.h"

#include <functional>
#include <vector>

#include "build/data_files.h"
#include "build/output_dir.h"
#include "build/parallel.h"
#include "build/results.h"
#include "io/data_set_reader.h"
#include "io/text_files.h"
#include "pdf/unit_pdf.h"
#include "privacy/disclosure.h"
#include "site/site_writer.h"
#include "text/catalog.h"

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
                   .only = options.only,
                   .jobs = options.jobs};
  // The PDF reports, written beside the pages by the sites' workers.
  const std::string how_to_read =
      ReadNarrative(data.dir, templates, options.lang, "slik-leser-du").value_or("");
  const std::string reflection =
      ReadNarrative(data.dir, templates, options.lang, "refleksjon").value_or("");
  auto pdfs = [&](bool restricted) -> decltype(SiteOptions::pdfs) {
    if (!options.pdf) return nullptr;
    return [&, restricted](const UnitReport& report, ChartContext& ctx, const FigureText& text,
                           const std::string& folder, Diagnostics* d) {
      const PdfEnv env{data, text, how_to_read, reflection, restricted};
      std::string linked;
      for (const PdfFile& file : PdfFilesFor(data.units[report.unit].level, restricted)) {
        out.WriteFile(folder + file.name, RenderUnitPdf(report, file.kind, env, ctx), d);
        if (linked.empty()) linked = file.name;
      }
      return linked;
    };
  };
  site.pdfs = pdfs(false);
  if (!WriteSite(data, results, decide(AudienceKind::kPublic), *catalog, site, &out, diags)) {
    return false;
  }
  SiteOptions restricted = site;
  restricted.prefix = "restricted/";
  restricted.restricted = true;
  restricted.levels = {Level::kCounty, Level::kMunicipality, Level::kSchool, Level::kClass,
                       Level::kKindergarten, Level::kGroup};
  restricted.min_n = project.privacy.min_n_restricted;
  restricted.pdfs = pdfs(true);
  if (!WriteSite(data, results, decide(AudienceKind::kRestricted), *catalog, restricted, &out,
                 diags)) {
    return false;
  }
  if (!out.Commit(diags)) return false;
  return true;
}

}  // namespace kfl
