// PageEnv: what every page of one site (public or restricted) is rendered
// with: the data, the texts, the paths and the templates. Built once per
// site; read-only while pages are rendered in parallel.
#pragma once

#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "model/data_set.h"
#include "privacy/audience.h"
#include "report/figure_text.h"
#include "site/templates.h"
#include "site/unit_paths.h"
#include "text/catalog.h"

namespace kfl {

// One language of a site built in several (OUT/site/<code>/...): its code
// and its name in itself ("Norsk bokmål", "English").
struct SiteLanguage {
  std::string code;
  std::string name;
};

struct PageEnv {
  const DataSet& data;
  const Catalog& catalog;
  const FigureText& text;
  const UnitPaths& paths;
  const Templates& templates;
  std::string lang = "nb";
  Audience audience;                            // the levels with pages; restricted: noindex, notice
  std::vector<std::vector<int>> sorted_children;  // per unit: children in collation order
  mstch::map base;                              // t_* texts and site-wide values
  std::vector<SiteLanguage> languages;          // empty: one language, no switch

  bool HasPage(int unit) const;
};

// Every catalog text "site.<a>.<b>" as "t_<a>_<b>", plus the site title.
mstch::map BaseContext(const Catalog& catalog, const DataSet& data, const std::string& lang);

// Sets "languages" (code, name, href, current) and "has_languages" in a
// page's context: the same page in every language, for the language switch
// and the hreflang links. `root` leads from the page to its language's
// folder, `page` from there to the page ("nord-odal/index.html").
void AddLanguageLinks(const PageEnv& env, const std::string& root, const std::string& page,
                      mstch::map* ctx);

}  // namespace kfl
