#include "chart/diverging_chart.h"

#include <algorithm>
#include <cmath>

#include "chart/frame.h"

namespace kfl {
namespace {

constexpr double kBar = 20;
constexpr double kRowGap = 9;
constexpr double kLabelShare = 0.36;
// A label column narrower than this many label-size ems (a phone) leaves
// too little room for a question: then each question stands above its bar,
// across the whole width.
constexpr double kMinLabelEms = 12;
constexpr int kLabelLines = 4;  // a question wraps rather than ends in "..."

struct Layout {
  double title = 0, legend = 0, label_width = 0, plot_top = 0, plot_bottom = 0, height = 0;
  bool stacked = false;   // labels above the bars
  double x0 = 0, x1 = 0;  // the plot; its centre is the middle of the scale
  // Per row: its height, its label's, and its bar's (a hidden row's reason
  // may take two lines).
  std::vector<double> row_heights, label_heights, bar_heights;
};

std::vector<LegendKey> Keys(const DivergingChart& c, const ChartContext& ctx) {
  std::vector<LegendKey> keys;
  const int n = static_cast<int>(c.categories.size());
  std::vector<Rgb> colors = DivergingColors(ctx.theme, n);
  if (n > 0) {
    keys.push_back({LegendKey::Kind::kSwatch, colors[0], MarkerShape::kCircle,
                    ctx.Text("chart.legend.unfavourable")});
    if (n % 2 == 1) {
      keys.push_back({LegendKey::Kind::kSwatch, colors[n / 2], MarkerShape::kCircle,
                      ctx.Text("chart.legend.middle")});
    }
    keys.push_back({LegendKey::Kind::kSwatch, colors[n - 1], MarkerShape::kCircle,
                    ctx.Text("chart.legend.favourable")});
  }
  if (std::any_of(c.rows.begin(), c.rows.end(), [](const auto& r) { return r.suppressed; }))
    keys.push_back({LegendKey::Kind::kHatch, ctx.theme.suppressed, MarkerShape::kCircle,
                    ctx.Text("chart.legend.suppressed")});
  return keys;
}

// The colour of a drawn segment over positions [lo, hi] (0 = the most
// unfavourable): the position nearest the centre.
int ColorIndex(int lo, int hi, int n) {
  const double centre = (lo + hi) / 2.0;
  const double middle = (n - 1) / 2.0;
  if (centre < middle) return std::min(static_cast<int>(std::ceil(centre)), n / 2 - 1);
  if (centre > middle) return std::max(static_cast<int>(std::floor(centre)), (n + 1) / 2);
  return n / 2;
}

// Room for a hidden row's reason: right of the hatch on the centre line.
double ReasonWidth(const Layout& l) { return (l.x1 - l.x0) / 2 - kBar; }

Layout Measure(const DivergingChart& c, double width, ChartContext& ctx) {
  const Theme& t = ctx.theme;
  Layout l;
  double inner = width - 2 * t.margin;
  l.title = TitleHeight(c.title, width, ctx);
  l.legend = LegendHeight(Keys(c, ctx), inner, ctx);
  l.label_width = inner * kLabelShare;
  l.stacked = l.label_width < kMinLabelEms * t.label_size;
  if (l.stacked) l.label_width = inner;
  // The outer tick labels ("100 %") stay inside the chart.
  const double overhang = ctx.text.Measure(ctx.Percent(100), AxisStyle(t)).width / 2;
  l.x0 = l.stacked ? std::max(t.margin, overhang + 1) : t.margin + l.label_width + t.gap * 2;
  l.x1 = width - std::max(t.margin + 4, overhang + 1);
  l.plot_top = t.margin + l.title + l.legend;
  double y = l.plot_top;
  for (const auto& row : c.rows) {
    const double label =
        ctx.text.Measure(row.label, LabelStyle(t), l.label_width, kLabelLines).height;
    double bar = kBar;
    if (row.suppressed) {
      bar = std::max(
          bar, ctx.text.Measure(row.reason, NoteStyle(t), ReasonWidth(l), kReasonLines).height);
    }
    const double h = l.stacked ? label + 2 + bar : std::max(bar, label);
    l.label_heights.push_back(label);
    l.bar_heights.push_back(bar);
    l.row_heights.push_back(h);
    y += h + kRowGap;
  }
  l.plot_bottom = y;
  l.height = y + XAxisHeight(ctx.Text("chart.axis.share"), width, ctx) + t.margin;
  return l;
}

// Percent left and right of the centre line: a middle category alone is
// split across it; a group that holds the middle and one side lies on that
// side.
void Sides(const DivergingChart& c, const DivergingChart::Row& row, double* left, double* right) {
  const int n = static_cast<int>(c.categories.size());
  *left = *right = 0;
  for (const DivergingChart::Segment& s : c.Drawn(row)) {
    const double twice = s.first + s.last;  // twice the centre
    if (twice < n - 1) {
      *left += s.percent;
    } else if (twice > n - 1) {
      *right += s.percent;
    } else {
      *left += s.percent / 2;
      *right += s.percent / 2;
    }
  }
}

}  // namespace

std::vector<DivergingChart::Segment> DivergingChart::Drawn(const Row& row) const {
  const int n = static_cast<int>(categories.size());
  std::vector<Segment> segments = row.segments;
  if (segments.empty()) {
    for (int i = 0; i < n && i < static_cast<int>(row.percents.size()); ++i) {
      segments.push_back({i, i, row.percents[i]});
    }
  }
  if (row.reverse) {
    for (Segment& s : segments) s = {n - 1 - s.last, n - 1 - s.first, s.percent};
  }
  std::sort(segments.begin(), segments.end(),
            [](const Segment& a, const Segment& b) { return a.first < b.first; });
  return segments;
}

double DivergingChart::AgreeShare(const Row& row) const {
  const int n = static_cast<int>(categories.size());
  double sum = 0;
  for (const Segment& s : Drawn(row)) {
    if (s.first >= (n + 1) / 2) sum += s.percent;
  }
  return sum;
}

double DivergingChart::Height(double width, ChartContext& ctx) const {
  return Measure(*this, width, ctx).height;
}

void DivergingChart::Draw(Canvas& canvas, double width, double height, ChartContext& ctx) const {
  const Theme& t = ctx.theme;
  Layout l = Measure(*this, width, ctx);
  DrawChrome(canvas, title, Keys(*this, ctx), l.title, width, height, ctx);

  double m = 50;
  for (const Row& row : rows) {
    if (row.suppressed) continue;
    double left, right;
    Sides(*this, row, &left, &right);
    m = std::max({m, left, right});
  }
  const double x0 = l.x0, x1 = l.x1;
  LinearScale x = LinearScale::Nice(-m, m, x0, x1, 4);
  std::vector<double> ticks = x.Ticks(4);
  std::vector<Rgb> colors = DivergingColors(t, static_cast<int>(categories.size()));
  int n = static_cast<int>(categories.size());
  // The centre line goes under the bars, so it never crosses a percentage;
  // with the labels above the bars, it and the grid run beside the bars
  // only, never through a label.
  if (l.stacked) {
    std::vector<kfl::Segment> grid, centre;
    double y = l.plot_top;
    for (size_t r = 0; r < rows.size(); ++r) {
      const double top = y + l.label_heights[r] + 1, bottom = y + l.row_heights[r] + kRowGap / 2;
      for (double v : ticks) {
        const double px = std::round(x.Map(v)) + 0.5;
        grid.push_back({{px, top}, {px, bottom}});
      }
      centre.push_back({{x.Map(0), top}, {x.Map(0), bottom}});
      y += l.row_heights[r] + kRowGap;
    }
    DrawLines(canvas, grid, t.grid, 1);
    DrawLines(canvas, centre, t.reference, 1.25);
  } else {
    DrawXGrid(canvas, x, ticks, l.plot_top, l.plot_bottom, t);
    DrawLine(canvas, x.Map(0), l.plot_top, x.Map(0), l.plot_bottom, t.reference, 1.25);
  }

  double y = l.plot_top;
  for (size_t r = 0; r < rows.size(); ++r) {
    const Row& row = rows[r];
    double h = l.row_heights[r];
    // The bar's top: centred in its share of the row.
    double by =
        l.stacked ? y + l.label_heights[r] + 2 + (l.bar_heights[r] - kBar) / 2 : y + (h - kBar) / 2;
    double cy = by + kBar / 2;
    if (l.stacked) {
      ctx.text.Draw(canvas, row.label, LabelStyle(t),
                    {t.margin, y, Align::kStart, Align::kStart, l.label_width, kLabelLines});
    } else {
      ctx.text.Draw(canvas, row.label, LabelStyle(t),
                    {t.margin, cy, Align::kStart, Align::kCenter, l.label_width, kLabelLines});
    }
    if (row.suppressed) {
      double c = x.Map(0);
      DrawHatch(canvas, c - kBar / 2, by, kBar, kBar, t.suppressed);
      ctx.text.Draw(
          canvas, row.reason, NoteStyle(t),
          {c + kBar / 2 + 4, cy, Align::kStart, Align::kCenter, ReasonWidth(l), kReasonLines});
    } else {
      double left, right;
      Sides(*this, row, &left, &right);
      double pos = -left;
      for (const Segment& seg : Drawn(row)) {
        const double p = seg.percent;
        double sx = x.Map(pos), ex = x.Map(pos + p);
        pos += p;
        if (ex - sx <= 0) continue;
        const Rgb& color = colors[ColorIndex(seg.first, seg.last, n)];
        FillRect(canvas, sx, by, ex - sx, kBar, color);
        // White gaps keep neighbouring segments apart whatever their colours.
        DrawLine(canvas, ex, by, ex, by + kBar, t.background, 1);
        std::string label = ctx.Percent(p);
        TextStyle style = ValueStyle(t);
        style.color = TextColorOn(color);
        if (ctx.text.Measure(label, style).width + 4 <= ex - sx)
          ctx.text.Draw(canvas, label, style, {(sx + ex) / 2, cy, Align::kCenter, Align::kCenter});
      }
    }
    y += h + kRowGap;
  }
  // Tick labels are shares, so both sides count upward from the centre.
  TextStyle style = AxisStyle(t);
  double line = 0;
  for (double v : ticks) {
    TextBox b = ctx.text.Draw(canvas, ctx.Percent(std::fabs(v)), style,
                              {x.Map(v), l.plot_bottom + 4, Align::kCenter, Align::kStart});
    line = std::max(line, b.height);
  }
  ctx.text.Draw(canvas, ctx.Text("chart.axis.share"), style,
                {(x0 + x1) / 2, l.plot_bottom + 8 + line, Align::kCenter, Align::kStart});
}

std::string DivergingChart::TextAlternative(const ChartContext& ctx) const {
  const Row* high = nullptr;
  const Row* low = nullptr;
  int shown = 0;
  for (const Row& row : rows) {
    if (row.suppressed) continue;
    ++shown;
    if (!high || AgreeShare(row) > AgreeShare(*high)) high = &row;
    if (!low || AgreeShare(row) < AgreeShare(*low)) low = &row;
  }
  if (!high)
    return ctx.Text("chart.diverging.alt_hidden", {{"count", std::to_string(rows.size())}});
  if (shown > 1 && AgreeShare(*high) == AgreeShare(*low)) {
    return ctx.Text("chart.diverging.alt_same", {{"count", std::to_string(rows.size())},
                                                 {"share", ctx.Percent(AgreeShare(*high))}});
  }
  if (shown == 1) {
    return ctx.Text("chart.diverging.alt_one", {{"count", std::to_string(rows.size())},
                                                {"label", high->label},
                                                {"share", ctx.Percent(AgreeShare(*high))}});
  }
  return ctx.Text("chart.diverging.alt", {{"count", std::to_string(rows.size())},
                                          {"high_label", high->label},
                                          {"high", ctx.Percent(AgreeShare(*high))},
                                          {"low_label", low->label},
                                          {"low", ctx.Percent(AgreeShare(*low))}});
}

DataTable DivergingChart::Table(const ChartContext& ctx) const {
  DataTable table;
  table.header = {row_header, ctx.Text("chart.diverging.answers")};
  const int n = static_cast<int>(categories.size());
  // The sheet: a column per answer; a group's share in its first answer's
  // column, the others empty, and the row's note says which were joined.
  Sheet& sheet = table.sheet;
  sheet.header = {row_header};
  sheet.header.insert(sheet.header.end(), categories.begin(), categories.end());
  for (const Row& row : rows) {
    sheet.Row(row.label);
    if (row.suppressed) {
      table.rows.push_back({row.label, "\u2013 (" + row.reason + ")"});
      for (int c = 0; c < n; ++c) sheet.Add(SheetCell::Empty());
      sheet.Note(row.reason);
      continue;
    }
    // In scale order, each group named by the answers it holds.
    std::vector<Segment> segments = row.segments;
    if (segments.empty()) {
      for (int i = 0; i < n && i < static_cast<int>(row.percents.size()); ++i) {
        segments.push_back({i, i, row.percents[i]});
      }
    }
    std::string cell;
    std::vector<SheetCell> shares(n);
    for (const Segment& s : segments) {
      if (!cell.empty()) cell += " \u00b7 ";
      std::string joined;
      for (int c = s.first; c <= s.last && c < n; ++c) {
        joined += (c > s.first ? " + " : "") + categories[c];
      }
      cell += joined + ": " + ctx.Percent(s.percent, 1);
      if (s.first < n) shares[s.first] = SheetCell::Number(s.percent, 1, true);
      if (s.last > s.first) sheet.Note(ctx.catalog.Format("chart.diverging.joined", {{"answers", joined}}));
    }
    for (SheetCell& c : shares) sheet.Add(std::move(c));
    table.rows.push_back({row.label, cell});
  }
  return table;
}

}  // namespace kfl
