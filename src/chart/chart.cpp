#include "chart/chart.h"

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

}  // namespace kfl
