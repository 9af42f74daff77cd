#include "chart/frame.h"

#include <algorithm>
#include <cmath>

namespace kfl {
namespace {

constexpr double kKeyWidth = 18;

TextStyle TitleStyle(const Theme& t) { return {t.title_size, true, false, t.text}; }

// Decimals that print every tick exactly (ticks are multiples of one step).
int TickDecimalsOf(const std::vector<double>& ticks) {
  if (ticks.size() < 2) return 0;
  double span = ticks.back() - ticks.front();
  return LinearScale(ticks.front(), ticks.back(), 0, 1)
      .TickDecimals(static_cast<int>(std::lround(span / (ticks[1] - ticks[0]))));
}

}  // namespace

TextStyle LabelStyle(const Theme& t) { return {t.label_size, false, false, t.text}; }
TextStyle ValueStyle(const Theme& t) { return {t.value_size, false, false, t.text}; }
TextStyle AxisStyle(const Theme& t) { return {t.axis_size, false, false, t.muted_text}; }
TextStyle NoteStyle(const Theme& t) { return {t.value_size, false, true, t.muted_text}; }

void FillBackground(Canvas& canvas, double width, double height, const Theme& theme) {
  FillRect(canvas, 0, 0, width, height, theme.background);
}

double TitleHeight(const std::string& title, double width, ChartContext& ctx) {
  if (title.empty() || !ctx.draw_titles) return 0;
  const Theme& t = ctx.theme;
  return ctx.text.Measure(title, TitleStyle(t), width - 2 * t.margin, 2).height + t.gap * 1.5;
}

double DrawTitle(Canvas& canvas, const std::string& title, double width, ChartContext& ctx) {
  const Theme& t = ctx.theme;
  if (title.empty() || !ctx.draw_titles) return t.margin;
  TextPlacement where{t.margin, t.margin, Align::kStart, Align::kStart, width - 2 * t.margin, 2};
  TextBox box = ctx.text.Draw(canvas, title, TitleStyle(t), where);
  return t.margin + box.height + t.gap * 1.5;
}

namespace {

// Runs `place(x, y, key, label_width)` for each key in wrapped rows; returns
// the total height.
template <typename Place>
double LayoutLegend(const std::vector<LegendKey>& keys, double width, ChartContext& ctx,
                    Place place) {
  if (keys.empty()) return 0;
  const Theme& t = ctx.theme;
  TextStyle style = AxisStyle(t);
  style.color = t.text;
  double line = ctx.text.Measure("Ag", style).height + 4;
  double x = 0, y = 0;
  for (const LegendKey& key : keys) {
    double label = std::min(ctx.text.Measure(key.label, style).width, width - kKeyWidth - 6);
    double w = kKeyWidth + 5 + label;
    if (x > 0 && x + w > width) {
      x = 0;
      y += line;
    }
    place(x, y, key, label, line, style);
    x += w + 16;
  }
  return y + line + t.gap;
}

}  // namespace

double LegendHeight(const std::vector<LegendKey>& keys, double width, ChartContext& ctx) {
  return LayoutLegend(keys, width, ctx,
                      [](double, double, const LegendKey&, double, double, const TextStyle&) {});
}

double DrawLegend(Canvas& canvas, const std::vector<LegendKey>& keys, double x0, double y0,
                  double width, ChartContext& ctx) {
  const Theme& t = ctx.theme;
  double h = LayoutLegend(
      keys, width, ctx,
      [&](double x, double y, const LegendKey& key, double label, double line,
          const TextStyle& style) {
        double kx = x0 + x, cy = y0 + y + line / 2 - 1;
        switch (key.kind) {
          case LegendKey::Kind::kSwatch:
            FillRect(canvas, kx + 2, cy - 5, kKeyWidth - 4, 10, key.color);
            break;
          case LegendKey::Kind::kMarker:
          case LegendKey::Kind::kHollowMarker:
            DrawMarker(canvas, key.shape, kx + kKeyWidth / 2, cy, 9, key.color,
                       key.kind == LegendKey::Kind::kHollowMarker);
            break;
          case LegendKey::Kind::kLine:
          case LegendKey::Kind::kDashedLine:
            DrawLine(canvas, kx + kKeyWidth / 2, cy - 6, kx + kKeyWidth / 2, cy + 6, key.color, 1.5,
                     key.kind == LegendKey::Kind::kDashedLine);
            break;
          case LegendKey::Kind::kHatch:
            DrawHatch(canvas, kx + 2, cy - 5, kKeyWidth - 4, 10, key.color);
            break;
          case LegendKey::Kind::kWhisker:
            DrawWhiskerH(canvas, kx + 1, kx + kKeyWidth - 1, cy, 8, key.color);
            break;
        }
        ctx.text.Draw(canvas, key.label, style,
                      {kx + kKeyWidth + 5, cy, Align::kStart, Align::kCenter, label + 1, 1});
      });
  (void)t;
  return y0 + h;
}

void DrawXGrid(Canvas& canvas, const LinearScale& x, const std::vector<double>& ticks, double y0,
               double y1, const Theme& theme) {
  std::vector<Segment> lines;
  for (double v : ticks) {
    double px = std::round(x.Map(v)) + 0.5;
    lines.push_back({{px, y0}, {px, y1}});
  }
  DrawLines(canvas, lines, theme.grid, 1);
}

double XAxisHeight(const std::string& title, double width, ChartContext& ctx) {
  TextStyle style = AxisStyle(ctx.theme);
  double line = ctx.text.Measure("0", style).height;
  if (title.empty()) return 4 + line;
  return 8 + line + ctx.text.Measure(title, style, width - 2 * ctx.theme.margin, 2).height;
}

double DrawXAxis(Canvas& canvas, const LinearScale& x, const std::vector<double>& ticks, double y,
                 const std::string& title, double width, ChartContext& ctx, int decimals) {
  TextStyle style = AxisStyle(ctx.theme);
  if (decimals < 0) decimals = TickDecimalsOf(ticks);
  double line = ctx.text.Measure("0", style).height;
  for (double v : ticks) {
    ctx.text.Draw(canvas, ctx.Number(v, decimals), style,
                  {x.Map(v), y + 4, Align::kCenter, Align::kStart});
  }
  if (!title.empty()) {
    const double margin = ctx.theme.margin;
    const double mid = (x.range_min() + x.range_max()) / 2;
    // The widest box centred under the plot that stays inside the chart.
    const double under_plot = std::min(std::fabs(x.range_max() - x.range_min()) + 60,
                                       2 * std::min(mid - margin, width - margin - mid));
    TextPlacement where{mid, y + 8 + line, Align::kCenter, Align::kStart, under_plot, 1};
    if (ctx.text.Measure(title, style).width > under_plot) {
      where.x = width / 2;
      where.max_width = width - 2 * margin;
      where.max_lines = 2;
    }
    ctx.text.Draw(canvas, title, style, where);
  }
  return XAxisHeight(title, width, ctx);
}

namespace {

double WidestTick(const LinearScale& scale, int tick_count, ChartContext& ctx, int decimals) {
  std::vector<double> ticks = scale.Ticks(tick_count);
  if (decimals < 0) decimals = TickDecimalsOf(ticks);
  double widest = 0;
  for (double v : ticks) {
    widest =
        std::max(widest, ctx.text.Measure(ctx.Number(v, decimals), AxisStyle(ctx.theme)).width);
  }
  return widest;
}

}  // namespace

double XTickOverhang(const LinearScale& x, int tick_count, ChartContext& ctx, int decimals) {
  return WidestTick(x, tick_count, ctx, decimals) / 2;
}

double YTickWidth(const LinearScale& y, int tick_count, ChartContext& ctx, int decimals) {
  return WidestTick(y, tick_count, ctx, decimals);
}

void DrawYGrid(Canvas& canvas, const LinearScale& y, const std::vector<double>& ticks, double x0,
               double x1, double x_label_end, ChartContext& ctx, int decimals) {
  TextStyle style = AxisStyle(ctx.theme);
  if (decimals < 0) decimals = TickDecimalsOf(ticks);
  std::vector<Segment> lines;
  for (double v : ticks) {
    double py = std::round(y.Map(v)) + 0.5;
    lines.push_back({{x0, py}, {x1, py}});
  }
  DrawLines(canvas, lines, ctx.theme.grid, 1);
  for (size_t i = 0; i < ticks.size(); ++i) {
    ctx.text.Draw(canvas, ctx.Number(ticks[i], decimals), style,
                  {x_label_end, lines[i].from.y, Align::kEnd, Align::kCenter});
  }
}

void DrawChrome(Canvas& canvas, const std::string& title, const std::vector<LegendKey>& keys,
                double title_height, double width, double height, ChartContext& ctx) {
  const Theme& t = ctx.theme;
  FillBackground(canvas, width, height, t);
  DrawTitle(canvas, title, width, ctx);
  DrawLegend(canvas, keys, t.margin, t.margin + title_height, width - 2 * t.margin, ctx);
}

}  // namespace kfl
