// site: the static web sites (data contract 3, spec report-content.md).
//
// A Site is one site — the public one under OUT/site or the restricted one
// under OUT/restricted — in one language: the same templates and code for
// both; they differ only in their Audience (privacy/audience.h). It renders
// and returns bytes; the driver (build/) writes them.
//   <folder>/index.html for every unit the audience sees (unit_paths.h),
//     from the unit's Outline (RenderPage)
//   assets/ (style sheet, search script, search index)
//   teknisk/index.html (public: the technical appendix)
//   sitemap.xml, 404.html
//
//   Site site(data, catalog, text, {.audience = audience, .lang = "nb", ...}, &diags);
//   for (int unit : site.pages()) ... site.RenderPage(outline, charts) ...
//   for (const SiteFile& f : site.CommonFiles(results)) write(f.path, f.bytes);
//
// Read-only once made: RenderPage() may be called from several threads.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "io/diagnostics.h"
#include "model/data_set.h"
#include "privacy/audience.h"
#include "privacy/results.h"
#include "report/figure_text.h"
#include "report/outline.h"
#include "site/page_env.h"
#include "site/unit_page.h"
#include "text/catalog.h"

namespace kfl {

struct SiteOptions {
  Audience audience;       // who reads it: the levels with pages, the thresholds
  std::string lang = "nb";
  // With more than one language, every language's site is in its own folder
  // (OUT/site/<lang>/), the data files one level up, and each page links to
  // itself in the others. Empty: one language, no folder.
  std::vector<SiteLanguage> languages;
  std::string templates_dir;  // holds html/ (and html/assets/)
  // The restricted site sealed with keys (kfl build --keys): its notice says
  // the pages are locked rather than that they must stay off the web.
  bool sealed = false;
};

// A file of the site, relative to its folder ("assets/kfl.css"), or with
// `top` to the folder above the languages' folders (OUT/site/404.html).
struct SiteFile {
  std::string path;
  std::string bytes;
  bool top = false;
};

class Site {
 public:
  // Reads the templates and assets; problems go to *diags (check
  // diags->has_errors() before use).
  Site(const DataSet& data, const Catalog& catalog, const FigureText& text, SiteOptions options,
       Diagnostics* diags);
  Site(const Site&) = delete;
  Site& operator=(const Site&) = delete;

  // The units with pages, parents before children, siblings in the
  // reader's order.
  const std::vector<int>& pages() const { return pages_; }
  // Per unit, its children in the reader's order (for outlines).
  const std::vector<std::vector<int>>& sorted_children() const { return env_->sorted_children; }
  // The folder of a unit's page, relative to the site ("hamar/").
  const std::string& Folder(int unit) const { return paths_.Folder(unit); }

  // The unit's page; its charts go to `charts`.
  std::string RenderPage(const Outline& outline, PageCharts& charts) const;

  // The clear page of a sealed unit folder (issue #25, seal/seal.h): it
  // opens the folder's sealed page with the key of the link it was given.
  // `folder` is the unit's folder ("hamar/"), `key_id` its key's KeyId().
  std::string RenderSealedPage(const std::string& folder, const std::string& key_id) const;

  // Everything but the unit pages: assets, search index, sitemap, 404 page,
  // and on the public site the technical appendix; with several languages
  // the first language's site adds the 404 page of the sites' top folder.
  std::vector<SiteFile> CommonFiles(const Results& results) const;

 private:
  SiteOptions options_;
  Templates templates_;
  std::map<std::string, std::string> assets_;
  UnitPaths paths_;
  std::unique_ptr<PageEnv> env_;
  std::vector<int> pages_;
};

// The entry page of a site in several languages (OUT/site/index.html): in
// the first language, linking to each language's site and sending the
// browser on to the first. "" (and a diagnostic) when a template is missing.
std::string LanguageChoicePage(const DataSet& data, const Catalog& catalog,
                               const SiteOptions& options, Diagnostics* diags);

}  // namespace kfl
