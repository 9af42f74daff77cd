#include "chart/gender_chart.h"

#include <algorithm>

#include "chart/frame.h"

namespace kfl {
namespace {

constexpr double kRowGap = 8;
constexpr double kLabelShare = 0.3;
constexpr double kDot = 10;

std::vector<LegendKey> Keys(const GenderChart& c, const ChartContext& ctx) {
  const Theme& t = ctx.theme;
  std::vector<LegendKey> keys = {
      {LegendKey::Kind::kMarker, t.Series(1), MarkerShape::kCircle, ctx.Text("chart.gender.girls")},
      {LegendKey::Kind::kMarker, t.Series(0), MarkerShape::kSquare, ctx.Text("chart.gender.boys")},
      {LegendKey::Kind::kLine, t.reference, MarkerShape::kCircle,
       ctx.Text("chart.legend.reference")},
  };
  for (const auto& r : c.rows)
    if (!r.girls.shown() || !r.boys.shown()) {
      keys.push_back({LegendKey::Kind::kHatch, t.suppressed, MarkerShape::kCircle,
                      ctx.Text("chart.legend.suppressed")});
      break;
    }
  return keys;
}

constexpr int kLabelLines = 3;  // a factor's name wraps rather than ends in "..."

struct Layout {
  double title = 0, legend = 0, header = 0, plot_top = 0, plot_bottom = 0, height = 0;
  double label_width = 0, d_width = 0;
  double x1 = 0;  // the plot's right end
  std::vector<double> row_heights;
};

// The note under a row with a hidden group: "Gutter: færre enn 10 svar".
std::string HiddenNote(const GenderChart::Row& r, const ChartContext& ctx) {
  for (const ChartValue* v : {&r.girls, &r.boys}) {
    if (v->shown()) continue;
    return ctx.Text(v == &r.girls ? "chart.gender.girls" : "chart.gender.boys") + ": " + v->reason;
  }
  return "";
}

Layout Measure(const GenderChart& c, double width, ChartContext& ctx) {
  const Theme& t = ctx.theme;
  Layout l;
  double inner = width - 2 * t.margin;
  l.title = TitleHeight(c.title, width, ctx);
  l.legend = LegendHeight(Keys(c, ctx), inner, ctx);
  l.label_width = inner * kLabelShare;
  l.d_width = std::max(ctx.text.Measure("\u22120,00", ValueStyle(t)).width,
                       ctx.text.Measure(ctx.Text("chart.col.difference"), AxisStyle(t)).width);
  l.header = ctx.text.Measure("Ag", AxisStyle(t)).height + 4;
  l.x1 = width - t.margin - l.d_width - t.gap * 3;
  l.plot_top = t.margin + l.title + l.legend + l.header;
  double y = l.plot_top;
  for (const auto& r : c.rows) {
    double h =
        std::max(18.0, ctx.text.Measure(r.label, LabelStyle(t), l.label_width, kLabelLines).height);
    if (!r.girls.shown() || !r.boys.shown())
      h += ctx.text.Measure(HiddenNote(r, ctx), NoteStyle(t), l.x1 - t.margin - 14, 2).height + 2;
    l.row_heights.push_back(h);
    y += h + kRowGap;
  }
  l.plot_bottom = y;
  l.height = y + XAxisHeight(ctx.Text("chart.axis.t"), width, ctx) + t.margin;
  return l;
}

bool Difference(const GenderChart::Row& r, double* d) {
  if (!r.girls.shown() || !r.boys.shown()) return false;
  *d = (r.girls.value - r.boys.value) / 10;
  return true;
}

}  // namespace

double GenderChart::Height(double width, ChartContext& ctx) const {
  return Measure(*this, width, ctx).height;
}

void GenderChart::Draw(Canvas& canvas, double width, double height, ChartContext& ctx) const {
  const Theme& t = ctx.theme;
  Layout l = Measure(*this, width, ctx);
  DrawChrome(canvas, title, Keys(*this, ctx), l.title, width, height, ctx);

  double lo = 45, hi = 55;
  for (const auto& r : rows)
    for (const ChartValue* v : {&r.girls, &r.boys})
      if (v->shown()) {
        lo = std::min(lo, v->value);
        hi = std::max(hi, v->value);
      }
  double x0 = t.margin + l.label_width + t.gap * 2;
  double x1 = l.x1;
  LinearScale x = LinearScale::Nice(lo, hi, x0, x1, 6);
  std::vector<double> ticks = x.Ticks(6);
  DrawXGrid(canvas, x, ticks, l.plot_top, l.plot_bottom, t);
  DrawLine(canvas, x.Map(50), l.plot_top, x.Map(50), l.plot_bottom, t.reference, 1.25);
  ctx.text.Draw(canvas, ctx.Text("chart.col.difference"), AxisStyle(t),
                {width - t.margin, l.plot_top - 4, Align::kEnd, Align::kEnd});

  double y = l.plot_top;
  for (size_t i = 0; i < rows.size(); ++i) {
    const Row& r = rows[i];
    double h = l.row_heights[i], cy = y + h / 2;
    bool hidden = !r.girls.shown() || !r.boys.shown();
    TextBox label =
        ctx.text.Draw(canvas, r.label, LabelStyle(t),
                      {t.margin, hidden ? y : cy, Align::kStart,
                       hidden ? Align::kStart : Align::kCenter, l.label_width, kLabelLines});
    if (hidden) cy = y + label.height / 2;
    if (r.girls.shown() && r.boys.shown())
      DrawLine(canvas, x.Map(r.girls.value), cy, x.Map(r.boys.value), cy, t.axis, 2);
    // Under the label: hatch, the hidden group's name and the reason.
    if (hidden) {
      double ny = y + label.height + 2;
      DrawHatch(canvas, t.margin, ny + 2, 10, 10, t.suppressed);
      TextStyle note = NoteStyle(t);
      note.halo = true;  // it runs under the plot's lines
      ctx.text.Draw(canvas, HiddenNote(r, ctx), note,
                    {t.margin + 14, ny, Align::kStart, Align::kStart, x1 - t.margin - 14, 2});
    }
    if (r.boys.shown())
      DrawMarker(canvas, MarkerShape::kSquare, x.Map(r.boys.value), cy, kDot, t.Series(0));
    if (r.girls.shown())
      DrawMarker(canvas, MarkerShape::kCircle, x.Map(r.girls.value), cy, kDot + 1, t.Series(1));
    double d;
    ctx.text.Draw(canvas, Difference(r, &d) ? ctx.Signed(d, 2) : "\u2013", ValueStyle(t),
                  {width - t.margin, cy, Align::kEnd, Align::kCenter});
    y += h + kRowGap;
  }
  DrawXAxis(canvas, x, ticks, l.plot_bottom, ctx.Text("chart.axis.t"), width, ctx);
}

std::string GenderChart::TextAlternative(const ChartContext& ctx) const {
  const Row* most = nullptr;
  double most_d = 0;
  for (const auto& r : rows) {
    double d;
    if (Difference(r, &d) && (!most || std::fabs(d) > std::fabs(most_d))) {
      most = &r;
      most_d = d;
    }
  }
  if (!most) return ctx.Text("chart.gender.alt_hidden");
  std::string who = ctx.Text(most_d >= 0 ? "chart.gender.who_girls" : "chart.gender.who_boys");
  return ctx.Text("chart.gender.alt", {{"count", std::to_string(rows.size())},
                                       {"rows", RowsWord(rows_word, ctx)},
                                       {"label", most->label},
                                       {"who", who},
                                       {"d", ctx.Number(std::fabs(most_d), 2)}});
}

DataTable GenderChart::Table(const ChartContext& ctx) const {
  DataTable table;
  table.header = {row_header, ctx.Text("chart.gender.girls"), ctx.Text("chart.gender.boys"),
                  ctx.Text("chart.col.difference")};
  Sheet& sheet = table.sheet;
  sheet.header = {table.header[0], table.header[1]};
  AddCiHeader(table.header[1], ctx, &sheet);
  sheet.header.push_back(table.header[2]);
  AddCiHeader(table.header[2], ctx, &sheet);
  sheet.header.push_back(table.header[3]);
  for (const auto& r : rows) {
    double d;
    const bool gap = Difference(r, &d);
    table.rows.push_back({r.label, ValueCell(r.girls, ctx), ValueCell(r.boys, ctx),
                          gap ? ctx.Signed(d, 2) : "\u2013"});
    sheet.Row(r.label);
    sheet.Add(r.girls, 1, /*ci=*/true);
    sheet.Add(r.boys, 1, /*ci=*/true);
    sheet.Add(gap ? SheetCell::Number(d, 2) : SheetCell::Empty());
  }
  return table;
}

}  // namespace kfl
