// Respondent scores (data contract 2.1, 2.2).
//
// A factor score is the mean of the respondent's answered items of the factor,
// reverse items scored min + max - value, provided at least
// ceil(min_items_share * items) items are answered; otherwise missing. An
// area score is the mean of the respondent's non-missing factor scores of the
// area; missing when all are missing.
#pragma once

#include <cmath>
#include <vector>

#include "model/instrument.h"
#include "model/response_table.h"

namespace kfl {

// Scores by row, in the instrument's score layout (factors, then areas):
// x(r, s) = x[r * score_count + s]; NaN marks a missing score.
struct ScoreTable {
  int score_count = 0;
  std::vector<double> x;

  size_t rows() const { return score_count ? x.size() / score_count : 0; }
  double at(size_t row, int score) const { return x[row * score_count + score]; }
  static bool Missing(double v) { return std::isnan(v); }
};

// Fewest answered items a factor of `items` items needs: ceil(share * items),
// at least 1. Computed so that 0.3 * 10 gives 3, not 4 from rounding noise.
// A share above 1 (rejected by the project reader) is capped at all items.
//   MinItemsAnswered(0.5, 3) == 2; MinItemsAnswered(0.5, 1) == 1
int MinItemsAnswered(double min_items_share, int items);

// One row of scores per row of `table`.
// REQUIRES: table.item_count == instrument.items.size().
ScoreTable ScoreResponses(const Instrument& instrument, const ResponseTable& table,
                          double min_items_share);

}  // namespace kfl
