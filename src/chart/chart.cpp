#include "chart/chart.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace kfl {

std::string JoinList(const std::vector<std::string>& items, const ChartContext& ctx) {
  return JoinList(items, ctx.Text("chart.and"));
}

std::string RowsWord(const std::string& rows_word, const ChartContext& ctx) {
  return rows_word.empty() ? ctx.Text("chart.rows.scores") : rows_word;
}

std::string ValueCell(const ChartValue& v, const ChartContext& ctx) {
  if (!v.shown()) return v.reason.empty() ? "\u2013" : "\u2013 (" + v.reason + ")";
  std::string cell = ctx.Number(v.value);
  if (v.has_ci) cell += " (" + ctx.Number(v.ci_low) + "\u2013" + ctx.Number(v.ci_high) + ")";
  return cell;
}

SheetCell SheetCell::Number(double v, int decimals, bool percent) {
  SheetCell c;
  if (!std::isfinite(v)) return c;
  // Rounded exactly as the page rounds it (text/number_format), then read
  // back; a percentage becomes a share.
  char buffer[64];
  char* end = std::to_chars(buffer, buffer + sizeof buffer - 4, v, std::chars_format::fixed, decimals).ptr;
  if (percent) end = std::copy_n("e-2", 3, end);  // 80.6 % is 0.806, not 80.6 / 100
  std::from_chars(buffer, end, c.number);
  c.decimals = decimals;
  c.percent = percent;
  return c;
}

void Sheet::Row(std::string label) {
  rows.push_back({SheetCell::Label(std::move(label))});
  notes.emplace_back();
}

void Sheet::Add(const ChartValue& v, int decimals, bool ci, bool percent) {
  const int cells = ci ? 3 : 1;
  if (!v.shown()) {
    for (int i = 0; i < cells; ++i) Add(SheetCell::Empty());
    if (v.suppressed) Note(v.reason);
    return;
  }
  Add(SheetCell::Number(v.value, decimals, percent));
  if (!ci) return;
  Add(v.has_ci ? SheetCell::Number(v.ci_low, decimals) : SheetCell::Empty());
  Add(v.has_ci ? SheetCell::Number(v.ci_high, decimals) : SheetCell::Empty());
}

void Sheet::Note(const std::string& reason) {
  std::string& note = notes.back();
  if (reason.empty() || note.find(reason) != std::string::npos) return;
  note += (note.empty() ? "" : "; ") + reason;
}

void AddCiHeader(const std::string& column, const ChartContext& ctx, Sheet* sheet) {
  sheet->header.push_back(ctx.catalog.Format("chart.col.ci_low", {{"column", column}}));
  sheet->header.push_back(ctx.catalog.Format("chart.col.ci_high", {{"column", column}}));
}

}  // namespace kfl
