// site: the static web sites (data contract 3, spec report-content.md).
//
// WriteSite writes one site — the public one under OUT/site or the
// restricted one under OUT/restricted — from the same templates and code;
// the two differ only in the levels they have pages for and in the
// disclosure decisions they are given:
//   <folder>/index.html for every unit of a shown level (unit_paths.h)
//   assets/ (style sheet, search script, search index)
//   teknisk/index.html (public: the technical appendix)
//   sitemap.xml, 404.html
// Pages are rendered in parallel; the bytes do not depend on the thread count.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "build/output_cache.h"
#include "build/output_dir.h"
#include "build/progress.h"
#include "build/results.h"
#include "chart/chart.h"
#include "report/figure_text.h"
#include "io/diagnostics.h"
#include "model/data_set.h"
#include "report/unit_report.h"
#include "site/page_env.h"
#include "text/catalog.h"

namespace kfl {

struct SiteOptions {
  std::string prefix = "site/";  // folder inside OUT_DIR, ending in '/'
  bool restricted = false;       // noindex, the "not for publication" notice
  std::vector<Level> levels;     // levels that get pages
  int min_n = 10;                // the thresholds named in reasons
  int min_cell = 3;
  std::string lang = "nb";
  // With more than one language, every language's site is in its own folder
  // (prefix "site/<lang>/"), the data files one level up, and each page links
  // to itself in the others. Empty: one language, no folder.
  std::vector<SiteLanguage> languages;
  std::string templates_dir;     // holds html/, md/
  // The unit's PDF reports. build/ passes pdf/'s writer (site/ does not
  // depend on pdf/); called on the rendering thread before the unit's page
  // with that thread's chart context and the site's texts, it writes the
  // files into `folder` with `write` and returns the name the page links
  // ("" none).
  // Empty: no PDFs.
  std::function<std::string(const UnitReport& report, ChartContext& ctx, const FigureText& text,
                            const std::string& folder, const OutputCache::WriteFn& write)>
      pdfs;
  std::string only;              // a unit id: only its page (and the site-wide files)
  int jobs = 0;
  // Optional: reuse unchanged pages (a page and its charts are one cache
  // entry, keyed by `cache_key` and the page's UnitReport), and count each
  // page done.
  OutputCache* cache = nullptr;
  std::string cache_key;  // everything besides the UnitReport that pages depend on
  Progress* progress = nullptr;
};

// Writes the site; false (with diagnostics) when a template or file fails.
bool WriteSite(const DataSet& data, const Results& results, const DecideFn& decide,
               const Catalog& catalog, const SiteOptions& options, OutputDir* out,
               Diagnostics* diags);

// The entry page of a site in several languages, options.prefix +
// "index.html" (OUT/site/index.html): in the first language, linking to each
// language's site and sending the browser on to the first.
bool WriteLanguageChoicePage(const DataSet& data, const Catalog& catalog,
                             const SiteOptions& options, OutputDir* out, Diagnostics* diags);

}  // namespace kfl
