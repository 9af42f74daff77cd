#include "chart/heat_table.h"

#include <algorithm>

#include "chart/frame.h"

namespace kfl {
namespace {

constexpr double kCellHeight = 24;
constexpr double kLabelShare = 0.22;

// A missing cell (ragged input) is a NaN value: drawn as hidden.
ChartValue Cell(const HeatTable& h, size_t r, size_t c) {
  if (r < h.cells.size() && c < h.cells[r].size()) return h.cells[r][c];
  return ChartValue();
}

std::vector<LegendKey> Keys(const HeatTable& h, const ChartContext& ctx) {
  const Theme& t = ctx.theme;
  bool shown = false, hidden = false;
  for (size_t r = 0; r < h.rows.size(); ++r)
    for (size_t c = 0; c < h.columns.size(); ++c) (Cell(h, r, c).shown() ? shown : hidden) = true;
  std::vector<LegendKey> keys;
  if (shown) {
    keys.push_back({LegendKey::Kind::kSwatch, HeatTable::Fill(42, t), MarkerShape::kCircle,
                    ctx.Text("chart.legend.low")});
    keys.push_back({LegendKey::Kind::kSwatch, HeatTable::Fill(58, t), MarkerShape::kCircle,
                    ctx.Text("chart.legend.high")});
  }
  if (hidden)
    keys.push_back({LegendKey::Kind::kHatch, t.suppressed, MarkerShape::kCircle,
                    ctx.Text("chart.legend.suppressed")});
  return keys;
}

constexpr double kMinCellWidth = 78;  // below this, factor names do not fit a column

// The table as drawn: `down` along the side, `across` as columns.
struct Layout {
  bool transposed = false;
  const std::vector<std::string>* down = nullptr;
  const std::vector<std::string>* across = nullptr;
  double title = 0, legend = 0, header = 0, top = 0, height = 0, label_width = 0, cell_width = 0;
};

Layout Measure(const HeatTable& h, double width, ChartContext& ctx) {
  const Theme& t = ctx.theme;
  Layout l;
  double inner = width - 2 * t.margin;
  l.transposed = h.Transposed(width, t);
  l.down = l.transposed ? &h.columns : &h.rows;
  l.across = l.transposed ? &h.rows : &h.columns;
  l.title = TitleHeight(h.title, width, ctx);
  l.legend = LegendHeight(Keys(h, ctx), inner, ctx);
  l.label_width = inner * (l.transposed ? 0.4 : kLabelShare);
  l.cell_width = l.across->empty() ? 0 : (inner - l.label_width) / l.across->size();
  for (const auto& c : *l.across)
    l.header = std::max(l.header, ctx.text.Measure(c, AxisStyle(t), l.cell_width - 4, 3).height);
  l.header += 6;
  l.top = t.margin + l.title + l.legend + l.header;
  l.height = l.top + l.down->size() * kCellHeight + t.margin;
  return l;
}

}  // namespace

int HeatBand(double t) {
  if (t < 40) return 0;
  if (t < 45) return 1;
  if (t < 55) return 2;
  if (t < 60) return 3;
  return 4;
}

const char* HeatBandName(int band) {
  static const char* const kNames[kHeatBands] = {"lo2", "lo1", "mid", "hi1", "hi2"};
  return kNames[std::clamp(band, 0, kHeatBands - 1)];
}

Rgb HeatBandFill(int band, const Theme& theme) {
  // The colour at the band's middle (1 SD from 50 gives the full colour).
  static const double kMiddle[kHeatBands] = {35, 42.5, 50, 57.5, 65};
  const double t = kMiddle[std::clamp(band, 0, kHeatBands - 1)];
  const Rgb neutral = Rgb::Hex(0xf4f4f4);
  double k = std::clamp((t - 50) / 10, -1.0, 1.0);
  if (std::fabs(k) < 0.1) return neutral;
  // At most 60% of the strong colours: light enough for black text (4.5:1).
  return k < 0 ? Mix(neutral, theme.diverging[0], -k * 0.6)
               : Mix(neutral, theme.diverging[4], k * 0.6);
}

bool HeatTable::Transposed(double width, const Theme& theme) const {
  double inner = width - 2 * theme.margin;
  double cell = columns.empty() ? inner : inner * (1 - kLabelShare) / columns.size();
  return columns.size() > rows.size() && cell < kMinCellWidth;
}

double HeatTable::Height(double width, ChartContext& ctx) const {
  return Measure(*this, width, ctx).height;
}

void HeatTable::Draw(Canvas& canvas, double width, double height, ChartContext& ctx) const {
  const Theme& t = ctx.theme;
  Layout l = Measure(*this, width, ctx);
  DrawChrome(canvas, title, Keys(*this, ctx), l.title, width, height, ctx);
  double x0 = t.margin + l.label_width;
  for (size_t c = 0; c < l.across->size(); ++c)
    ctx.text.Draw(canvas, (*l.across)[c], AxisStyle(t),
                  {x0 + (c + 0.5) * l.cell_width, l.top - 4, Align::kCenter, Align::kEnd,
                   l.cell_width - 4, 3});
  TextStyle value = ValueStyle(t);
  for (size_t r = 0; r < l.down->size(); ++r) {
    double y = l.top + r * kCellHeight;
    ctx.text.Draw(
        canvas, (*l.down)[r], LabelStyle(t),
        {t.margin, y + kCellHeight / 2, Align::kStart, Align::kCenter, l.label_width - t.gap, 1});
    for (size_t c = 0; c < l.across->size(); ++c) {
      ChartValue v = l.transposed ? Cell(*this, c, r) : Cell(*this, r, c);
      double x = x0 + c * l.cell_width;
      if (v.shown()) {
        Rgb fill = Fill(v.value, t);
        FillRect(canvas, x + 1, y + 1, l.cell_width - 2, kCellHeight - 2, fill);
        value.color = TextColorOn(fill);
        ctx.text.Draw(canvas, ctx.Number(v.value), value,
                      {x + l.cell_width / 2, y + kCellHeight / 2, Align::kCenter, Align::kCenter});
      } else {
        DrawHatch(canvas, x + 1, y + 1, l.cell_width - 2, kCellHeight - 2,
                  Mix(t.suppressed, t.background, 0.45));
        TextStyle dash = value;
        dash.color = t.text;
        dash.bold = true;
        // The dash on a white patch, so the hatching does not cross it.
        FillRect(canvas, x + l.cell_width / 2 - 8, y + kCellHeight / 2 - 7, 16, 14, t.background);
        ctx.text.Draw(canvas, "\u2013", dash,
                      {x + l.cell_width / 2, y + kCellHeight / 2, Align::kCenter, Align::kCenter});
      }
    }
  }
}

std::string HeatTable::TextAlternative(const ChartContext& ctx) const {
  int lr = -1, lc = -1, hr = -1, hc = -1;
  for (size_t r = 0; r < rows.size(); ++r)
    for (size_t c = 0; c < columns.size(); ++c) {
      ChartValue v = Cell(*this, r, c);
      if (!v.shown()) continue;
      if (lr < 0 || v.value < cells[lr][lc].value) lr = r, lc = c;
      if (hr < 0 || v.value > cells[hr][hc].value) hr = r, hc = c;
    }
  MessageArgs args = {{"rows", std::to_string(rows.size())},
                      {"cols", std::to_string(columns.size())}};
  if (lr < 0) return ctx.Text("chart.heat.alt_hidden", args);
  args.push_back({"low_row", rows[lr]});
  args.push_back({"low_col", columns[lc]});
  args.push_back({"low", ctx.Number(cells[lr][lc].value)});
  args.push_back({"high_row", rows[hr]});
  args.push_back({"high_col", columns[hc]});
  args.push_back({"high", ctx.Number(cells[hr][hc].value)});
  return ctx.Text("chart.heat.alt", args);
}

DataTable HeatTable::Table(const ChartContext& ctx) const {
  DataTable table;
  table.header.push_back(row_header);
  for (const auto& c : columns) table.header.push_back(c);
  table.sheet.header = table.header;
  for (size_t r = 0; r < rows.size(); ++r) {
    std::vector<std::string> line{rows[r]};
    table.sheet.Row(rows[r]);
    for (size_t c = 0; c < columns.size(); ++c) {
      line.push_back(ValueCell(Cell(*this, r, c), ctx));
      table.sheet.Add(Cell(*this, r, c), 1);
    }
    table.rows.push_back(std::move(line));
  }
  return table;
}

}  // namespace kfl
