// ReportCharts: the charts of a UnitReport — the same figures for the site
// (SVG) and the PDF reports — built from the report's plain data. Names and
// titles come translated in the report; the words the charts add are the
// catalog's; a hidden figure becomes a hidden ChartValue with its reason.
//
//   ReportCharts charts(report, data, text);
//   TBarChart overview = charts.AreaOverview(report.instruments[0]);
#pragma once

#include "chart/caterpillar_chart.h"
#include "chart/diverging_chart.h"
#include "chart/gender_chart.h"
#include "chart/scatter_chart.h"
#include "chart/tbar_chart.h"
#include "chart/trend_chart.h"
#include "report/figure_text.h"
#include "report/unit_report.h"

namespace kfl {

// A report figure as a chart value: T with its CI, or hidden with the reason.
ChartValue ToChartValue(const Figure& figure, const FigureText& text);

class ReportCharts {
 public:
  ReportCharts(const UnitReport& report, const DataSet& data, const FigureText& text)
      : report_(report), data_(data), text_(text) {}

  // The instrument's areas for the unit and the levels above it.
  TBarChart AreaOverview(const InstrumentReport& ir) const;
  // One area's factors, the same way.
  TBarChart Factors(const AreaDetail& area) const;
  // One area's items as diverging bars of their answer distributions.
  DivergingChart Items(const InstrumentReport& ir, const AreaDetail& area) const;
  // Each area's T over the waves.
  TrendChart Trend(const InstrumentReport& ir) const;
  // A class's year group against the county's pupils of the same grade.
  TrendChart YearGroup(const InstrumentReport& ir) const;
  // Girls and boys per area.
  GenderChart Gender(const InstrumentReport& ir) const;
  // The units below on one area, with the unit's own value as the line.
  CaterpillarChart Variation(const VariationBlock& block) const;
  // Municipalities: the background indicator against the result one.
  ScatterChart Scatter() const;
  // A learning result or completion indicator over the waves: the unit, its
  // parents and the comparison units (`gender`: the unit's girls and boys).
  TrendChart Indicator(const IndicatorReport& r, bool gender) const;
  // The share of pupils who say they are bullied: the unit and the county.
  TrendChart Bullying(const BullyingReport& b) const;
  // An indicator's title and source, in the report's language.
  std::string IndicatorTitle(int def) const;
  std::string IndicatorSource(int def) const;
  // A line's name: its unit's, its comparison unit's, or "Jenter"/"Gutter".
  std::string LineName(const IndicatorReport::Line& line) const;

 private:
  // Scores (rows) by the report's columns (series).
  TBarChart Bars(std::string title, std::string row_header,
                 const std::vector<ScoreFigures>& scores) const;
  std::string Format(std::string_view key, const MessageArgs& args = {}) const {
    return text_.catalog().Format(key, args);
  }

  const UnitReport& report_;
  const DataSet& data_;
  const FigureText& text_;
};

}  // namespace kfl
