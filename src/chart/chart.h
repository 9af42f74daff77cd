// chart: figure kinds drawn on a Canvas (chart/canvas.h; text laid out with
// pango), so that the same code writes SVG for the site, PDF for the reports
// and PNG for previews and tests. Each kind is a plain data struct
// (already-translated names, values that may be suppressed) implementing
// Chart:
//
//   TBarChart chart;  chart.title = "..."; chart.series = {...}; chart.rows = {...};
//   Typesetter text("DejaVu Sans");  Theme theme;
//   ChartContext ctx{text, theme, catalog, NumberStyle::kNorwegian};
//   std::string svg = RenderSvg(chart, 640, ctx);         // chart/render.h
//   std::string alt = chart.TextAlternative(ctx);         // for the page
//   DataTable table = chart.Table(ctx);                   // for the page/PDF
//
// The texts a chart adds itself (legend entries, axis titles, the sentence
// of its text alternative) come from the catalog's "chart.*" keys; names of
// units, factors and items arrive translated in the data. Numbers are
// formatted by text/number_format in the context's style.
//
// Thread rules: a Chart is immutable while drawn and may be shared; a
// ChartContext holds a Typesetter and so belongs to one thread.
#pragma once

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "chart/canvas.h"
#include "chart/theme.h"
#include "chart/typesetter.h"
#include "text/catalog.h"
#include "text/number_format.h"

namespace kfl {


// What drawing needs besides the data; one per thread.
struct ChartContext {
  Typesetter& text;
  const Theme& theme;
  const Catalog& catalog;
  NumberStyle numbers = NumberStyle::kNorwegian;
  // False: titles are not drawn (the page shows them as HTML text, which
  // also saves a quarter of the SVG's bytes and time); the SVG <title> and
  // the text alternative still carry them.
  bool draw_titles = true;

  std::string Number(double v, int decimals = 1) const {
    return FormatNumber(v, decimals, numbers);
  }
  std::string Signed(double v, int decimals = 1) const {
    return FormatSigned(v, decimals, numbers);
  }
  std::string Percent(double v, int decimals = 0) const {
    return FormatPercent(v, decimals, numbers);
  }
  std::string Text(std::string_view key, const MessageArgs& args = {}) const {
    return catalog.Format(key, args);
  }
};

// A figure that may be hidden. A suppressed value is drawn as an explicit
// marker with its reason, never as 0; a value that is simply missing (NaN,
// not suppressed) is drawn the same way with the reason the caller gives.
struct ChartValue {
  double value = std::numeric_limits<double>::quiet_NaN();
  bool has_ci = false;  // 95% confidence interval
  double ci_low = 0;
  double ci_high = 0;
  bool suppressed = false;
  std::string reason;  // translated, e.g. "færre enn 10 svar"

  bool shown() const { return !suppressed && std::isfinite(value); }
  static ChartValue Of(double v) { return ChartValue{v}; }
  static ChartValue WithCi(double v, double lo, double hi) { return ChartValue{v, true, lo, hi}; }
  static ChartValue Hidden(std::string why) {
    ChartValue c;
    c.suppressed = true;
    c.reason = std::move(why);
    return c;
  }
};

// One cell of a Sheet: a label, or a figure as the reader sees it (rounded
// to the decimals shown), or empty (a hidden figure or none).
struct SheetCell {
  std::string text;
  double number = std::numeric_limits<double>::quiet_NaN();
  int decimals = 1;
  bool percent = false;  // `number` is a share 0-1, shown as a percentage

  static SheetCell Label(std::string text) { return {std::move(text)}; }
  // `v` as the page shows it with `decimals` (a percentage: 0-100).
  static SheetCell Number(double v, int decimals, bool percent = false);
  static SheetCell Empty() { return {}; }
};

// A chart's data for a spreadsheet (the Excel workbook beside a page): the
// same rows as its DataTable, with every figure in a column of its own as a
// number, and per row a note with the reasons for its empty cells.
struct Sheet {
  std::vector<std::string> header;  // the first is the rows' column
  std::vector<std::vector<SheetCell>> rows;
  std::vector<std::string> notes;  // one per row; "" when nothing is hidden

  // Starts a row with its label.
  void Row(std::string label);
  // Adds `v` to the last row: its value (and, with `ci`, its limits), or
  // empty cells and its reason in the row's note.
  void Add(const ChartValue& v, int decimals, bool ci = false, bool percent = false);
  void Add(SheetCell cell) { rows.back().push_back(std::move(cell)); }
  void Note(const std::string& reason);
};

// A chart's data as text, for the HTML table under a figure and the PDF
// appendix: the header row and the rows of formatted cells; and the same
// for a spreadsheet.
struct DataTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  Sheet sheet;
};

class Chart {
 public:
  virtual ~Chart() = default;
  // The height (px) the chart needs when drawn `width` px wide.
  virtual double Height(double width, ChartContext& ctx) const = 0;
  // Draws the chart into the rectangle (0, 0, width, height) of `canvas`,
  // background included. REQUIRES: height >= Height(width, ctx).
  virtual void Draw(Canvas& canvas, double width, double height, ChartContext& ctx) const = 0;
  // The title, drawn at the top when not empty; the SVG <title>.
  virtual std::string Title() const = 0;
  // One sentence: what the chart shows and its main finding.
  virtual std::string TextAlternative(const ChartContext& ctx) const = 0;
  // The chart's data as formatted cells.
  virtual DataTable Table(const ChartContext& ctx) const = 0;
  // A short file-name-safe name of the kind ("tbar", "heat_table").
  virtual std::string Kind() const = 0;
};

// "a, b og c" with the catalog's word for "and".
std::string JoinList(const std::vector<std::string>& items, const ChartContext& ctx);

// `rows_word` (what a chart's rows are, "faktorer"), or the catalog's
// "areas or factors" when it is empty.
std::string RowsWord(const std::string& rows_word, const ChartContext& ctx);

// A value as a table cell: "52,3 (50,1–54,5)", "52,3", or "– (reason)".
std::string ValueCell(const ChartValue& v, const ChartContext& ctx);
// The header of the columns a Sheet adds for `column`'s CI limits.
void AddCiHeader(const std::string& column, const ChartContext& ctx, Sheet* sheet);

}  // namespace kfl
