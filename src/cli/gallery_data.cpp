#include "cli/gallery_data.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "chart/caterpillar_chart.h"
#include "chart/diverging_chart.h"
#include "chart/gender_chart.h"
#include "chart/heat_table.h"
#include "chart/scatter_chart.h"
#include "chart/tbar_chart.h"
#include "report/unit_report.h"
#include "chart/trend_chart.h"
#include "stats/distribution.h"
#include "stats/standardize.h"

namespace kfl {
namespace {

std::string Nb(const LangText& text) {
  auto it = text.find("nb");
  return it != text.end() ? it->second : (text.empty() ? "" : text.begin()->second);
}

// The aggregates of one wave result, looked up by (unit, group, score).
class Lookup {
 public:
  Lookup(const WaveResult& wave, int min_n, const Catalog& catalog) : wave_(wave), min_n_(min_n) {
    for (const Aggregate& a : wave.aggregates) index_[{a.unit, a.group, a.score}] = &a;
    reason_ = catalog.Format("chart.reason.too_few", {{"n", std::to_string(min_n)}});
  }
  // The T-score with its CI, hidden when n is below the threshold.
  ChartValue T(int unit, int score, GroupCode group = kGroupAll) const {
    auto it = index_.find({unit, group, score});
    if (it == index_.end() || it->second->n < min_n_) return ChartValue::Hidden(reason_);
    const Aggregate& a = *it->second;
    TScore t = Standardize(a.n, a.mean, a.sd, wave_.reference[score]);
    if (!t.valid) return ChartValue::Hidden(reason_);
    return t.has_ci ? ChartValue::WithCi(t.t, t.ci_low, t.ci_high) : ChartValue::Of(t.t);
  }
  int N(int unit, int score) const {
    auto it = index_.find({unit, kGroupAll, score});
    return it == index_.end() ? 0 : it->second->n;
  }

 private:
  const WaveResult& wave_;
  int min_n_;
  std::string reason_;
  std::map<std::tuple<int, int, int>, const Aggregate*> index_;
};

}  // namespace

std::vector<GalleryEntry> DataGalleryCharts(const DataSet& data, const Results& results,
                                            const Catalog& catalog) {
  std::vector<GalleryEntry> out;
  // The pupil instrument answered by most, and its latest wave.
  const WaveResult* latest = nullptr;
  for (const WaveResult& w : results.waves) {
    const Instrument& in = data.instruments[w.instrument];
    if (in.respondent != Respondent::kPupil || w.reference.empty() || !w.reference[0].usable())
      continue;
    if (!latest || w.respondents > latest->respondents ||
        (w.instrument == latest->instrument && w.wave > latest->wave))
      latest = &w;
  }
  if (!latest) return out;
  const Instrument& instrument = data.instruments[latest->instrument];
  const UnitTree& units = data.units;
  const Privacy& privacy = data.project.privacy;
  Lookup restricted(*latest, privacy.min_n_restricted, catalog);
  Lookup pub(*latest, privacy.min_n_public, catalog);
  const int area0 = instrument.AreaScore(0);
  const std::string title = Nb(instrument.title);
  auto text = [&](const char* key, MessageArgs args) { return catalog.Format(key, args); };

  // The class with most respondents, and its parents.
  int cls = -1;
  for (int u = 0; u < units.size(); ++u)
    if (units[u].level == Level::kClass &&
        (cls < 0 || restricted.N(u, area0) > restricted.N(cls, area0)))
      cls = u;
  if (cls < 0) return out;
  int school = units[cls].parent, municipality = units[school].parent, county = units.county();

  auto tbar = std::make_unique<TBarChart>();
  tbar->title = text("cli.gallery.data_tbar", {{"unit", units[cls].name}, {"instrument", title}});
  tbar->row_header = text("cli.gallery.area", {});
  tbar->series = {units[cls].name, units[school].name, units[municipality].name,
                  units[county].name};
  for (size_t a = 0; a < instrument.areas.size(); ++a) {
    int score = instrument.AreaScore(static_cast<int>(a));
    tbar->rows.push_back({Nb(instrument.areas[a].title),
                          {restricted.T(cls, score), pub.T(school, score),
                           pub.T(municipality, score), pub.T(county, score)}});
  }
  out.push_back({"data_tbar_class", std::move(tbar)});

  auto heat = std::make_unique<HeatTable>();
  heat->title = text("cli.gallery.data_heat", {{"unit", units[school].name}});
  heat->row_header = text("cli.gallery.class", {});
  for (const Factor& f : instrument.factors) heat->columns.push_back(Nb(f.title));
  for (int c : units[school].children) {
    heat->rows.push_back(units[c].name);
    std::vector<ChartValue> line;
    for (size_t f = 0; f < instrument.factors.size(); ++f)
      line.push_back(restricted.T(c, static_cast<int>(f)));
    heat->cells.push_back(std::move(line));
  }
  out.push_back({"data_heat_table_school", std::move(heat)});

  auto cat = std::make_unique<CaterpillarChart>();
  cat->title = text("cli.gallery.data_caterpillar",
                    {{"area", Nb(instrument.areas[0].title)}, {"unit", units[county].name}});
  cat->parent_label = units[county].name;
  ChartValue county_t = pub.T(county, area0);
  cat->parent_value = county_t.shown() ? county_t.value : 50;
  for (int u = 0; u < units.size(); ++u)
    if (units[u].level == Level::kSchool && restricted.N(u, area0) > 0)
      cat->units.push_back({units[u].name, pub.T(u, area0), u == school});
  out.push_back({"data_caterpillar_schools", std::move(cat)});

  auto trend = std::make_unique<TrendChart>();
  trend->title = text("cli.gallery.data_trend", {{"unit", units[school].name}});
  trend->row_header = text("cli.gallery.area", {});
  std::vector<const WaveResult*> waves;
  for (const WaveResult& w : results.waves)
    if (w.instrument == latest->instrument) waves.push_back(&w);
  for (const WaveResult* w : waves) trend->waves.push_back(data.project.waves[w->wave].label);
  for (size_t a = 0; a < instrument.areas.size(); ++a) {
    TrendChart::Series s{Nb(instrument.areas[a].title), {}};
    for (const WaveResult* w : waves)
      s.values.push_back(Lookup(*w, privacy.min_n_public, catalog)
                             .T(school, instrument.AreaScore(static_cast<int>(a))));
    trend->series.push_back(std::move(s));
  }
  out.push_back({"data_trend_school", std::move(trend)});

  if (instrument.HasBackground(Background::kGender)) {
    auto gender = std::make_unique<GenderChart>();
    gender->title = text("cli.gallery.data_gender", {{"unit", units[school].name}});
    gender->row_header = text("cli.gallery.area", {});
    for (size_t a = 0; a < instrument.areas.size(); ++a) {
      int score = instrument.AreaScore(static_cast<int>(a));
      gender->rows.push_back({Nb(instrument.areas[a].title), pub.T(school, score, kGroupFemale),
                              pub.T(school, score, kGroupMale)});
    }
    out.push_back({"data_gender_school", std::move(gender)});
  }

  // The school's answers to the items of the first area (the results keep
  // each unit's item distributions).
  {
    auto diverging = std::make_unique<DivergingChart>();
    diverging->title = text("cli.gallery.data_items", {{"area", Nb(instrument.areas[0].title)},
                                                       {"unit", units[school].name}});
    diverging->row_header = text("cli.gallery.item", {});
    auto labels = instrument.scale.labels.find("nb");
    for (int v = instrument.scale.min; v <= instrument.scale.max; ++v)
      diverging->categories.push_back(labels != instrument.scale.labels.end() &&
                                              v - instrument.scale.min <
                                                  static_cast<int>(labels->second.size())
                                          ? labels->second[v - instrument.scale.min]
                                          : std::to_string(v));
    for (const ItemDistribution& d : latest->distributions) {
      if (d.unit != school) continue;
      const Item& item = instrument.items[d.item];
      if (instrument.factors[item.factor].area != 0) continue;
      DivergingChart::Row row{Nb(item.text), {}};
      if (d.answered() < privacy.min_n_public) {
        row.suppressed = true;
        row.reason =
            catalog.Format("chart.reason.too_few", {{"n", std::to_string(privacy.min_n_public)}});
      } else {
        for (int k = 0; k < instrument.scale.size(); ++k) row.percents.push_back(d.percent(k));
      }
      diverging->rows.push_back(std::move(row));
    }
    if (!diverging->rows.empty()) out.push_back({"data_diverging_school", std::move(diverging)});
  }

  // Municipalities by the first background and the first result indicator
  // (project.json `indicators`), latest wave with both.
  int x_def = -1, y_def = -1;
  for (size_t d = 0; d < data.project.indicators.size(); ++d) {
    const IndicatorDef::Kind kind = data.project.indicators[d].kind;
    if (kind == IndicatorDef::Kind::kBackground && x_def < 0) x_def = static_cast<int>(d);
    if (kind == IndicatorDef::Kind::kResult && y_def < 0) y_def = static_cast<int>(d);
  }
  std::map<int, std::map<int, std::pair<double, double>>> by_wave;  // wave -> unit -> (x, y)
  std::map<int, std::map<int, int>> seen;
  for (const Indicator& ind : data.indicators) {
    if (ind.unit < 0 || ind.group != Indicator::Group::kAll) continue;
    if (ind.def == x_def) {
      by_wave[ind.wave][ind.unit].first = data.project.indicators[x_def].percent ? ind.value * 100 : ind.value;
      seen[ind.wave][ind.unit] |= 1;
    } else if (ind.def == y_def) {
      by_wave[ind.wave][ind.unit].second = ind.value;
      seen[ind.wave][ind.unit] |= 2;
    }
  }
  for (auto it = seen.rbegin(); it != seen.rend(); ++it) {
    auto scatter = std::make_unique<ScatterChart>();
    scatter->title =
        text("cli.gallery.data_scatter", {{"wave", data.project.waves[it->first].label}});
    scatter->x_label = PickLang(data.project.indicators[x_def].title, "nb");
    scatter->y_label = PickLang(data.project.indicators[y_def].title, "nb");
    scatter->y_decimals = 1;
    for (auto [unit, mask] : it->second)
      if (mask == 3)
        scatter->points.push_back({units[unit].name, by_wave[it->first][unit].first,
                                   by_wave[it->first][unit].second, false, "",
                                   unit == municipality});
    if (scatter->points.size() < 2) continue;
    out.push_back({"data_scatter_municipalities", std::move(scatter)});
    break;
  }
  return out;
}

}  // namespace kfl
