#include "site/site.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "io/parallel.h"
#include "chart/heat_table.h"
#include "chart/theme.h"
#include "io/text_files.h"
#include "report/figure_text.h"
#include "site/appendix_page.h"
#include "site/chart_style.h"
#include "site/page_env.h"
#include "text/collate.h"
#include "text/xml_escape.h"

namespace kfl {
namespace {

// Children of every unit in the reader's alphabetical order.
std::vector<std::vector<int>> SortedChildren(const UnitTree& units, const std::string& lang) {
  Collator collator(lang);
  std::vector<std::vector<int>> sorted(units.size());
  for (int u = 0; u < units.size(); ++u) {
    sorted[u] = units[u].children;
    std::stable_sort(sorted[u].begin(), sorted[u].end(), [&](int a, int b) {
      return collator.Less(units[a].name, units[b].name);
    });
  }
  return sorted;
}

// The units with pages, parents before children, siblings alphabetically.
std::vector<int> PageOrder(const PageEnv& env) {
  std::vector<int> order;
  std::vector<int> stack{env.data.units.county()};
  while (!stack.empty()) {
    int u = stack.back();
    stack.pop_back();
    if (env.HasPage(u)) order.push_back(u);
    const std::vector<int>& kids = env.sorted_children[u];
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back(*it);
  }
  return order;
}

// assets/search-index.js: [name, path, kind] of every page, for search.js.
std::string SearchIndex(const PageEnv& env, const std::vector<int>& pages) {
  nlohmann::json index = nlohmann::json::array();
  for (int u : pages) {
    const Unit& unit = env.data.units[u];
    index.push_back({unit.name, env.paths.Folder(u) + "index.html",
                     env.catalog.Format("level." + std::string(LevelName(unit.level)))});
  }
  // dump() escapes what JSON needs; "</" cannot end a script in a .js file,
  // but escape it anyway so the index is also safe inline.
  std::string json = index.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string out = "window.KFL_UNITS=";
  for (size_t i = 0; i < json.size(); ++i) {
    if (json[i] == '<') out += "\\u003c";
    else out += json[i];
  }
  return out + ";\n";
}

std::string Sitemap(const PageEnv& env, const std::vector<int>& pages, bool appendix) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  auto url = [&](const std::string& path) { out += "  <url><loc>" + EscapeXml(path) + "</loc></url>\n"; };
  for (int u : pages) url(env.paths.Folder(u) + "index.html");
  if (appendix) url("teknisk/index.html");
  return out + "</urlset>\n";
}

// `root`: the way from the page to the site's root ("" beside index.html).
std::string NotFoundPage(const PageEnv& env, const std::string& root) {
  mstch::map ctx = env.base;
  ctx["root"] = root;
  ctx["title"] = env.catalog.Format("site.not_found_title");
  ctx["has_crumbs"] = false;
  ctx["restricted"] = env.audience.restricted();
  ctx["body"] = env.templates.Render("not_found", ctx);
  return env.templates.Render("page", ctx);
}

// The heat tables' colour bands (chart/heat_table.h) as style rules, so
// the page's tables, the PDF's and the chart share one definition.
std::string HeatCss(const Theme& theme) {
  std::string css = "\n/* chart/heat_table.h */\n";
  for (int band = 0; band < kHeatBands; ++band) {
    css += std::string(".heat-") + HeatBandName(band) + " { background: " +
           CssColor(HeatBandFill(band, theme)) + "; }\n";
  }
  return css;
}

}  // namespace

Site::Site(const DataSet& data, const Catalog& catalog, const FigureText& text,
           SiteOptions options, Diagnostics* diags)
    : options_(std::move(options)),
      templates_(ReadTextFiles(options_.templates_dir + "/html", ".mustache", diags)),
      assets_(ReadTextFiles(options_.templates_dir + "/html/assets", "", diags)),
      paths_(data.units) {
  env_ = std::make_unique<PageEnv>(PageEnv{data, catalog, text, paths_, templates_});
  PageEnv& env = *env_;
  env.lang = options_.lang;
  env.audience = options_.audience;
  // Unit names are Norwegian: Norwegian order (Æ, Ø, Å last) in every language.
  env.sorted_children = SortedChildren(data.units, "nb");
  env.base = BaseContext(catalog, data, options_.lang);
  env.base["restricted"] = env.audience.restricted();
  if (options_.sealed) env.base["t_restricted_text"] = catalog.Format("site.restricted.text_sealed");
  env.languages = options_.languages;
  pages_ = PageOrder(env);
}

std::string Site::RenderPage(const Outline& outline, PageCharts& charts) const {
  return RenderUnitPage(outline, *env_, charts);
}

std::string Site::RenderSealedPage(const std::string& folder, const std::string& key_id) const {
  mstch::map ctx = env_->base;
  std::string root;
  for (char c : folder) root += c == '/' ? "../" : "";
  ctx["root"] = root;
  ctx["folder"] = folder;
  ctx["key_id"] = key_id;
  return env_->templates.Render("sealed", ctx);
}

std::vector<SiteFile> Site::CommonFiles(const Results& results) const {
  const PageEnv& env = *env_;
  std::vector<SiteFile> files;
  for (const auto& [name, bytes] : assets_) {
    // The opener of sealed folders belongs to the restricted site only.
    if (name == "open.js" && !env.audience.restricted()) continue;
    files.push_back(
        {"assets/" + name, name == "kfl.css" ? bytes + HeatCss(Theme()) + SiteChartCss() : bytes});
  }
  files.push_back({"assets/search-index.js", SearchIndex(env, pages_)});
  const bool appendix = !env.audience.restricted();
  if (appendix) files.push_back({"teknisk/index.html", RenderAppendixPage(env.data, results, env)});
  files.push_back({"sitemap.xml", Sitemap(env, pages_, appendix)});
  files.push_back({"404.html", NotFoundPage(env, "")});
  // With several languages the site's own root holds the language choice,
  // and a web server looks for 404.html there too: the first language's,
  // its styles and links into that language's folder.
  if (options_.languages.size() > 1 && options_.lang == options_.languages.front().code) {
    files.push_back({"404.html", NotFoundPage(env, options_.lang + "/"), true});
  }
  return files;
}

std::string LanguageChoicePage(const DataSet& data, const Catalog& catalog,
                               const SiteOptions& options, Diagnostics* diags) {
  Templates templates(ReadTextFiles(options.templates_dir + "/html", ".mustache", diags));
  if (diags->has_errors() || options.languages.empty()) return "";
  mstch::map ctx = BaseContext(catalog, data, options.languages.front().code);
  ctx["restricted"] = options.audience.restricted();
  ctx["first"] = options.languages.front().code;
  mstch::array links;
  for (const SiteLanguage& l : options.languages) {
    links.push_back(mstch::map{{"code", l.code}, {"name", l.name}});
  }
  ctx["languages"] = links;
  return templates.Render("language_choice", ctx);
}

}  // namespace kfl
