#include "chart/tbar_chart.h"

#include <algorithm>

#include "chart/frame.h"

namespace kfl {
namespace {

constexpr double kBar = 15;           // bar thickness
constexpr double kBarGap = 3;         // between bars of one row
constexpr double kRowGap = 12;        // between rows
constexpr double kLabelShare = 0.28;  // at most this share of the width for level names

struct Layout {
  double title = 0, legend = 0, row_label_width = 0, series_width = 0, value_width = 0;
  std::vector<double> row_label_heights;
  // Per series: the height of its bar's slot in each row (a name wrapped
  // onto two lines makes it taller than the bar).
  std::vector<double> slot_heights;
  double slots = 0;  // their sum, with the gaps between bars
  LinearScale x;     // T onto the plot, between the names and the values
  double plot_top = 0, plot_bottom = 0;
  double height = 0;
};

std::vector<LegendKey> Keys(const TBarChart& c, const ChartContext& ctx) {
  const Theme& t = ctx.theme;
  std::vector<LegendKey> keys;
  keys.push_back({LegendKey::Kind::kLine, t.reference, MarkerShape::kCircle,
                  ctx.Text("chart.legend.reference")});
  bool ci = false, hidden = false;
  for (const auto& row : c.rows)
    for (const auto& v : row.values) {
      ci |= v.shown() && v.has_ci;
      hidden |= !v.shown();
    }
  if (ci)
    keys.push_back(
        {LegendKey::Kind::kWhisker, t.text, MarkerShape::kCircle, ctx.Text("chart.legend.ci")});
  if (hidden)
    keys.push_back({LegendKey::Kind::kHatch, t.suppressed, MarkerShape::kCircle,
                    ctx.Text("chart.legend.suppressed")});
  return keys;
}

LinearScale XScale(const TBarChart& c, double x0, double x1);

// Where a hidden value's reason goes beside its hatch at the reference:
// right of it within the plot on one line, with the dash in the value
// column; where it is too long for that (a narrow chart), wrapped on the
// side with more room: the right running on into the value column instead
// of the dash, or the left.
struct ReasonPlace {
  TextPlacement where;
  bool dash = true;
};
ReasonPlace PlaceReason(const std::string& reason, const LinearScale& x, double cy, double width,
                        ChartContext& ctx) {
  const double ref = x.Map(50), rx = ref + kBar / 2 + 4, lx = ref - kBar / 2 - 4;
  const double x0 = x.range_min(), x1 = x.range_max();
  if (ctx.text.Measure(reason, NoteStyle(ctx.theme)).width <= x1 - rx)
    return {{rx, cy, Align::kStart, Align::kCenter, x1 - rx, 1}, true};
  const double right = width - ctx.theme.margin - rx, left = lx - x0;
  if (right >= left) return {{rx, cy, Align::kStart, Align::kCenter, right, kReasonLines}, false};
  return {{lx, cy, Align::kEnd, Align::kCenter, left, kReasonLines}, true};
}

Layout Measure(const TBarChart& c, double width, ChartContext& ctx) {
  const Theme& t = ctx.theme;
  Layout l;
  double inner = width - 2 * t.margin;
  l.title = TitleHeight(c.title, width, ctx);
  l.legend = LegendHeight(Keys(c, ctx), inner, ctx);
  TextStyle label = LabelStyle(t);
  label.bold = true;
  for (const auto& row : c.rows)
    l.row_label_heights.push_back(ctx.text.Measure(row.label, label, inner, 2).height + 3);
  for (const auto& s : c.series)
    l.series_width = std::max(l.series_width, ctx.text.Measure(s, LabelStyle(t)).width);
  l.series_width = std::min(l.series_width, inner * kLabelShare);
  l.value_width = ctx.text.Measure("\u221200,0", ValueStyle(t)).width;
  l.x = XScale(c, t.margin + l.series_width + t.gap, width - t.margin - l.value_width - t.gap * 2);
  for (size_t s = 0; s < c.series.size(); ++s) {
    double h =
        std::max(kBar, ctx.text.Measure(c.series[s], LabelStyle(t), l.series_width, 2).height);
    for (const auto& row : c.rows) {
      if (s >= row.values.size() || row.values[s].shown()) continue;
      const TextPlacement where = PlaceReason(row.values[s].reason, l.x, 0, width, ctx).where;
      h = std::max(
          h, ctx.text.Measure(row.values[s].reason, NoteStyle(t), where.max_width, where.max_lines)
                 .height);
    }
    l.slot_heights.push_back(h);
    l.slots += h + kBarGap;
  }
  l.plot_top = t.margin + l.title + l.legend;
  double y = l.plot_top;
  for (size_t r = 0; r < c.rows.size(); ++r) y += l.row_label_heights[r] + l.slots + kRowGap;
  l.plot_bottom = y;
  l.height = y + XAxisHeight(ctx.Text("chart.axis.t"), width, ctx) + t.margin;
  return l;
}

LinearScale XScale(const TBarChart& c, double x0, double x1) {
  double lo = 45, hi = 55;  // at least +-5 around the reference
  for (const auto& row : c.rows)
    for (const auto& v : row.values) {
      if (!v.shown()) continue;
      lo = std::min(lo, v.has_ci ? std::min(v.ci_low, v.value) : v.value);
      hi = std::max(hi, v.has_ci ? std::max(v.ci_high, v.value) : v.value);
    }
  return LinearScale::Nice(lo, hi, x0, x1, 6);
}

}  // namespace

double TBarChart::Height(double width, ChartContext& ctx) const {
  return Measure(*this, width, ctx).height;
}

void TBarChart::Draw(Canvas& canvas, double width, double height, ChartContext& ctx) const {
  const Theme& t = ctx.theme;
  Layout l = Measure(*this, width, ctx);
  DrawChrome(canvas, title, Keys(*this, ctx), l.title, width, height, ctx);

  const LinearScale& x = l.x;
  std::vector<double> ticks = x.Ticks(6);
  DrawXGrid(canvas, x, ticks, l.plot_top, l.plot_bottom, t);

  TextStyle row_style = LabelStyle(t);
  row_style.bold = true;
  double y = l.plot_top;
  double ref = x.Map(50);
  std::vector<Segment> whiskers;  // all in one stroke, over the bars
  // The reference line runs through each row's bars and leaves its label
  // (which may be as wide as the chart) clear.
  std::vector<Segment> reference;
  for (size_t r = 0; r < rows.size(); ++r) {
    const Row& row = rows[r];
    ctx.text.Draw(canvas, row.label, row_style,
                  {t.margin, y, Align::kStart, Align::kStart, width - 2 * t.margin, 2});
    y += l.row_label_heights[r];
    reference.push_back({{ref, y - kBarGap / 2}, {ref, y + l.slots - kBarGap / 2}});
    for (size_t s = 0; s < series.size(); ++s) {
      const double cy = y + l.slot_heights[s] / 2;
      const double by = cy - kBar / 2;  // the bar's top
      ctx.text.Draw(canvas, series[s], LabelStyle(t),
                    {t.margin, cy, Align::kStart, Align::kCenter, l.series_width, 2});
      const ChartValue empty = ChartValue::Hidden("");
      const ChartValue& v = s < row.values.size() ? row.values[s] : empty;
      if (v.shown()) {
        double bx = x.MapClamped(v.value);
        FillRect(canvas, std::min(ref, bx), by, std::fabs(bx - ref), kBar,
                 s < colors.size() ? colors[s] : t.Series(static_cast<int>(s)));
        if (v.has_ci)
          AddWhiskerH(&whiskers, x.MapClamped(v.ci_low), x.MapClamped(v.ci_high), cy, kBar * 0.6);
        ctx.text.Draw(canvas, ctx.Number(v.value), ValueStyle(t),
                      {width - t.margin, cy, Align::kEnd, Align::kCenter});
      } else {
        DrawHatch(canvas, ref - kBar / 2, by, kBar, kBar, t.suppressed);
        const ReasonPlace place = PlaceReason(v.reason, x, cy, width, ctx);
        ctx.text.Draw(canvas, v.reason, NoteStyle(t), place.where);
        if (place.dash) {
          ctx.text.Draw(canvas, "\u2013", ValueStyle(t),
                        {width - t.margin, cy, Align::kEnd, Align::kCenter});
        }
      }
      y += l.slot_heights[s] + kBarGap;
    }
    y += kRowGap;
  }
  DrawLines(canvas, whiskers, t.text, kWhiskerWidth);
  DrawLines(canvas, reference, t.reference, 1.5);
  DrawXAxis(canvas, x, ticks, l.plot_bottom, ctx.Text("chart.axis.t"), width, ctx);
}

std::string TBarChart::TextAlternative(const ChartContext& ctx) const {
  const Row* high = nullptr;
  const Row* low = nullptr;
  for (const Row& row : rows) {
    if (row.values.empty() || !row.values[0].shown()) continue;
    if (!high || row.values[0].value > high->values[0].value) high = &row;
    if (!low || row.values[0].value < low->values[0].value) low = &row;
  }
  std::string unit = series.empty() ? "" : series[0];
  if (!high)
    return ctx.Text("chart.tbar.alt_hidden", {{"unit", unit}, {"series", JoinList(series, ctx)}});
  if (high == low) {  // one row shown: nothing is highest or lowest
    return ctx.Text("chart.tbar.alt_one", {{"unit", unit},
                                           {"series", JoinList(series, ctx)},
                                           {"label", high->label},
                                           {"value", ctx.Number(high->values[0].value)}});
  }
  return ctx.Text("chart.tbar.alt", {{"unit", unit},
                                     {"series", JoinList(series, ctx)},
                                     {"count", std::to_string(rows.size())},
                                     {"rows", RowsWord(rows_word, ctx)},
                                     {"high_label", high->label},
                                     {"high", ctx.Number(high->values[0].value)},
                                     {"low_label", low->label},
                                     {"low", ctx.Number(low->values[0].value)}});
}

DataTable TBarChart::Table(const ChartContext& ctx) const {
  DataTable table;
  table.header.push_back(row_header);
  for (const auto& s : series) table.header.push_back(s);
  table.sheet.header.push_back(row_header);
  for (const auto& s : series) {
    table.sheet.header.push_back(s);
    AddCiHeader(s, ctx, &table.sheet);
  }
  for (const Row& row : rows) {
    std::vector<std::string> cells{row.label};
    table.sheet.Row(row.label);
    for (size_t s = 0; s < series.size(); ++s) {
      const ChartValue v = s < row.values.size() ? row.values[s] : ChartValue{};
      cells.push_back(s < row.values.size() ? ValueCell(v, ctx) : "\u2013");
      table.sheet.Add(v, 1, /*ci=*/true);
    }
    table.rows.push_back(std::move(cells));
  }
  return table;
}

}  // namespace kfl
