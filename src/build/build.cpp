#include "build/build.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <map>
#include <memory>
#include <stdexcept>
#include <vector>

#include <nlohmann/json.hpp>
#include <tbb/enumerable_thread_specific.h>

#include "chart/theme.h"
#include "chart/typesetter.h"
#include "io/content_hash.h"
#include "io/data_set_reader.h"
#include "io/file_system.h"
#include "io/parallel.h"
#include "io/text_files.h"
#include "pdf/layout_cache.h"
#include "pdf/unit_pdf.h"
#include "privacy/results.h"
#include "publish/data_files.h"
#include "publish/data_package.h"
#include "seal/seal.h"
#include "seal/unit_keys.h"
#include "publish/output_cache.h"
#include "publish/output_dir.h"
#include "publish/progress.h"
#include "report/outline.h"
#include "report/report_key.h"
#include "report/result_index.h"
#include "report/unit_report.h"
#include "site/site.h"
#include "text/catalog.h"

namespace kfl {

namespace fs = std::filesystem;

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

// One language of the build: its texts and narratives.
struct Language {
  std::string code;
  std::string folder;  // "" with one language, else "<code>/"
  Catalog catalog;
  Narratives narratives;
};

// What drawing needs on one worker thread (pango is not thread-safe;
// making a typesetter costs a millisecond, so it is kept for the build),
// and the PDF texts laid out in its typesetter, reused from unit to unit
// (declared after the typesetter: it belongs to it).
struct Worker {
  Worker() : typesetter(Theme().font_family) {}
  Typesetter typesetter;
  LayoutCache layouts;
};

// Everything one site (an audience in a language) is rendered from.
struct SitePlan {
  const Language& language;
  const Audience& audience;
  std::string top;     // "site/", "restricted/": the audience's folder
  std::string prefix;  // top + the language's folder ("restricted/nn/")
};

class Driver {
 public:
  // `keys`: with a key file, the restricted site is sealed (null: not).
  Driver(const BuildOptions& options, const DataSet& data, const Results& results,
         OutputDir* out, OutputCache* cache, Progress* progress, std::string pages_key,
         const KeyRing* keys)
      : keys_(keys),
        options_(options),
        data_(data),
        results_(results),
        index_(data, results),
        out_(out),
        cache_(cache),
        progress_(progress),
        pages_key_(std::move(pages_key)) {}

  // Renders one site: every unit page with its charts and PDF, in
  // parallel, then the site-wide files. False with diagnostics.
  bool RenderSite(const SitePlan& plan, const std::vector<SiteLanguage>& languages,
                  Diagnostics* diags) {
    const Language& lang = plan.language;
    const Audience& audience = plan.audience;
    const FigureText text(lang.catalog, lang.code, audience.min_n, audience.min_cell);
    const bool sealed = audience.restricted() && keys_ != nullptr;
    const Site site(data_, lang.catalog, text,
                    {.audience = audience, .lang = lang.code, .languages = languages,
                     .templates_dir = options_.templates_dir,
                     .sealed = sealed},
                    diags);
    if (diags->has_errors()) return false;
    std::vector<int> render = site.pages();
    if (!options_.only.empty()) {
      const int only = data_.units.Find(options_.only);
      render.assign(only >= 0 && audience.Shows(data_.units[only].level) ? 1 : 0, only);
    }
    const DecideFn decide = [this, kind = audience.kind](int part, long i) {
      switch (results_.waves[part].View(kind)[i]) {
        case Disclosure::kPublished: return FigureState::kShown;
        case Disclosure::kTooFew: return FigureState::kTooFew;
        default: return FigureState::kHidden;
      }
    };
    const ReportOptions report_options{.lang = lang.code, .audience = audience};
    const OutlineEnv outline_env{data_,           text, audience, site.sorted_children(),
                                 lang.narratives, options_.pdf};
    const PdfEnv pdf_env{data_, text, audience};
    const Theme theme;
    std::vector<Diagnostics> per_page(render.size());
    ParallelFor(render.size(), options_.jobs, [&](size_t i) {
      const int u = render[i];
      const std::string folder = plan.prefix + site.Folder(u);
      // Sealed: every file of the unit's folder goes out as a sealed script
      // (seal/seal.h), its place in the site authenticated; the folder
      // gets a clear page that opens them, and the keys of the units right
      // below it, sealed with its own.
      const UnitKey* key = sealed ? &keys_->at(data_.units[u].id) : nullptr;
      const std::string in_site = folder.substr(plan.top.size());
      const std::map<std::string, const UnitKey*> below =
          sealed ? KeysBelow(site, u, audience) : std::map<std::string, const UnitKey*>();
      try {
        Worker& worker = workers_.local();  // produce() runs on this thread
        ChartContext ctx{worker.typesetter, theme, lang.catalog,
                         NumberStyleForLanguage(lang.code)};
        ctx.draw_titles = false;  // the page and the PDF show titles as text
        const UnitReport report = BuildUnitReport(data_, index_, decide, u, report_options);
        const Outline outline = BuildOutline(report, outline_env);
        auto produce = [&](const OutputCache::WriteFn& clear_write) {
          if (data_.units[u].id == options_.fail_unit) {
            throw std::runtime_error("BuildOptions::fail_unit");
          }
          const OutputCache::WriteFn sealed_write = [&](const std::string& path, std::string_view bytes) {
            const std::string name = in_site + path.substr(plan.top.size() + in_site.size());
            clear_write(path + ".kfl.js", SealedScript(*key, name, bytes));
          };
          const OutputCache::WriteFn& write = key ? sealed_write : clear_write;
          if (key) {
            clear_write(folder + "index.html", site.RenderSealedPage(in_site, KeyId(*key)));
            nlohmann::json keys_below = nlohmann::json::object();
            for (const auto& [child, child_key] : below) keys_below[child] = KeyText(*child_key);
            if (!below.empty()) sealed_write(folder + "keys.json", keys_below.dump());
          }
          // The unit's PDF goes into the same cache entry as its page.
          if (!outline.pdf.empty()) {
            write(folder + outline.pdf,
                  RenderUnitPdf(outline, pdf_env, ctx, &worker.layouts));
          }
          PageCharts charts{ctx, folder, write};
          write(folder + outline.page, site.RenderPage(outline, charts));
          // A municipality's and the county's yearly briefing, beside it.
          if (!outline.briefing.empty()) {
            const Outline briefing = BuildBriefing(report, outline_env);
            if (!briefing.pdf.empty()) {
              write(folder + briefing.pdf, RenderUnitPdf(briefing, pdf_env, ctx, &worker.layouts));
            }
            write(folder + briefing.page, site.RenderPage(briefing, charts));
          }
        };
        ContentHash cache_key;
        cache_key.Add(pages_key_).Add(folder);
        AddReportKey(report, &cache_key);
        if (key) {
          cache_key.Add(KeyId(*key));
          for (const auto& [child, child_key] : below) cache_key.Add(child).Add(KeyId(*child_key));
        }
        cache_->Produce(out_, folder, cache_key.Hex(), produce, &per_page[i]);
      } catch (const std::exception& e) {
        per_page[i].Error({JoinPath(options_.out_dir, folder + "index.html"), 0, 0},
                          "diag.render_failed",
                          {{"unit", data_.units[u].id}, {"reason", e.what()}});
      }
      progress_->Done();
    });
    for (const Diagnostics& d : per_page) diags->Merge(d);
    for (const SiteFile& f : site.CommonFiles(results_)) {
      // Sealed, the restricted site has no search: its index names every unit.
      const bool names = sealed && f.path == "assets/search-index.js";
      out_->WriteFile((f.top ? plan.top : plan.prefix) + f.path, names ? "window.KFL_UNITS=[];\n" : f.bytes, diags);
    }
    return !diags->has_errors();
  }

 private:
  // The keys of the units right below `u` that have pages, by their
  // folder relative to u's ("8a/").
  std::map<std::string, const UnitKey*> KeysBelow(const Site& site, int u, const Audience& audience) const {
    std::map<std::string, const UnitKey*> below;
    const std::string& folder = site.Folder(u);
    for (int c : data_.units[u].children) {
      if (!audience.Shows(data_.units[c].level)) continue;
      below[site.Folder(c).substr(folder.size())] = &keys_->at(data_.units[c].id);
    }
    return below;
  }

  const KeyRing* keys_;
  const BuildOptions& options_;
  const DataSet& data_;
  const Results& results_;
  const ResultIndex index_;
  OutputDir* out_;
  OutputCache* cache_;
  Progress* progress_;
  const std::string pages_key_;
  tbb::enumerable_thread_specific<Worker> workers_;
};

// The units that get a page for `audience` (with --only: that one).
long PageCount(const DataSet& data, const Audience& audience, const std::string& only) {
  if (!only.empty()) return data.units.Find(only) >= 0 ? 1 : 0;
  long n = 0;
  for (int u = 0; u < data.units.size(); ++u) n += audience.Shows(data.units[u].level);
  return n;
}

// The bytes `write` writes (through a FileWriter on memory).
std::string Written(const std::function<void(FileWriter*)>& write) {
  char* buffer = nullptr;
  size_t size = 0;
  {
    FileWriter writer("", open_memstream(&buffer, &size));
    write(&writer);
    writer.Close();
  }
  std::string bytes(buffer, size);
  std::free(buffer);
  return bytes;
}

// The machine-readable files (data contract 3) of each folder and their
// datapackage.json, created here and written on other threads while the
// sites are drawn (they share only the results, which nothing changes any
// more); the future is joined before the commit.
std::future<void> WriteDataFiles(const DataSet& data, const Results& results, const Catalog& catalog,
                                 const std::string& lang, const UnitKey* sealing_key, int jobs,
                                 OutputDir* out, Diagnostics* diags) {
  auto files = std::make_shared<std::vector<std::function<void(FileWriter*)>>>();
  auto writers = std::make_shared<std::vector<FileWriter*>>();
  for (const DataFolder& folder : DataFolders()) {
    // The restricted site's files sealed as the county's (seal/seal.h),
    // with their place in the restricted site: "data/aggregates.csv".
    const UnitKey* key = folder.audience == AudienceKind::kRestricted && std::string_view(folder.path) != "data"
                             ? sealing_key : nullptr;
    auto add = [&](const std::string& name, std::function<void(FileWriter*)> write) {
      const std::string path = std::string(folder.path) + "/" + name;
      if (key) {
        files->push_back([key, write, in_site = "data/" + name](FileWriter* f) {
          f->Write(SealedScript(*key, in_site, Written(write)));
        });
      } else {
        files->push_back(std::move(write));
      }
      writers->push_back(out->Create(key ? path + ".kfl.js" : path, diags));
    };
    for (DataFile table : folder.tables) {
      add(std::string(TableName(table)) + ".csv", [&data, &results, table, audience = folder.audience](FileWriter* f) {
        WriteDataTable(table, audience, data, results, f);
      });
    }
    add("datapackage.json", [&data, &catalog, &lang, &folder](FileWriter* f) {
      f->Write(DataPackageJson(folder, data.project, catalog, lang));
    });
  }
  for (FileWriter* f : *writers) {
    if (!f) return {};
  }
  return std::async(jobs == 1 ? std::launch::deferred : std::launch::async, [=] {
    ParallelFor(writers->size(), jobs, [&](size_t i) { (*files)[i]((*writers)[i]); });
  });
}

}  // namespace

bool RunBuild(const BuildOptions& options, Diagnostics* diags, BuildSummary* summary) {
  BuildSummary ignored;
  if (!summary) summary = &ignored;
  const RealFileSystem real;
  const FileSystem& fs = options.fs ? *options.fs : real;
  const std::string& templates = options.templates_dir;
  // What every output depends on besides the data: the program, the
  // templates and the options that change bytes (not -j, not -q).
  ContentHash common;
  common.Add(ProgramId()).Add(options.lang).Add(options.only).Add(options.pdf);
  common.AddTree(templates);
  const std::string common_key = common.Hex();
  // The key file: read first, and its keys' ids are part of the build's key
  // (a rotated key is a change); never the keys themselves.
  KeyRing keys;
  if (!options.key_file.empty()) {
    if (!ReadKeyFile(options.key_file, &keys, diags)) return false;
    std::error_code ec;
    const fs::path key_file = fs::weakly_canonical(options.key_file, ec);
    const fs::path out_dir = fs::weakly_canonical(options.out_dir, ec);
    if (!ec && key_file.string().rfind(out_dir.string() + "/", 0) == 0) {
      diags->Error({options.key_file, 0, 0}, "diag.keys_inside_output");
      return false;
    }
  }
  ContentHash whole;
  whole.Add(common_key).AddTree(fs, options.data_dir);
  for (const auto& [unit, key] : keys) whole.Add(unit).Add(KeyId(key));
  const std::string build_key = whole.Hex();
  OutputCache cache(options.out_dir, options.force);
  if (options.fail_unit.empty() && !cache.previous_build_key().empty() &&
      cache.previous_build_key() == build_key) {
    summary->unchanged = true;
    return true;
  }
  cache.set_build_key(build_key);

  // A page depends on its UnitReport (report/report_key.h) and on what
  // every page shows besides it: names, paths and structure of the units,
  // the project, the instruments, the narratives; everything in the data
  // directory but the responses (which reach pages only through reports).
  // The privacy stage's decisions for a response file depend on the same
  // and on the file (privacy/decision_memo.h).
  ContentHash pages_hash;
  pages_hash.Add(common_key).AddTree(fs, options.data_dir, [](const std::string& path) {
    return path.rfind("responses/", 0) == 0;
  });
  const std::string pages_key = pages_hash.Hex();
  auto previous_decisions = std::make_unique<DecisionMemo>(
      options.force ? DecisionMemo() : DecisionMemo::Read(JoinPath(options.out_dir, kDecisionsFile)));
  auto decisions = std::make_unique<DecisionMemo>(pages_key);

  // io, stats, privacy.
  DataSet data;
  if (!ReadDataSet(fs, options.data_dir, &data, diags)) return false;
  if (!options.key_file.empty()) {
    for (int u = 0; u < data.units.size(); ++u) {
      if (!keys.count(data.units[u].id)) {
        diags->Error({options.key_file, 0, 0}, "diag.keys_unit_without_key", {{"unit", data.units[u].id}});
      }
    }
  }
  if (diags->has_errors()) {
    // Report every problem, as kfl validate does, before giving up.
    ValidateResponses(fs, data, options.jobs, diags);
    return false;
  }
  const Results results =
      ComputeResults(fs, data, options.jobs, diags, previous_decisions.get(), decisions.get());
  previous_decisions.reset();  // the memos hold a copy of every decision: free them early
  if (diags->has_errors()) return false;

  // The languages and their texts.
  const Project& project = data.project;
  std::vector<Language> languages;
  for (const std::string& code : BuildLanguages(options, project)) {
    WarnMissingTranslations(data, code, diags);
    std::string error;
    const std::string path = templates + "/i18n/" + code + ".json";
    std::optional<Catalog> catalog = Catalog::Load(path, &error);
    if (!catalog) {
      diags->Error({path, 0, 0}, "diag.catalog_unreadable", {{"reason", error}});
      return false;
    }
    Narratives narratives;
    auto narrative = [&](const char* name) {
      return ReadNarrative(fs, data.dir, templates, code, name).value_or("");
    };
    narratives.how_to_read = narrative("slik-leser-du");
    narratives.reflection = narrative("refleksjon");
    narratives.reflection_kindergarten = narrative("refleksjon-barnehage");
    languages.push_back({code, "", std::move(*catalog), std::move(narratives)});
  }
  std::vector<SiteLanguage> switch_to;
  if (languages.size() > 1) {
    for (Language& l : languages) {
      l.folder = l.code + "/";
      switch_to.push_back({l.code, l.catalog.Format("site.language_name")});
    }
  }

  // Only now, with valid input and every figure computed, touch the output.
  OutputDir out;
  if (!out.Open(options.out_dir, diags)) return false;
  // Sealed, the restricted data files are the county's.
  const UnitKey* county_key = options.key_file.empty() ? nullptr : &keys.at(data.units[data.units.county()].id);
  std::future<void> data_files = WriteDataFiles(data, results, languages.front().catalog,
                                                languages.front().code, county_key, options.jobs, &out, diags);
  if (!data_files.valid()) return false;
  FileWriter* decisions_file = out.Create(kDecisionsFile, diags);
  if (!decisions_file) return false;
  decisions->Write([&](std::string_view bytes) { decisions_file->Write(bytes); });
  decisions.reset();

  // The two sites per language: the same code, different audiences. Every
  // output a reader sees is written once per language.
  const Audience audiences[] = {PublicAudience(project), RestrictedAudience(project)};
  Progress progress(options.progress, languages.front().catalog, options.progress != nullptr);
  for (const Audience& audience : audiences) {
    progress.AddWork(static_cast<long>(languages.size()) *
                     PageCount(data, audience, options.only));
  }
  Driver driver(options, data, results, &out, &cache, &progress, pages_key,
                options.key_file.empty() ? nullptr : &keys);
  bool ok = true;
  for (const Language& lang : languages) {
    for (const Audience& audience : audiences) {
      const std::string top = audience.restricted() ? "restricted/" : "site/";
      ok = driver.RenderSite({lang, audience, top, top + lang.folder}, switch_to, diags) && ok;
    }
  }
  if (ok && languages.size() > 1) {
    for (const Audience& audience : audiences) {
      SiteOptions entry{.audience = audience, .languages = switch_to, .templates_dir = templates};
      const std::string page = LanguageChoicePage(data, languages.front().catalog, entry, diags);
      out.WriteFile(std::string(audience.restricted() ? "restricted/" : "site/") + "index.html",
                    page, diags);
    }
  }
  data_files.get();
  progress.Finish();
  if (!ok || diags->has_errors()) return false;
  summary->pages_drawn = cache.produced();
  summary->pages_reused = cache.reused();
  if (!cache.Save(&out, diags)) return false;
  return out.Commit(diags, options.jobs);
}

}  // namespace kfl
