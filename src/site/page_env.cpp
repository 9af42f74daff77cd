#include "site/page_env.h"

#include <algorithm>

#include "report/unit_report.h"

namespace kfl {

bool PageEnv::HasPage(int unit) const {
  return audience.Shows(data.units[unit].level);
}

mstch::map BaseContext(const Catalog& catalog, const DataSet& data, const std::string& lang) {
  mstch::map base;
  constexpr std::string_view kPrefix = "site.";
  for (const auto& [key, text] : catalog.texts()) {
    if (key.compare(0, kPrefix.size(), kPrefix) != 0) continue;
    std::string name = "t_" + key.substr(kPrefix.size());
    std::replace(name.begin(), name.end(), '.', '_');
    base[name] = text;
  }
  base["lang"] = lang;
  base["site_title"] = PickLang(data.project.title, lang);
  base["footer"] = catalog.Format("site.footer", {{"owner", data.project.owner},
                                                  {"title", PickLang(data.project.title, lang)}});
  return base;
}

void AddLanguageLinks(const PageEnv& env, const std::string& root, const std::string& page,
                      mstch::map* ctx) {
  mstch::array links;
  for (const SiteLanguage& l : env.languages) {
    links.push_back(mstch::map{{"code", l.code},
                               {"name", l.name},
                               {"href", root + "../" + l.code + "/" + page},
                               {"current", l.code == env.lang}});
  }
  (*ctx)["has_languages"] = !links.empty();
  (*ctx)["languages"] = links;
}

}  // namespace kfl
