#include "report/report_charts.h"

#include <cmath>

#include "privacy/reason.h"

namespace kfl {
namespace {

std::string LevelWord(const Catalog& catalog, Level level, bool plural) {
  return catalog.Format(std::string(plural ? "level.plural." : "level.") +
                        std::string(LevelName(level)));
}

}  // namespace

ChartValue ToChartValue(const Figure& figure, const FigureText& text) {
  if (!figure.shown() || !figure.has_t) return ChartValue::Hidden(text.Reason(figure));
  return figure.has_ci ? ChartValue::WithCi(figure.t, figure.ci_low, figure.ci_high)
                       : ChartValue::Of(figure.t);
}

TBarChart ReportCharts::Bars(std::string title, std::string row_header,
                             const std::vector<ScoreFigures>& scores) const {
  TBarChart chart;
  chart.title = std::move(title);
  chart.row_header = std::move(row_header);
  const Theme theme;
  for (const Column& c : report_.columns) {
    chart.series.push_back(c.name);
    chart.colors.push_back(theme.LevelColor(c.level));
  }
  for (const ScoreFigures& s : scores) {
    TBarChart::Row row{s.title, {}};
    for (const Figure& f : s.columns) row.values.push_back(ToChartValue(f, text_));
    chart.rows.push_back(std::move(row));
  }
  return chart;
}

TBarChart ReportCharts::AreaOverview(const InstrumentReport& ir) const {
  TBarChart chart = Bars(Format("site.fig.overview", {{"instrument", ir.title}}),
                         Format("site.col.area"), ir.areas);
  chart.rows_word = Format("chart.rows.areas");
  return chart;
}

TBarChart ReportCharts::Factors(const AreaDetail& area) const {
  TBarChart chart = Bars(Format("site.fig.factors", {{"area", area.title}}),
                         Format("site.col.factor"), area.factors);
  chart.rows_word = Format("chart.rows.factors");
  return chart;
}

DivergingChart ReportCharts::Items(const InstrumentReport& ir, const AreaDetail& area) const {
  const Instrument& instrument = data_.instruments[ir.instrument];
  DivergingChart chart;
  chart.title = Format("site.fig.items", {{"area", area.title}});
  chart.row_header = Format("site.col.item");
  for (int v = instrument.scale.min; v <= instrument.scale.max; ++v) {
    chart.categories.push_back(instrument.scale.Label(v, text_.lang()));
  }
  for (const ItemFigures& item : area.items) {
    DivergingChart::Row row;
    row.label = item.text;
    row.reverse = item.reverse;
    if (!item.shown()) {
      row.suppressed = true;
      const Audience audience{.min_n = text_.min_n(), .min_cell = text_.min_cell()};
      row.reason = item.reason == CategoryDisclosure::kNotShown
                       ? Format("privacy.reason.complementary")
                       : CategoryReason(item.reason, audience, text_.catalog());
    } else {
      for (size_t g = 0; g < item.groups.size(); ++g) {
        row.segments.push_back(
            {item.groups[g].first, item.groups[g].second,
             item.answered > 0 ? 100.0 * item.counts[g] / item.answered : 0});
      }
    }
    chart.rows.push_back(std::move(row));
  }
  return chart;
}

TrendChart ReportCharts::Trend(const InstrumentReport& ir) const {
  TrendChart chart;
  chart.title = Format("site.fig.trend", {{"unit", report_.columns.front().name}});
  chart.row_header = Format("site.col.area");
  // Only the waves in which the instrument was answered: the schools'
  // charts skip the kindergartens' years and the other way round.
  for (int w : ir.answered_waves) chart.waves.push_back(data_.project.waves[w].label);
  for (const TrendSeries& t : ir.trend) {
    TrendChart::Series s{t.title, {}};
    for (int w : ir.answered_waves) s.values.push_back(ToChartValue(t.waves[w], text_));
    chart.series.push_back(std::move(s));
  }
  return chart;
}

TrendChart ReportCharts::YearGroup(const InstrumentReport& ir) const {
  TrendChart chart;
  chart.title = Format("site.fig.year_group", {{"school", data_.units[ir.year_group.unit].name}});
  chart.row_header = Format("site.col.area");
  chart.reference_label = Format("site.fig.year_group_reference");
  for (const InstrumentReport::GradeSeries::Point& p : ir.year_group.points) {
    chart.waves.push_back(Format("site.fig.year_group_wave",
                                 {{"wave", data_.project.waves[p.wave].label},
                                  {"grade", std::to_string(p.grade)}}));
  }
  for (size_t a = 0; a < ir.year_group.areas.size(); ++a) {
    TrendChart::Series s{ir.areas[a].title, {}};
    for (const Figure& f : ir.year_group.areas[a]) s.values.push_back(ToChartValue(f, text_));
    chart.series.push_back(std::move(s));
  }
  return chart;
}

GenderChart ReportCharts::Gender(const InstrumentReport& ir) const {
  GenderChart chart;
  chart.title = Format("site.fig.gender", {{"unit", report_.columns.front().name}});
  chart.row_header = Format("site.col.area");
  chart.rows_word = Format("chart.rows.areas");
  for (const GenderRow& g : ir.gender) {
    chart.rows.push_back({g.title, ToChartValue(g.girls, text_), ToChartValue(g.boys, text_)});
  }
  return chart;
}

CaterpillarChart ReportCharts::Variation(const VariationBlock& block) const {
  CaterpillarChart chart;
  chart.title = Format("site.fig.variation",
                       {{"area", block.title},
                        {"level", LevelWord(text_.catalog(), block.child_level, true)}});
  chart.parent_label = report_.columns.front().name;
  chart.parent_value = block.parent.shown() && block.parent.has_t
                           ? block.parent.t
                           : std::numeric_limits<double>::quiet_NaN();
  for (const ChildFigure& c : block.children) {
    chart.units.push_back({c.name, ToChartValue(c.figure, text_), false});
  }
  return chart;
}

ScatterChart ReportCharts::Scatter() const {
  ScatterChart chart;
  const IndicatorDef& x = data_.project.indicators[report_.scatter_x];
  const IndicatorDef& y = data_.project.indicators[report_.scatter_y];
  chart.title = Format("site.fig.scatter",
                       {{"x", IndicatorTitle(report_.scatter_x)},
                        {"y", IndicatorTitle(report_.scatter_y)},
                        {"wave", report_.scatter_wave >= 0 ? data_.project.waves[report_.scatter_wave].id
                                                           : std::string()}});
  chart.x_label = IndicatorTitle(report_.scatter_x) + (x.percent ? Format("site.unit.percent_label") : "");
  chart.y_label = IndicatorTitle(report_.scatter_y) + (y.percent ? Format("site.unit.percent_label") : "");
  chart.x_step = x.percent ? Format("site.fig.scatter_x_step") : "";
  chart.x_decimals = x.decimals;
  chart.y_decimals = y.decimals;
  for (const ScatterPoint& p : report_.scatter) {
    chart.points.push_back(
        {p.name, x.percent ? 100 * p.x : p.x, y.percent ? 100 * p.y : p.y, false, "", p.highlight});
  }
  return chart;
}

std::string ReportCharts::IndicatorTitle(int def) const {
  return PickLang(data_.project.indicators[def].title, text_.lang());
}

std::string ReportCharts::IndicatorSource(int def) const {
  return PickLang(data_.project.indicators[def].source, text_.lang());
}

std::string ReportCharts::LineName(const IndicatorReport::Line& line) const {
  if (line.group == Indicator::Group::kFemale) return Format("site.col.girls");
  if (line.group == Indicator::Group::kMale) return Format("site.col.boys");
  if (line.comparison >= 0) return PickLang(data_.project.comparisons[line.comparison].title, text_.lang());
  return data_.units[line.unit].name;
}

TrendChart ReportCharts::Indicator(const IndicatorReport& r, bool gender) const {
  const IndicatorDef& def = data_.project.indicators[r.def];
  const Theme theme;
  TrendChart chart;
  chart.title = Format(gender ? "site.fig.indicator_gender" : "site.fig.indicator",
                       {{"indicator", IndicatorTitle(r.def)}, {"unit", report_.columns.front().name}});
  chart.row_header = Format(gender ? "site.col.group" : "site.col.unit");
  chart.t_score = false;
  chart.decimals = def.decimals;
  if (def.percent) {
    chart.percent = true;
    chart.suffix = Format("site.unit.percent");
    chart.change_suffix = Format("site.unit.points");
  }
  for (int w : r.waves) chart.waves.push_back(data_.project.waves[w].label);
  // The axis spans at least a tenth of the values' size (4 points
  // around 41) or 20 percentage points, so that small changes look small.
  double sum = 0;
  int count = 0;
  for (const IndicatorReport::Line& line : r.lines) {
    for (double v : line.values) {
      if (std::isfinite(v)) sum += std::abs(v), ++count;
    }
  }
  chart.min_span = def.percent ? 20 : count > 0 ? 0.1 * sum / count : 0;
  // Fixed colours: girls and boys as in the gender charts; the levels'
  // own; the comparison units purple and black.
  int comparisons = 0;
  for (const IndicatorReport::Line& line : gender ? r.gender : r.lines) {
    TrendChart::Series s{LineName(line), {}};
    for (double v : line.values) s.values.push_back(ChartValue::Of(def.percent ? 100 * v : v));
    chart.series.push_back(std::move(s));
    if (line.group == Indicator::Group::kFemale) {
      chart.colors.push_back(theme.series[1]);
    } else if (line.group == Indicator::Group::kMale) {
      chart.colors.push_back(theme.series[0]);
    } else if (line.comparison >= 0) {
      chart.colors.push_back(theme.series[comparisons++ % 2 == 0 ? 3 : 5]);
    } else {
      chart.colors.push_back(theme.LevelColor(data_.units[line.unit].level));
    }
  }
  return chart;
}

TrendChart ReportCharts::Bullying(const BullyingReport& b) const {
  const Theme theme;
  TrendChart chart;
  chart.title = Format("site.fig.bullying", {{"unit", report_.columns.front().name}});
  chart.row_header = Format("site.col.unit");
  chart.t_score = false;
  chart.decimals = kShareDecimals;
  chart.percent = true;
  chart.suffix = Format("site.unit.percent");
  chart.change_suffix = Format("site.unit.points");
  chart.min_span = 10;
  for (int w : b.waves) chart.waves.push_back(data_.project.waves[w].label);
  const Audience audience{.min_n = text_.min_n(), .min_cell = text_.min_cell()};
  auto add = [&](const std::vector<BullyingShare>& shares, const Column& column) {
    TrendChart::Series s{column.name, {}};
    for (const BullyingShare& share : shares) {
      if (share.shown) {
        // As shown, so that the change the chart states is the one a reader
        // works out from its labels.
        const double scale = std::pow(10.0, kShareDecimals);
        s.values.push_back(ChartValue::Of(std::round(scale * 100.0 * share.count / share.answered) / scale));
      } else if (share.answered > 0) {
        s.values.push_back(ChartValue::Hidden(CategoryReason(share.reason, audience, text_.catalog())));
      } else {
        s.values.push_back(ChartValue{});  // not surveyed that year: a gap
      }
    }
    chart.series.push_back(std::move(s));
    chart.colors.push_back(theme.LevelColor(column.level));
  };
  add(b.unit, report_.columns.front());
  if (!b.county.empty()) add(b.county, report_.columns.back());
  return chart;
}

}  // namespace kfl
