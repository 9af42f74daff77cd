// Cronbach's alpha per factor (data contract 2.7), over the complete cases
// (every item of the factor answered) of all rows of a table, items reversed:
//   alpha = k / (k - 1) * (1 - sum(item variances) / variance(sum of items))
// with sample variances (n - 1). Undefined (NaN) for k < 2, n < 2 or a sum
// with zero variance.
#pragma once

#include <vector>

#include "model/instrument.h"
#include "model/response_table.h"

namespace kfl {

struct Reliability {
  int factor = -1;   // index into Instrument::factors
  int items = 0;     // k
  int n = 0;         // complete cases
  double alpha = 0;  // NaN when undefined
};

// One entry per factor, in factor order.
// REQUIRES: table.item_count == instrument.items.size().
std::vector<Reliability> CronbachAlpha(const Instrument& instrument, const ResponseTable& table);

}  // namespace kfl
