#include "build/build.h"

#include <algorithm>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <vector>

#include "build/content_hash.h"
#include "build/data_files.h"
#include "build/output_cache.h"
#include "build/output_dir.h"
#include "build/parallel.h"
#include "build/progress.h"
#include "build/results.h"
#include "io/data_set_reader.h"
#include "io/file_system.h"
#include "io/text_files.h"
#include "pdf/unit_pdf.h"
#include "privacy/disclosure.h"
#include "site/site_writer.h"
#include "text/catalog.h"

namespace kfl {

std::vector<std::string> BuildLanguages(const BuildOptions& options, const Project& project) {
  if (!options.lang.empty()) return {options.lang};
  return project.languages.empty() ? std::vector<std::string>{"nb"} : project.languages;
}

void WarnMissingTranslations(const DataSet& data, const std::string& lang, Diagnostics* diags) {
  if (lang == "nb") return;
  for (const Instrument& instrument : data.instruments) {
    const int missing = CountMissingTexts(instrument, lang);
    if (missing > 0) {
      diags->Warning({JoinPath(data.dir, "instruments/" + instrument.id + ".json"), 0, 0},
                     "diag.translation_missing",
                     {{"count", std::to_string(missing)}, {"language", lang}});
    }
  }
  if (!data.project.title.count(lang)) {
    diags->Warning({JoinPath(data.dir, "project.json"), 0, 0}, "diag.translation_missing",
                   {{"count", "1"}, {"language", lang}});
  }
}

namespace {

// Where a build keeps the privacy stage's decisions for the next one.
constexpr const char* kDecisionsFile = ".kfl-decisions";

// The units that get a page with `levels` (with --only: that one).
long PageCount(const DataSet& data, const std::vector<Level>& levels, const std::string& only) {
  if (!only.empty()) return data.units.Find(only) >= 0 ? 1 : 0;
  long n = 0;
  for (int u = 0; u < data.units.size(); ++u)
    n += std::find(levels.begin(), levels.end(), data.units[u].level) != levels.end();
  return n;
}

}  // namespace

bool RunBuild(const BuildOptions& options, Diagnostics* diags, BuildSummary* summary) {
  BuildSummary ignored;
  if (!summary) summary = &ignored;
  const std::string templates = TemplatesDir();
  // What every output depends on besides the data: the program, the
  // templates and the options that change bytes (not -j, not -q).
  ContentHash common;
  common.Add(ProgramId()).Add(options.lang).Add(options.only).Add(options.pdf);
  common.AddTree(templates);
  const std::string common_key = common.Hex();
  ContentHash whole;
  whole.Add(common_key).AddTree(options.data_dir);
  const std::string build_key = whole.Hex();
  OutputCache cache(options.out_dir, options.force);
  if (!cache.previous_build_key().empty() && cache.previous_build_key() == build_key) {
    summary->unchanged = true;
    return true;
  }
  cache.set_build_key(build_key);

  // A page depends on its UnitReport (report/report_key.h) and on what
  // every page shows besides it: names, paths and structure of the units,
  // the project, the instruments, the narratives; everything in the data
  // directory but the responses (which reach pages only through reports).
  // The privacy stage's decisions for a response file depend on the same
  // and on the file (build/decision_memo.h).
  ContentHash pages_hash;
  pages_hash.Add(common_key).AddTree(options.data_dir, [](const std::string& path) {
    return path.rfind("responses/", 0) == 0;
  });
  const std::string pages_key = pages_hash.Hex();
  auto previous_decisions = std::make_unique<DecisionMemo>(
      options.force ? DecisionMemo() : DecisionMemo::Read(JoinPath(options.out_dir, kDecisionsFile)));
  auto decisions = std::make_unique<DecisionMemo>(pages_key);

  DataSet data;
  if (!ReadDataSet(options.data_dir, &data, diags)) return false;
  if (diags->has_errors()) {
    // Report every problem, as kfl validate does, before giving up.
    ValidateResponses(data, options.jobs, diags);
    return false;
  }
  Results results =
      ComputeResults(data, options.jobs, diags, previous_decisions.get(), decisions.get());
  previous_decisions.reset();  // the memos hold a copy of every decision: free them early
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
  // They are written while the sites are drawn (they share only the
  // results, which nothing changes any more); joined before the commit.
  std::future<void> data_files =
      std::async(options.jobs == 1 ? std::launch::deferred : std::launch::async, [&] {
        ParallelFor(writers.size(), options.jobs, [&](size_t i) { files[i].write(writers[i]); });
      });
  FileWriter* decisions_file = out.Create(kDecisionsFile, diags);
  if (!decisions_file) return false;
  decisions->Write(decisions_file);
  decisions.reset();

  // The two sites per language: same code, different levels and thresholds.
  const Project& project = data.project;
  const std::vector<std::string> languages = BuildLanguages(options, project);
  for (const std::string& lang : languages) WarnMissingTranslations(data, lang, diags);
  std::map<std::string, Catalog> catalogs;
  for (const std::string& lang : languages) {
    std::string error;
    std::optional<Catalog> catalog = Catalog::Load(templates + "/i18n/" + lang + ".json", &error);
    if (!catalog) {
      diags->Error({templates + "/i18n/" + lang + ".json", 0, 0}, "diag.catalog_unreadable",
                   {{"reason", error}});
      return false;
    }
    catalogs.emplace(lang, std::move(*catalog));
  }
  std::vector<SiteLanguage> switch_to;
  if (languages.size() > 1) {
    for (const std::string& lang : languages) {
      switch_to.push_back({lang, catalogs.at(lang).Format("site.language_name")});
    }
  }
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
  const std::vector<Level> restricted_levels = {Level::kCounty, Level::kMunicipality,
                                                Level::kSchool, Level::kClass,
                                                Level::kKindergarten, Level::kGroup};
  Progress progress(options.progress, catalogs.at(languages.front()), options.progress != nullptr);
  progress.AddWork(static_cast<long>(languages.size()) *
                   (PageCount(data, project.public_levels, options.only) +
                    PageCount(data, restricted_levels, options.only)));
  // Everything a reader sees is written once per language: the sites and
  // the PDF reports (whose /Lang is the site's language) of each.
  for (const std::string& lang : languages) {
    const Catalog& catalog = catalogs.at(lang);
    // One language: OUT/site/...; several: OUT/site/<lang>/..., the data
    // files (the same for every language) stay in OUT/site/data/.
    const std::string lang_folder = languages.size() > 1 ? lang + "/" : std::string();
    SiteOptions site{.prefix = "site/" + lang_folder,
                     .restricted = false,
                     .levels = project.public_levels,
                     .min_n = project.privacy.min_n_public,
                     .min_cell = project.privacy.min_cell,
                     .lang = lang,
                     .languages = switch_to,
                     .templates_dir = templates,
                     .only = options.only,
                     .jobs = options.jobs};
    site.cache = &cache;
    site.cache_key = pages_key;
    site.progress = &progress;
    // The PDF reports, written beside the pages by the sites' workers.
    const std::string how_to_read =
        ReadNarrative(data.dir, templates, lang, "slik-leser-du").value_or("");
    const std::string reflection =
        ReadNarrative(data.dir, templates, lang, "refleksjon").value_or("");
    const std::string reflection_kindergarten =
        ReadNarrative(data.dir, templates, lang, "refleksjon-barnehage").value_or("");
    auto pdfs = [&](bool restricted) -> decltype(SiteOptions::pdfs) {
      if (!options.pdf) return nullptr;
      return [&, restricted](const UnitReport& report, ChartContext& ctx, const FigureText& text,
                             const std::string& folder, const OutputCache::WriteFn& write) {
        const PdfEnv env{data, text, how_to_read, reflection, reflection_kindergarten, restricted};
        std::string linked;
        for (const PdfFile& file : PdfFilesFor(data.units[report.unit].level, restricted)) {
          write(folder + file.name, RenderUnitPdf(report, file.kind, env, ctx));
          if (linked.empty()) linked = file.name;
        }
        return linked;
      };
    };
    site.pdfs = pdfs(false);
    if (!WriteSite(data, results, decide(AudienceKind::kPublic), catalog, site, &out, diags)) {
      return false;
    }
    SiteOptions restricted = site;
    restricted.prefix = "restricted/" + lang_folder;
    restricted.restricted = true;
    restricted.levels = restricted_levels;
    restricted.min_n = project.privacy.min_n_restricted;
    restricted.pdfs = pdfs(true);
    if (!WriteSite(data, results, decide(AudienceKind::kRestricted), catalog, restricted, &out,
                   diags)) {
      return false;
    }
  }
  if (languages.size() > 1) {
    SiteOptions entry{.prefix = "site/", .languages = switch_to, .templates_dir = templates};
    const Catalog& first = catalogs.at(languages.front());
    if (!WriteLanguageChoicePage(data, first, entry, &out, diags)) return false;
    entry.prefix = "restricted/";
    entry.restricted = true;
    if (!WriteLanguageChoicePage(data, first, entry, &out, diags)) return false;
  }
  data_files.get();
  progress.Finish();
  summary->pages_drawn = cache.produced();
  summary->pages_reused = cache.reused();
  if (!cache.Save(&out, diags)) return false;
  if (!out.Commit(diags, options.jobs)) return false;
  return true;
}

}  // namespace kfl
