#include "stats/scoring.h"

#include <algorithm>
#include <cassert>
#include <limits>

namespace kfl {

int MinItemsAnswered(double min_items_share, int items) {
  if (items <= 0) return 1;
  // The 1e-9 absorbs representation noise: 0.3 * 10 is 3.0000000000000004 in
  // binary, whose plain ceil would be 4.
  double need = std::ceil(min_items_share * items - 1e-9);
  // NaN or a share <= 0 still needs one answer; a share > 1 is rejected when
  // project.json is read, and is capped at every item here.
  if (!(need >= 1)) return 1;
  return need >= items ? items : static_cast<int>(need);
}

ScoreTable ScoreResponses(const Instrument& instrument, const ResponseTable& table,
                          double min_items_share) {
  assert(table.item_count == static_cast<int>(instrument.items.size()));
  const int factor_count = static_cast<int>(instrument.factors.size());
  const int score_count = instrument.ScoreCount();
  const int reverse_sum = instrument.scale.min + instrument.scale.max;
  constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

  std::vector<int> need(factor_count);
  for (int f = 0; f < factor_count; ++f)
    need[f] =
        MinItemsAnswered(min_items_share, static_cast<int>(instrument.factors[f].items.size()));

  ScoreTable scores;
  scores.score_count = score_count;
  scores.x.assign(table.rows() * score_count, kNaN);

  for (size_t r = 0; r < table.rows(); ++r) {
    const int8_t* row = table.values.data() + r * table.item_count;
    double* out = scores.x.data() + r * score_count;
    for (int f = 0; f < factor_count; ++f) {
      int sum = 0;  // integer: exact, so the mean is one correctly rounded division
      int answered = 0;
      for (int item : instrument.factors[f].items) {
        int8_t v = row[item];
        if (v == kMissingValue) continue;
        sum += instrument.items[item].reverse ? reverse_sum - v : v;
        ++answered;
      }
      if (answered >= need[f]) out[f] = static_cast<double>(sum) / answered;
    }
    for (size_t a = 0; a < instrument.areas.size(); ++a) {
      double sum = 0;
      int present = 0;
      for (int f : instrument.areas[a].factors) {
        if (ScoreTable::Missing(out[f])) continue;
        sum += out[f];
        ++present;
      }
      if (present > 0) out[instrument.AreaScore(static_cast<int>(a))] = sum / present;
    }
  }
  return scores;
}

}  // namespace kfl
