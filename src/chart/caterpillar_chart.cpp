#include "chart/caterpillar_chart.h"

#include <algorithm>
#include <numeric>

#include "chart/frame.h"

namespace kfl {
namespace {

constexpr double kRow = 18;
constexpr double kManyPlotHeight = 260;
constexpr double kLabelShare = 0.3;

bool Many(const CaterpillarChart& c) {
  return static_cast<int>(c.units.size()) > CaterpillarChart::kMaxNamedUnits;
}

std::vector<LegendKey> Keys(const CaterpillarChart& c, const ChartContext& ctx) {
  const Theme& t = ctx.theme;
  std::vector<LegendKey> keys;
  if (std::isfinite(c.parent_value))
    keys.push_back({LegendKey::Kind::kDashedLine, t.reference, MarkerShape::kCircle,
                    ctx.Text("chart.caterpillar.parent",
                             {{"parent", c.parent_label}, {"value", ctx.Number(c.parent_value)}})});
  keys.push_back(
      {LegendKey::Kind::kWhisker, t.text, MarkerShape::kCircle, ctx.Text("chart.legend.ci")});
  if (std::any_of(c.units.begin(), c.units.end(), [](const auto& u) { return !u.value.shown(); }))
    keys.push_back({LegendKey::Kind::kHatch, t.suppressed, MarkerShape::kCircle,
                    ctx.Text("chart.legend.suppressed")});
  return keys;
}

struct Layout {
  double title = 0, legend = 0, plot_top = 0, plot_bottom = 0, height = 0, note = 0;
  double label_width = 0, x0 = 0, x1 = 0;  // named units: the plot between names and values
  // Named units, in SortedOrder: the top of each row below plot_top + 2,
  // and its height (a name wrapped onto two lines makes a taller row).
  std::vector<double> row_tops, row_heights;
};

TextStyle UnitLabelStyle(const CaterpillarChart::Unit& u, const Theme& t) {
  TextStyle label = LabelStyle(t);
  label.bold = u.highlight;
  return label;
}

std::string ManyNote(const CaterpillarChart& c, const ChartContext& ctx) {
  int hidden = 0;
  for (const auto& u : c.units) hidden += u.value.shown() ? 0 : 1;
  std::string note =
      ctx.Text("chart.caterpillar.many", {{"count", std::to_string(c.units.size())}});
  if (hidden > 0)
    note += "; " + ctx.Text("chart.legend.suppressed") + ": " + std::to_string(hidden);
  return note;
}

LinearScale ValueScale(const CaterpillarChart& c, double r0, double r1);

// Where the many-units plot begins: right of the T axis labels.
double ManyX0(const CaterpillarChart& c, ChartContext& ctx) {
  return ctx.theme.margin + YTickWidth(ValueScale(c, 0, 1), 5, ctx) + 10;
}

Layout Measure(const CaterpillarChart& c, double width, ChartContext& ctx) {
  const Theme& t = ctx.theme;
  Layout l;
  l.title = TitleHeight(c.title, width, ctx);
  l.legend = LegendHeight(Keys(c, ctx), width - 2 * t.margin, ctx);
  l.plot_top = t.margin + l.title + l.legend + 4;
  if (Many(c)) {
    l.plot_bottom = l.plot_top + kManyPlotHeight;
    l.note = ctx.text.Measure(ManyNote(c, ctx), NoteStyle(t), width - t.margin - ManyX0(c, ctx), 2)
                 .height +
             6;
    l.height = l.plot_bottom + l.note + t.margin + 4;
  } else {
    l.label_width = (width - 2 * t.margin) * kLabelShare;
    l.x0 = t.margin + l.label_width + t.gap;
    l.x1 = width - t.margin - ctx.text.Measure("00,0", ValueStyle(t)).width - 2 * t.gap;
    double y = 0;
    for (int i : c.SortedOrder()) {
      const CaterpillarChart::Unit& u = c.units[i];
      double h = ctx.text.Measure(u.label, UnitLabelStyle(u, t), l.label_width, 2).height;
      if (!u.value.shown())
        h = std::max(
            h,
            ctx.text.Measure(u.value.reason, NoteStyle(t), l.x1 - l.x0 - 16, kReasonLines).height);
      l.row_tops.push_back(y);
      l.row_heights.push_back(std::max(kRow, h + 4));
      y += l.row_heights.back();
    }
    l.plot_bottom = l.plot_top + y + 4;
    l.height = l.plot_bottom + XAxisHeight(ctx.Text("chart.axis.t"), width, ctx) + t.margin;
  }
  return l;
}

LinearScale ValueScale(const CaterpillarChart& c, double r0, double r1) {
  double lo = 45, hi = 55;
  for (const auto& u : c.units)
    if (u.value.shown()) {
      lo = std::min(lo, u.value.has_ci ? u.value.ci_low : u.value.value);
      hi = std::max(hi, u.value.has_ci ? u.value.ci_high : u.value.value);
    }
  if (std::isfinite(c.parent_value)) {
    lo = std::min(lo, c.parent_value);
    hi = std::max(hi, c.parent_value);
  }
  return LinearScale::Nice(lo, hi, r0, r1, 6);
}

}  // namespace

std::vector<int> CaterpillarChart::SortedOrder() const {
  std::vector<int> shown, hidden;
  for (int i = 0; i < static_cast<int>(units.size()); ++i)
    (units[i].value.shown() ? shown : hidden).push_back(i);
  std::stable_sort(shown.begin(), shown.end(), [&](int a, int b) {
    if (units[a].value.value != units[b].value.value)
      return units[a].value.value < units[b].value.value;
    return units[a].label < units[b].label;
  });
  shown.insert(shown.end(), hidden.begin(), hidden.end());
  return shown;
}

double CaterpillarChart::Height(double width, ChartContext& ctx) const {
  return Measure(*this, width, ctx).height;
}

void CaterpillarChart::Draw(Canvas& canvas, double width, double height, ChartContext& ctx) const {
  const Theme& t = ctx.theme;
  Layout l = Measure(*this, width, ctx);
  DrawChrome(canvas, title, Keys(*this, ctx), l.title, width, height, ctx);
  std::vector<int> order = SortedOrder();
  const Rgb& color = t.Series(0);
  const Rgb& highlight = t.Series(1);

  if (!Many(*this)) {
    const double label_width = l.label_width, x0 = l.x0, x1 = l.x1;
    LinearScale x = ValueScale(*this, x0, x1);
    std::vector<double> ticks = x.Ticks(6);
    DrawXGrid(canvas, x, ticks, l.plot_top, l.plot_bottom, t);
    if (std::isfinite(parent_value))
      DrawLine(canvas, x.Map(parent_value), l.plot_top, x.Map(parent_value), l.plot_bottom,
               t.reference, 1.25, true);
    // The whiskers first, one stroke per colour, under the markers.
    std::vector<Segment> whiskers, highlighted;
    for (size_t k = 0; k < order.size(); ++k) {
      const Unit& u = units[order[k]];
      if (!u.value.shown() || !u.value.has_ci) continue;
      AddWhiskerH(u.highlight ? &highlighted : &whiskers, x.MapClamped(u.value.ci_low),
                  x.MapClamped(u.value.ci_high),
                  l.plot_top + 2 + l.row_tops[k] + l.row_heights[k] / 2, 6);
    }
    DrawLines(canvas, whiskers, color, kWhiskerWidth);
    DrawLines(canvas, highlighted, highlight, kWhiskerWidth);
    for (size_t k = 0; k < order.size(); ++k) {
      const Unit& u = units[order[k]];
      const double y = l.plot_top + 2 + l.row_tops[k], h = l.row_heights[k], cy = y + h / 2;
      ctx.text.Draw(canvas, u.label, UnitLabelStyle(u, t),
                    {t.margin, cy, Align::kStart, Align::kCenter, label_width, 2});
      if (u.value.shown()) {
        const Rgb& c = u.highlight ? highlight : color;
        DrawMarker(canvas, u.highlight ? MarkerShape::kDiamond : MarkerShape::kCircle,
                   x.Map(u.value.value), cy, u.highlight ? 10 : 8, c);
        ctx.text.Draw(canvas, ctx.Number(u.value.value), ValueStyle(t),
                      {width - t.margin, cy, Align::kEnd, Align::kCenter});
      } else {
        DrawHatch(canvas, x0, cy - kRow / 2 + 3, 12, kRow - 6, t.suppressed);
        TextStyle note = NoteStyle(t);
        note.halo = true;  // over the parent's dashed line
        ctx.text.Draw(canvas, u.value.reason, note,
                      {x0 + 16, cy, Align::kStart, Align::kCenter, x1 - x0 - 16, kReasonLines});
        ctx.text.Draw(canvas, "\u2013", ValueStyle(t),
                      {width - t.margin, cy, Align::kEnd, Align::kCenter});
      }
    }
    DrawXAxis(canvas, x, ticks, l.plot_bottom, ctx.Text("chart.axis.t"), width, ctx);
    return;
  }

  // Many units: ranks along x, T up the y axis.
  double x0 = ManyX0(*this, ctx), x1 = width - t.margin;
  LinearScale y = ValueScale(*this, l.plot_bottom, l.plot_top);
  DrawYGrid(canvas, y, y.Ticks(5), x0, x1, x0 - 6, ctx);
  int shown = 0;
  for (const auto& u : units) shown += u.value.shown() ? 1 : 0;
  double step = (x1 - x0) / std::max(shown, 1);
  if (std::isfinite(parent_value))
    DrawLine(canvas, x0, y.Map(parent_value), x1, y.Map(parent_value), t.reference, 1.25, true);
  // Hundreds of marks: one path for all whiskers and one for all dots, so
  // SVG and PDF get two drawing operations instead of hundreds.
  int highlighted = -1;
  canvas.Save();
  Rgb whisker = Mix(color, t.background, 0.35);
  canvas.SetColor(whisker);
  canvas.SetLineWidth(1.25);
  for (int k = 0; k < shown; ++k) {
    const Unit& u = units[order[k]];
    double cx = x0 + step * (k + 0.5);
    if (u.highlight) highlighted = k;
    if (!u.value.has_ci) continue;
    canvas.MoveTo(cx, y.MapClamped(u.value.ci_low));
    canvas.LineTo(cx, y.MapClamped(u.value.ci_high));
  }
  canvas.Stroke();
  canvas.SetColor(color);
  double radius = std::clamp(step * 0.45, 1.5, 3.5);
  for (int k = 0; k < shown; ++k) {
    canvas.Circle(x0 + step * (k + 0.5), y.Map(units[order[k]].value.value), radius);
  }
  canvas.Fill();
  canvas.Restore();
  if (highlighted >= 0) {
    const Unit& u = units[order[highlighted]];
    double cx = x0 + step * (highlighted + 0.5), cy = y.Map(u.value.value);
    DrawMarker(canvas, MarkerShape::kDiamond, cx, cy, 11, highlight);
    // Units are sorted upward, so the plot is empty above-left of the
    // curve: the label goes there, with a leader line to the point.
    std::string text = u.label + " " + ctx.Number(u.value.value);
    TextStyle style = LabelStyle(t);
    style.bold = true;
    style.halo = true;
    // On the side with more room when it fits on neither in one line (a
    // narrow chart): there wrapped onto two lines.
    double w = ctx.text.Measure(text, style).width;
    bool left = cx - 18 - w > x0 || (x1 - cx - 18 < w && cx > (x0 + x1) / 2);
    double room = left ? cx - 18 - x0 : x1 - cx - 18;
    double ly = std::max(cy - 34, l.plot_top + 8 + (w > room ? 8 : 0));
    double lx = left ? cx - 16 : cx + 16;
    DrawLine(canvas, cx + (left ? -5 : 5), cy - 5, lx, ly, t.text, 1);
    ctx.text.Draw(canvas, text, style,
                  {left ? lx - 2 : lx + 2, ly, left ? Align::kEnd : Align::kStart, Align::kCenter,
                   w > room ? room : -1, 2});
  }
  ctx.text.Draw(canvas, ManyNote(*this, ctx), NoteStyle(t),
                {x0, l.plot_bottom + 6, Align::kStart, Align::kStart, x1 - x0, 2});
}

std::string CaterpillarChart::TextAlternative(const ChartContext& ctx) const {
  std::vector<int> order = SortedOrder();
  std::vector<int> shown;
  for (int i : order)
    if (units[i].value.shown()) shown.push_back(i);
  if (shown.empty())
    return ctx.Text("chart.caterpillar.alt_hidden", {{"count", std::to_string(units.size())}});
  int above = 0;
  for (int i : shown) above += units[i].value.value > parent_value ? 1 : 0;
  const Unit& low = units[shown.front()];
  const Unit& high = units[shown.back()];
  return ctx.Text("chart.caterpillar.alt", {{"count", std::to_string(units.size())},
                                            {"low", ctx.Number(low.value.value)},
                                            {"low_label", low.label},
                                            {"high", ctx.Number(high.value.value)},
                                            {"high_label", high.label},
                                            {"above", above > 0 ? std::to_string(above)
                                                                : ctx.Text("chart.caterpillar.none")},
                                            {"parent", parent_label},
                                            {"parent_value", ctx.Number(parent_value)}});
}

DataTable CaterpillarChart::Table(const ChartContext& ctx) const {
  DataTable table;
  table.header = {ctx.Text("chart.col.unit"), ctx.Text("chart.col.t")};
  table.sheet.header = table.header;
  AddCiHeader(table.header[1], ctx, &table.sheet);
  for (int i : SortedOrder()) {
    table.rows.push_back({units[i].label, ValueCell(units[i].value, ctx)});
    table.sheet.Row(units[i].label);
    table.sheet.Add(units[i].value, 1, /*ci=*/true);
  }
  return table;
}

}  // namespace kfl
