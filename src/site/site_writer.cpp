#include "site/site_writer.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "build/parallel.h"
#include "chart/theme.h"
#include "chart/typesetter.h"
#include "io/text_files.h"
#include "report/figure_text.h"
#include "report/report_key.h"
#include "site/appendix_page.h"
#include "site/page_env.h"
#include "site/unit_page.h"
#include "text/collate.h"
#include "text/markdown.h"
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
  ctx["restricted"] = env.restricted;
  ctx["body"] = env.templates.Render("not_found", ctx);
  return env.templates.Render("page", ctx);
}

}  // namespace

bool WriteLanguageChoicePage(const DataSet& data, const Catalog& catalog,
                             const SiteOptions& options, OutputDir* out, Diagnostics* diags) {
  Templates templates(ReadTextFiles(options.templates_dir + "/html", ".mustache", diags));
  if (diags->has_errors() || options.languages.empty()) return false;
  mstch::map ctx = BaseContext(catalog, data, options.languages.front().code);
  ctx["restricted"] = options.restricted;
  ctx["first"] = options.languages.front().code;
  mstch::array links;
  for (const SiteLanguage& l : options.languages) {
    links.push_back(mstch::map{{"code", l.code}, {"name", l.name}});
  }
  ctx["languages"] = links;
  out->WriteFile(options.prefix + "index.html", templates.Render("language_choice", ctx), diags);
  return !diags->has_errors();
}

bool WriteSite(const DataSet& data, const Results& results, const DecideFn& decide,
               const Catalog& catalog, const SiteOptions& options, OutputDir* out,
               Diagnostics* diags) {
  Templates templates(ReadTextFiles(options.templates_dir + "/html", ".mustache", diags));
  auto assets = ReadTextFiles(options.templates_dir + "/html/assets", "", diags);
  if (diags->has_errors()) return false;
  const UnitPaths paths(data.units);
  const FigureText text(catalog, options.lang, options.min_n, options.min_cell);
  PageEnv env{data, catalog, text, paths, templates};
  env.lang = options.lang;
  env.restricted = options.restricted;
  env.levels = options.levels;
  // Unit names are Norwegian: Norwegian order (Æ, Ø, Å last) in every language.
  env.sorted_children = SortedChildren(data.units, "nb");
  env.base = BaseContext(catalog, data, options.lang);
  env.base["restricted"] = options.restricted;
  env.languages = options.languages;
  env.narrative_html = MarkdownToHtml(
      ReadNarrative(data.dir, options.templates_dir, options.lang, "slik-leser-du").value_or(""),
      1);

  env.reflection_html = MarkdownToHtml(
      ReadNarrative(data.dir, options.templates_dir, options.lang, "refleksjon").value_or(""), 1);
  env.reflection_kindergarten_html = MarkdownToHtml(
      ReadNarrative(data.dir, options.templates_dir, options.lang, "refleksjon-barnehage")
          .value_or(""),
      1);

  const ResultIndex index(data, results);
  std::vector<int> pages = PageOrder(env);
  std::vector<int> render = pages;
  if (!options.only.empty()) {
    const int only = data.units.Find(options.only);
    render.erase(std::remove_if(render.begin(), render.end(), [&](int u) { return u != only; }),
                 render.end());
  }
  ReportOptions report_options{.lang = options.lang, .restricted = options.restricted,
                               .shown_levels = options.levels};
  std::vector<Diagnostics> per_page(render.size());
  const Theme theme;
  ParallelFor(render.size(), options.jobs, [&](size_t i) {
    const int u = render[i];
    // One typesetter per worker thread (pango is not thread-safe; making
    // one costs a millisecond, so it is kept for the thread's pages).
    thread_local Typesetter typesetter(theme.font_family);
    ChartContext chart_ctx{typesetter, theme, catalog, NumberStyleForLanguage(options.lang)};
    chart_ctx.draw_titles = false;  // the page shows the title as text
    const std::string folder = options.prefix + paths.Folder(u);
    UnitReport report = BuildUnitReport(data, index, decide, u, report_options);
    auto produce = [&](const OutputCache::WriteFn& write) {
      PageCharts charts{chart_ctx, folder, write};
      // The unit's PDFs go into the same cache entry as its page.
      if (options.pdfs) charts.pdf = options.pdfs(report, chart_ctx, text, folder, write);
      std::string html = RenderUnitPage(report, env, charts);
      write(folder + "index.html", html);
    };
    if (options.cache) {
      ContentHash key;
      key.Add(options.cache_key).Add(folder);
      AddReportKey(report, &key);
      options.cache->Produce(out, folder, key.Hex(), produce, &per_page[i]);
    } else {
      produce([&](const std::string& path, std::string_view bytes) {
        out->WriteFile(path, bytes, &per_page[i]);
      });
    }
    if (options.progress) options.progress->Done();
  });
  for (const Diagnostics& d : per_page) diags->Merge(d);

  for (const auto& [name, bytes] : assets) out->WriteFile(options.prefix + "assets/" + name, bytes, diags);
  out->WriteFile(options.prefix + "assets/search-index.js", SearchIndex(env, pages), diags);
  const bool appendix = !options.restricted;
  if (appendix) {
    out->WriteFile(options.prefix + "teknisk/index.html",
                   RenderAppendixPage(data, results, env), diags);
  }
  out->WriteFile(options.prefix + "sitemap.xml", Sitemap(env, pages, appendix), diags);
  out->WriteFile(options.prefix + "404.html", NotFoundPage(env, ""), diags);
  // With several languages the site's own root holds the language choice,
  // and a web server looks for 404.html there too: the first language's,
  // its styles and links into that language's folder.
  if (options.languages.size() > 1 && options.lang == options.languages.front().code) {
    const std::string top = options.prefix.substr(0, options.prefix.size() - options.lang.size() - 1);
    out->WriteFile(top + "404.html", NotFoundPage(env, options.lang + "/"), diags);
  }
  return !diags->has_errors();
}

}  // namespace kfl
