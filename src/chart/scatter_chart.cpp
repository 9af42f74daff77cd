#include "chart/scatter_chart.h"

#include <algorithm>

#include "chart/frame.h"
#include "chart/label_placer.h"

namespace kfl {
namespace {

constexpr double kPlotShare = 0.62;  // plot height as a share of the width
constexpr double kPoint = 8;
constexpr double kHighlightPoint = 11;

struct Layout {
  double title = 0, legend = 0, plot_top = 0, plot_bottom = 0, height = 0;
};

std::vector<LegendKey> Keys(const ScatterChart& c, const ChartContext& ctx) {
  std::vector<LegendKey> keys;
  keys.push_back({LegendKey::Kind::kMarker, ctx.theme.Series(0), MarkerShape::kCircle,
                  ctx.Text("chart.col.unit")});
  if (c.ShownCount() >= ScatterChart::kMinPointsForLine)
    keys.push_back({LegendKey::Kind::kLine, ctx.theme.Series(1), MarkerShape::kCircle,
                    ctx.Text("chart.legend.fit")});
  return keys;
}

Layout Measure(const ScatterChart& c, double width, ChartContext& ctx) {
  const Theme& t = ctx.theme;
  Layout l;
  l.title = TitleHeight(c.title, width, ctx);
  l.legend = LegendHeight(Keys(c, ctx), width - 2 * t.margin, ctx);
  double axis = ctx.text.Measure("Ag", AxisStyle(t)).height;
  l.plot_top = t.margin + l.title + l.legend + axis + 6;  // y axis title above the plot
  l.plot_bottom = l.plot_top + width * kPlotShare * 0.75;
  l.height = l.plot_bottom + XAxisHeight(c.x_label, width, ctx) + t.margin;
  return l;
}

}  // namespace

int ScatterChart::ShownCount() const {
  return static_cast<int>(
      std::count_if(points.begin(), points.end(), [](const Point& p) { return !p.suppressed; }));
}

LinearFit ScatterChart::Fit() const {
  std::vector<double> x, y;
  for (const auto& p : points)
    if (!p.suppressed) {
      x.push_back(p.x);
      y.push_back(p.y);
    }
  return FitLine(x, y);
}

double ScatterChart::Height(double width, ChartContext& ctx) const {
  return Measure(*this, width, ctx).height;
}

void ScatterChart::Draw(Canvas& canvas, double width, double height, ChartContext& ctx) const {
  const Theme& t = ctx.theme;
  Layout l = Measure(*this, width, ctx);
  DrawChrome(canvas, title, Keys(*this, ctx), l.title, width, height, ctx);

  double xlo = INFINITY, xhi = -INFINITY, ylo = INFINITY, yhi = -INFINITY;
  for (const auto& p : points)
    if (!p.suppressed) {
      xlo = std::min(xlo, p.x);
      xhi = std::max(xhi, p.x);
      ylo = std::min(ylo, p.y);
      yhi = std::max(yhi, p.y);
    }
  double axis_label = ctx.text.Measure("000,0", AxisStyle(t)).width + 6;
  double x0 = t.margin + axis_label, x1 = width - t.margin;
  // 8% air on every side, so no point sits on the frame and labels fit.
  double xpad = std::max((xhi - xlo) * 0.08, 1e-6), ypad = std::max((yhi - ylo) * 0.08, 1e-6);
  LinearScale x = LinearScale::Nice(xlo - xpad, xhi + xpad, x0, x1, 6);
  LinearScale y = LinearScale::Nice(ylo - ypad, yhi + ypad, l.plot_bottom, l.plot_top, 5);
  // The last x tick's label stays inside the chart.
  x1 = std::min(x1, width - XTickOverhang(x, 6, ctx) - 1);
  x = LinearScale(x.domain_min(), x.domain_max(), x0, x1);
  y = LinearScale(y.domain_min(), y.domain_max(), l.plot_bottom, l.plot_top);
  std::vector<double> xt = x.Ticks(6);
  DrawXGrid(canvas, x, xt, l.plot_top, l.plot_bottom, t);
  DrawYGrid(canvas, y, y.Ticks(5), x0, x1, x0 - 6, ctx);
  ctx.text.Draw(canvas, y_label, AxisStyle(t),
                {t.margin, l.plot_top - 6, Align::kStart, Align::kEnd, x1 - t.margin, 1});
  DrawXAxis(canvas, x, xt, l.plot_bottom, x_label, width, ctx);

  LinearFit fit = Fit();
  if (fit.valid && ShownCount() >= kMinPointsForLine) {
    canvas.Save();
    canvas.Rectangle(x0, l.plot_top, x1 - x0, l.plot_bottom - l.plot_top);
    canvas.Clip();
    DrawLine(canvas, x0, y.Map(fit.At(x.domain_min())), x1, y.Map(fit.At(x.domain_max())),
             t.Series(1), 2);
    canvas.Restore();
  }
  LabelPlacer placer;
  for (const auto& p : points)
    if (!p.suppressed) {
      double px = x.Map(p.x), py = y.Map(p.y);
      const double r = (p.highlight ? kHighlightPoint : kPoint) / 2;
      placer.Take({px - r, py - r, px + r, py + r});
    }
  for (const auto& p : points)
    if (!p.suppressed)
      DrawMarker(canvas, p.highlight ? MarkerShape::kDiamond : MarkerShape::kCircle, x.Map(p.x),
                 y.Map(p.y), p.highlight ? kHighlightPoint : kPoint,
                 p.highlight ? t.text : t.Series(0));
  // Highlighted labels first, then the rest in order of distance from the line.
  std::vector<const Point*> order;
  for (const auto& p : points)
    if (!p.suppressed) order.push_back(&p);
  std::stable_sort(order.begin(), order.end(), [&](const Point* a, const Point* b) {
    if (a->highlight != b->highlight) return a->highlight;
    double ra = fit.valid ? std::fabs(a->y - fit.At(a->x)) : 0;
    double rb = fit.valid ? std::fabs(b->y - fit.At(b->x)) : 0;
    return ra > rb;
  });
  Box bounds{x0, l.plot_top, x1, l.plot_bottom};
  TextStyle style = ValueStyle(t);
  style.halo = true;
  for (const Point* p : order) {
    double px = x.Map(p->x), py = y.Map(p->y);
    TextStyle s = style;
    s.bold = p->highlight;  // measured as drawn, or a bold label runs into its point
    TextBox box = ctx.text.Measure(p->label, s, 150, 1);
    double w = box.width, h = box.height;
    const Box candidates[] = {
        {px + 6, py - h / 2, px + 6 + w, py + h / 2},
        {px - 6 - w, py - h / 2, px - 6, py + h / 2},
        {px - w / 2, py - 6 - h, px + w / 2, py - 6},
        {px - w / 2, py + 6, px + w / 2, py + 6 + h},
    };
    for (const Box& b : candidates)
      if (placer.TryTake(b, bounds)) {
        ctx.text.Draw(canvas, p->label, s, {b.x0, b.y0, Align::kStart, Align::kStart, 150, 1});
        break;
      }
  }
}

std::string ScatterChart::TextAlternative(const ChartContext& ctx) const {
  LinearFit fit = Fit();
  if (!fit.valid || ShownCount() < kMinPointsForLine)
    return ctx.Text("chart.scatter.alt_hidden", {{"x", x_label}, {"y", y_label}});
  int above = 0, below = 0, count = 0;
  for (const auto& p : points) {
    if (p.suppressed) continue;
    ++count;
    double r = p.y - fit.At(p.x);
    if (r > 0) ++above;
    if (r < 0) ++below;
  }
  return ctx.Text("chart.scatter.alt", {{"count", std::to_string(count)},
                                        {"x", x_label},
                                        {"y", y_label},
                                        {"slope", ctx.Signed(fit.slope, 2)},
                                        {"x_step", x_step.empty() ? ctx.Text("chart.scatter.step")
                                                                  : x_step},
                                        {"above", std::to_string(above)},
                                        {"below", std::to_string(below)}});
}

DataTable ScatterChart::Table(const ChartContext& ctx) const {
  DataTable table;
  table.header = {ctx.Text("chart.col.unit"), x_label, y_label, ctx.Text("chart.col.residual")};
  table.sheet.header = table.header;
  LinearFit fit = Fit();
  for (const auto& p : points) {
    table.sheet.Row(p.label);
    if (p.suppressed) {
      table.rows.push_back({p.label, "\u2013 (" + p.reason + ")", "\u2013", "\u2013"});
      for (int i = 0; i < 3; ++i) table.sheet.Add(SheetCell::Empty());
      table.sheet.Note(p.reason);
      continue;
    }
    table.rows.push_back({p.label, ctx.Number(p.x, x_decimals), ctx.Number(p.y, y_decimals),
                          fit.valid ? ctx.Signed(p.y - fit.At(p.x), y_decimals) : "\u2013"});
    table.sheet.Add(SheetCell::Number(p.x, x_decimals));
    table.sheet.Add(SheetCell::Number(p.y, y_decimals));
    table.sheet.Add(fit.valid ? SheetCell::Number(p.y - fit.At(p.x), y_decimals) : SheetCell::Empty());
  }
  return table;
}

}  // namespace kfl
