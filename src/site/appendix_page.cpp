#include "site/appendix_page.h"

#include "report/unit_report.h"
#include "site/unit_page.h"
#include "text/slug.h"

namespace kfl {
namespace {

std::string ScoreName(const Instrument& ins, int score, const std::string& lang) {
  return ins.IsAreaScore(score) ? PickLang(ins.areas[score - ins.factors.size()].title, lang)
                                : PickLang(ins.factors[score].title, lang);
}

}  // namespace

std::string RenderAppendixPage(const DataSet& data, const Results& results, const PageEnv& env) {
  const Catalog& cat = env.catalog;
  const std::string& lang = env.lang;
  const int min_n = data.project.privacy.min_n_public;
  const ResultIndex index(data, results);
  mstch::array instruments;
  for (size_t i = 0; i < data.instruments.size(); ++i) {
    const Instrument& ins = data.instruments[i];
    const std::string anchor = "i-" + Slugify(ins.id);

    FigureData structure;
    structure.anchor = anchor + "-struktur";
    structure.title = cat.Format("site.appendix.structure", {{"instrument", PickLang(ins.title, lang)}});
    structure.header = {cat.Format("site.col.area"), cat.Format("site.col.factor"),
                        cat.Format("site.col.items")};
    for (const Factor& f : ins.factors) {
      structure.rows.push_back({PickLang(ins.areas[f.area].title, lang), PickLang(f.title, lang),
                                std::to_string(f.items.size())});
    }
    structure.alt = cat.Format("site.appendix.structure_alt",
                               {{"areas", std::to_string(ins.areas.size())},
                                {"factors", std::to_string(ins.factors.size())},
                                {"items", std::to_string(ins.items.size())}});

    FigureData alpha;
    alpha.anchor = anchor + "-alfa";
    alpha.title = cat.Format("site.appendix.alpha", {{"instrument", PickLang(ins.title, lang)}});
    alpha.header = {cat.Format("site.col.factor")};
    for (const Wave& w : data.project.waves) alpha.header.push_back(w.label);
    for (size_t f = 0; f < ins.factors.size(); ++f) {
      std::vector<std::string> row{PickLang(ins.factors[f].title, lang)};
      for (size_t w = 0; w < data.project.waves.size(); ++w) {
        int part = index.Part(static_cast<int>(w), static_cast<int>(i));
        std::string cell = "–";
        if (part >= 0) {
          for (const Reliability& r : results.waves[part].reliability) {
            if (r.factor == static_cast<int>(f) && r.n >= min_n && std::isfinite(r.alpha)) {
              cell = env.text.Number(r.alpha, 2);
            }
          }
        }
        row.push_back(cell);
      }
      alpha.rows.push_back(std::move(row));
    }
    alpha.alt = cat.Format("site.appendix.alpha_alt");

    FigureData reference;
    reference.anchor = anchor + "-referanse";
    reference.title = cat.Format("site.appendix.reference", {{"instrument", PickLang(ins.title, lang)}});
    reference.header = {cat.Format("site.col.score"), cat.Format("site.col.mu"),
                        cat.Format("site.col.sigma"), cat.Format("site.col.n")};
    std::vector<std::string> respondents{PickLang(ins.title, lang)};
    for (size_t w = 0; w < data.project.waves.size(); ++w) {
      int part = index.Part(static_cast<int>(w), static_cast<int>(i));
      int n = part >= 0 ? results.waves[part].respondents : 0;
      respondents.push_back(n == 0 ? "0" : n < min_n ? "–" : env.text.Count(n));
      if (part < 0 || !reference.rows.empty()) continue;
      for (int s = 0; s < ins.ScoreCount(); ++s) {
        const Reference& ref = results.waves[part].reference[s];
        if (!ref.usable() || ref.n < min_n) continue;
        reference.rows.push_back({ScoreName(ins, s, lang), env.text.Number(ref.mu, 3),
                                  env.text.Number(ref.sigma, 3), env.text.Count(ref.n)});
      }
    }
    reference.alt = cat.Format("site.appendix.reference_alt");
    instruments.push_back(mstch::map{{"anchor", anchor},
                                     {"title", PickLang(ins.title, lang)},
                                     {"respondent", cat.Format("respondent." + std::string(RespondentName(ins.respondent)))},
                                     {"structure", RenderFigure(structure, env)},
                                     {"alpha", RenderFigure(alpha, env)},
                                     {"reference", RenderFigure(reference, env)},
                                     {"respondents", StringArray(respondents)}});
  }

  mstch::map ctx = env.base;
  ctx["root"] = std::string("../");
  AddLanguageLinks(env, "../", "teknisk/index.html", &ctx);
  ctx["title"] = cat.Format("site.appendix.title");
  ctx["has_crumbs"] = true;
  ctx["crumbs"] = mstch::array{mstch::map{{"name", data.units[data.units.county()].name},
                                          {"href", std::string("../index.html")}}};
  std::vector<std::string> waves;
  for (const Wave& w : data.project.waves) waves.push_back(w.label);
  ctx["waves"] = StringArray(waves);
  ctx["instruments"] = instruments;
  const Privacy& p = data.project.privacy;
  ctx["privacy"] = cat.Format("site.appendix.privacy_rules",
                              {{"min_n_public", std::to_string(p.min_n_public)},
                               {"min_n_restricted", std::to_string(p.min_n_restricted)},
                               {"min_cell", std::to_string(p.min_cell)}});
  ctx["reference_text"] =
      data.project.ReferenceIsSame()
          ? cat.Format("site.appendix.reference_same")
          : cat.Format("site.appendix.reference_wave",
                       {{"wave", data.project.waves[data.project.WaveIndex(data.project.reference_wave)].label}});
  mstch::map page = ctx;
  page["body"] = env.templates.Render("appendix", ctx);
  return env.templates.Render("page", page);
}

}  // namespace kfl
