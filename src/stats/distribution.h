// Item category distributions (data contract 2.9): per unit (the unit's whole
// subtree, group `all`) and item, the count of each scale value among the
// answered responses, raw (not reversed). Percentages are count / answered.
#pragma once

#include <cstdint>
#include <vector>

#include "model/instrument.h"
#include "model/response_table.h"
#include "model/unit_tree.h"

namespace kfl {

struct ItemDistribution {
  int32_t unit = -1;
  int item = -1;
  std::vector<int32_t> counts;  // scale.size() entries, value scale.min first

  int answered() const;
  // Percentage (0-100) of value scale.min + k; NaN when nobody answered.
  double percent(int k) const;
};

// Distributions for every unit with respondents in its subtree and every
// item, sorted by (unit depth, unit index, item). Values outside the scale
// are not counted (the reader rejects them).
// REQUIRES: table.item_count == instrument.items.size(); every table.unit is
// an index into `units` (rows with any other value are ignored).
std::vector<ItemDistribution> ItemDistributions(const UnitTree& units, const Instrument& instrument,
                                                const ResponseTable& table);

}  // namespace kfl
