#include "chart/trend_chart.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "chart/frame.h"
#include "chart/label_placer.h"

namespace kfl {
namespace {

// A wave label drawn on two lines ("T2 2018\n6. trinn"), for a sentence
// or a table header: "T2 2018, 6. trinn".
std::string OneLine(std::string label) {
  for (size_t at; (at = label.find('\n')) != std::string::npos;) label.replace(at, 1, ", ");
  return label;
}

constexpr double kPlotHeight = 240;
constexpr double kLabelShare = 0.3;
constexpr int kEndLabelLines = 3;  // a line's name wraps rather than ends in "..."

std::vector<LegendKey> Keys(const TrendChart& c, const ChartContext& ctx) {
  const Theme& t = ctx.theme;
  std::vector<LegendKey> keys;
  if (c.t_score) {
    keys.push_back({LegendKey::Kind::kDashedLine, t.reference, MarkerShape::kCircle,
                    c.reference_label.empty() ? ctx.Text("chart.legend.reference")
                                              : c.reference_label});
  }
  keys.push_back({LegendKey::Kind::kHollowMarker, t.muted_text, MarkerShape::kCircle,
                  ctx.Text("chart.legend.first_wave")});
  for (const auto& s : c.series)
    for (const auto& v : s.values)
      if (v.suppressed) {
        keys.push_back({LegendKey::Kind::kHatch, t.suppressed, MarkerShape::kCircle,
                        ctx.Text("chart.legend.suppressed")});
        return keys;
      }
  return keys;
}

struct Layout {
  double title = 0, legend = 0, plot_top = 0, plot_bottom = 0, height = 0;
  bool hidden = false;
};

Layout Measure(const TrendChart& c, double width, ChartContext& ctx) {
  const Theme& t = ctx.theme;
  Layout l;
  l.title = TitleHeight(c.title, width, ctx);
  std::vector<LegendKey> keys = Keys(c, ctx);
  l.hidden = keys.back().kind == LegendKey::Kind::kHatch;
  l.legend = LegendHeight(keys, width - 2 * t.margin, ctx);
  l.plot_top = t.margin + l.title + l.legend + 6;
  l.plot_bottom = l.plot_top + kPlotHeight;
  // A wave's label may have two lines ("T2 2018" over "8. trinn").
  double labels = XAxisHeight("", width, ctx);
  for (const std::string& w : c.waves) {
    labels = std::max(labels, 4 + ctx.text.Measure(w, AxisStyle(t)).height);
  }
  l.height = l.plot_bottom + (l.hidden ? 20 : 0) + labels + t.margin;
  return l;
}

}  // namespace

bool TrendChart::Change(const Series& s, double* d) const {
  const ChartValue* first = nullptr;
  const ChartValue* last = nullptr;
  for (const auto& v : s.values)
    if (v.shown()) {
      if (!first) first = &v;
      last = &v;
    }
  if (!first || first == last) return false;
  *d = (last->value - first->value) / (t_score ? 10 : 1);
  return true;
}

std::string TrendChart::Value(double v, const ChartContext& ctx) const {
  return ctx.Number(v, decimals) + suffix;
}

double TrendChart::Height(double width, ChartContext& ctx) const {
  return Measure(*this, width, ctx).height;
}

void TrendChart::Draw(Canvas& canvas, double width, double height, ChartContext& ctx) const {
  const Theme& t = ctx.theme;
  Layout l = Measure(*this, width, ctx);
  DrawChrome(canvas, title, Keys(*this, ctx), l.title, width, height, ctx);

  // T-scores around the reference, 45-55 at least; other values from
  // their own range.
  double lo = t_score ? 45 : std::numeric_limits<double>::infinity();
  double hi = t_score ? 55 : -std::numeric_limits<double>::infinity();
  for (const auto& s : series)
    for (const auto& v : s.values)
      if (v.shown()) {
        lo = std::min(lo, v.value);
        hi = std::max(hi, v.value);
      }
  if (!std::isfinite(lo)) lo = 0, hi = 1;
  if (!t_score && hi - lo < std::max(min_span, 1e-9)) {
    const double middle = (lo + hi) / 2, half = std::max(min_span, 2.0) / 2;
    lo = middle - half;
    hi = middle + half;
  }
  // Room above and below the values, so that no point sits on the axis
  // labels under the plot.
  if (!t_score) {
    const double pad = (hi - lo) * 0.08;
    lo -= pad;
    hi += pad;
  }
  LinearScale y = LinearScale::Nice(lo, hi, l.plot_bottom, l.plot_top, 5);
  double axis_label = YTickWidth(y, 5, ctx) + 4;
  double value_label = ctx.text.Measure(Value(hi, ctx), ValueStyle(t)).width + 8;
  double label_width = (width - 2 * t.margin) * kLabelShare;
  double x0 = t.margin + axis_label + value_label;
  double x1 = width - t.margin - label_width - 10;
  BandScale x(static_cast<int>(waves.size()), x0, x1, 0);
  DrawYGrid(canvas, y, y.Ticks(5), x0 - value_label + 4, x1, t.margin + axis_label - 4, ctx);
  for (size_t w = 0; w < waves.size(); ++w)
    ctx.text.Draw(
        canvas, waves[w], AxisStyle(t),
        {x.Center(w), l.plot_bottom + (l.hidden ? 24 : 4), Align::kCenter, Align::kStart});
  if (t_score) DrawLine(canvas, x0 - value_label + 4, y.Map(50), x1, y.Map(50), t.reference, 1.25, true);

  // Direct labels at the line ends and first values, spread apart.
  std::vector<double> end_y, first_y;
  std::vector<int> end_index, first_index;
  for (size_t s = 0; s < series.size(); ++s) {
    int first = -1, last = -1;
    for (size_t w = 0; w < series[s].values.size() && w < waves.size(); ++w)
      if (series[s].values[w].shown()) {
        if (first < 0) first = static_cast<int>(w);
        last = static_cast<int>(w);
      }
    end_index.push_back(last);
    first_index.push_back(first);
    if (last >= 0) end_y.push_back(y.Map(series[s].values[last].value));
    if (first >= 0) first_y.push_back(y.Map(series[s].values[first].value));
  }
  double line_height = ctx.text.Measure("Ag", LabelStyle(t)).height;
  // The end labels: name and value in one text, the value kept on the
  // name's last line by a no-break space, wrapped into the room right of
  // the last wave; a crowd of them spreads around its points.
  TextStyle end_style = LabelStyle(t);
  end_style.halo = true;
  const double end_room = width - t.margin - (x.Center(static_cast<int>(waves.size()) - 1) + 16);
  std::vector<std::string> end_text(series.size());
  std::vector<double> end_heights;
  for (size_t s = 0; s < series.size(); ++s) {
    if (end_index[s] < 0) continue;
    end_text[s] = series[s].label + "\u00a0" + Value(series[s].values[end_index[s]].value, ctx);
    end_heights.push_back(
        std::max(line_height,
                 ctx.text.Measure(end_text[s], end_style, end_room, kEndLabelLines).height) +
        1);
  }
  std::vector<double> end_pos = SpreadCentred(end_y, end_heights, l.plot_top, l.plot_bottom);
  std::vector<double> first_pos = Spread(first_y, line_height * 0.95, l.plot_top, l.plot_bottom);

  size_t e = 0, f = 0;
  std::vector<int> hidden_at(waves.size(), 0);
  for (size_t s = 0; s < series.size(); ++s) {
    const Series& ser = series[s];
    const Rgb& color = s < colors.size() ? colors[s] : t.Series(static_cast<int>(s));
    std::vector<Point> run;
    auto flush = [&] {
      DrawPolyline(canvas, run, color, 2.25);
      run.clear();
    };
    for (size_t w = 0; w < ser.values.size() && w < waves.size(); ++w) {
      if (ser.values[w].shown()) {
        run.push_back({x.Center(w), y.Map(ser.values[w].value)});
      } else if (!ser.values[w].suppressed) {
        flush();  // not given: a gap
      } else {
        flush();
        // Under the plot: a hatched box with the series' own marker beside it.
        double bx = x.Center(w) - 12 + 26 * hidden_at[w]++;
        DrawHatch(canvas, bx, l.plot_bottom + 6, 11, 11, t.suppressed);
        DrawMarker(canvas, Theme::Marker(s), bx + 17, l.plot_bottom + 11.5, 7, color);
      }
    }
    flush();
    // A thin dashed line bridges hidden values, so the series stays one line.
    bool gap = false;
    for (size_t w = 0; w < ser.values.size() && w < waves.size(); ++w) {
      if (!ser.values[w].shown()) {
        gap = true;
        continue;
      }
      Point p{x.Center(w), y.Map(ser.values[w].value)};
      if (gap && run.size() == 1) DrawLine(canvas, run[0].x, run[0].y, p.x, p.y, color, 1, true);
      run.assign(1, p);
      gap = false;
    }
    run.clear();
    for (size_t w = 0; w < ser.values.size() && w < waves.size(); ++w)
      if (ser.values[w].shown())
        DrawMarker(canvas, Theme::Marker(s), x.Center(w), y.Map(ser.values[w].value), 9, color,
                   static_cast<int>(w) == first_index[s]);
    if (first_index[s] >= 0) {
      // A first value whose label had to move away from its point is left
      // to the data table rather than shown next to the wrong point.
      double py = first_pos[f], wanted = first_y[f];
      ++f;
      TextStyle first_style = ValueStyle(t);
      first_style.halo = true;  // over the reference line
      if (std::fabs(py - wanted) < line_height * 0.6)
        ctx.text.Draw(canvas, Value(ser.values[first_index[s]].value, ctx), first_style,
                      {x.Center(first_index[s]) - 9, py, Align::kEnd, Align::kCenter});
    }
    if (end_index[s] >= 0) {
      double py = end_pos[e++];
      double px = x.Center(end_index[s]), wanted = end_y[e - 1];
      double lx = px + 16;
      const double room = width - t.margin - lx;
      // A leader line when the label had to move off its point's height.
      if (std::fabs(py - wanted) > 2) DrawLine(canvas, px + 6, wanted, lx - 3, py, color, 1);
      if (!ctx.text.Measure(end_text[s], end_style, room, kEndLabelLines).ellipsized) {
        ctx.text.Draw(canvas, end_text[s], end_style,
                      {lx, py, Align::kStart, Align::kCenter, room, kEndLabelLines});
      } else {
        // The name may be shortened with an ellipsis; the value never is.
        std::string value = Value(ser.values[end_index[s]].value, ctx);
        double value_width = ctx.text.Measure(value, end_style).width;
        TextBox name = ctx.text.Draw(
            canvas, ser.label, end_style,
            {lx, py, Align::kStart, Align::kCenter, room - value_width - 4, kEndLabelLines});
        ctx.text.Draw(canvas, value, end_style,
                      {lx + name.width + 4, py, Align::kStart, Align::kCenter});
      }
    }
  }
}

std::string TrendChart::TextAlternative(const ChartContext& ctx) const {
  std::vector<std::string> names;
  for (const auto& s : series) names.push_back(s.label);
  const Series* most = nullptr;
  double most_d = 0;
  for (const auto& s : series) {
    double d;
    if (Change(s, &d) && (!most || std::fabs(d) > std::fabs(most_d))) {
      most = &s;
      most_d = d;
    }
  }
  if (!most || waves.empty())
    return ctx.Text("chart.trend.alt_hidden", {{"series", JoinList(names, ctx)}});
  // No line moved as far as the shown figures tell.
  const double step = t_score ? 0.05 : 0.5 * std::pow(10.0, -decimals);
  if (std::fabs(most_d) < step) {
    return ctx.Text("chart.trend.alt_flat", {{"series", JoinList(names, ctx)},
                                             {"first", OneLine(waves.front())},
                                             {"last", OneLine(waves.back())}});
  }
  return ctx.Text(t_score ? "chart.trend.alt" : "chart.trend.alt_units",
                  {{"series", JoinList(names, ctx)},
                   {"first", OneLine(waves.front())},
                   {"last", OneLine(waves.back())},
                   {"label", most->label},
                   {"change", t_score ? ctx.Signed(most_d) : ctx.Signed(most_d, decimals) + change_suffix}});
}

DataTable TrendChart::Table(const ChartContext& ctx) const {
  DataTable table;
  table.header.push_back(row_header);
  for (const auto& w : waves) table.header.push_back(OneLine(w));
  table.header.push_back(ctx.Text(t_score ? "chart.col.change" : "chart.col.change_units"));
  table.sheet.header = table.header;
  const int shown = t_score ? 1 : decimals;
  for (const auto& s : series) {
    std::vector<std::string> cells{s.label};
    table.sheet.Row(s.label);
    for (size_t w = 0; w < waves.size(); ++w) {
      const ChartValue* v = w < s.values.size() ? &s.values[w] : nullptr;
      cells.push_back(v == nullptr ? "\u2013" : t_score || !v->shown() ? ValueCell(*v, ctx) : Value(v->value, ctx));
      table.sheet.Add(v == nullptr ? ChartValue{} : *v, shown, false, percent);
    }
    double d;
    const bool change = Change(s, &d);
    cells.push_back(!change ? "\u2013" : t_score ? ctx.Signed(d) : ctx.Signed(d, decimals) + change_suffix);
    // A change of a percentage in percentage points, as a number.
    table.sheet.Add(change ? SheetCell::Number(d, shown) : SheetCell::Empty());
    table.rows.push_back(std::move(cells));
  }
  return table;
}

}  // namespace kfl
