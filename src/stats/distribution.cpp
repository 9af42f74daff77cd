#include "stats/distribution.h"

#include <algorithm>
#include <cassert>
#include <limits>
#include <numeric>

namespace kfl {

int ItemDistribution::answered() const { return std::accumulate(counts.begin(), counts.end(), 0); }

double ItemDistribution::percent(int k) const {
  const int total = answered();
  if (total == 0) return std::numeric_limits<double>::quiet_NaN();
  return 100.0 * counts[k] / total;
}

std::vector<ItemDistribution> ItemDistributions(const UnitTree& units, const Instrument& instrument,
                                                const ResponseTable& table) {
  assert(table.item_count == static_cast<int>(instrument.items.size()));
  const int unit_count = units.size();
  const int item_count = table.item_count;
  const int scale_min = instrument.scale.min;
  const int scale_size = instrument.scale.size();
  auto valid_unit = [&](size_t r) { return table.unit[r] >= 0 && table.unit[r] < unit_count; };

  // Units with respondents in their subtree: those of the rows and everything above.
  std::vector<char> has(unit_count, 0);
  for (size_t r = 0; r < table.rows(); ++r) {
    if (!valid_unit(r)) continue;
    for (int u = table.unit[r], steps = 0; u >= 0 && !has[u] && steps <= unit_count;
         u = units[u].parent, ++steps)
      has[u] = 1;
  }

  // Slots in output order (depth, index); slot[u] = -1 for units without respondents.
  std::vector<int> order;
  for (int u = 0; u < unit_count; ++u)
    if (has[u]) order.push_back(u);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return LevelDepth(units[a].level) < LevelDepth(units[b].level);
  });
  std::vector<int> slot(unit_count, -1);
  for (size_t i = 0; i < order.size(); ++i) slot[order[i]] = static_cast<int>(i);

  // Counts of each unit's own rows; then, deepest units first, each unit's
  // counts are added to its parent's, which makes them subtree counts.
  // Values outside the scale are not counted (the reader rejects them).
  const size_t per_unit = static_cast<size_t>(item_count) * scale_size;
  std::vector<int32_t> counts(order.size() * per_unit, 0);
  for (size_t r = 0; r < table.rows(); ++r) {
    if (!valid_unit(r)) continue;
    int32_t* c = counts.data() + slot[table.unit[r]] * per_unit;
    for (int j = 0; j < item_count; ++j) {
      const int8_t v = table.value(r, j);
      if (v == kMissingValue) continue;
      const int k = v - scale_min;
      if (k >= 0 && k < scale_size) ++c[j * scale_size + k];
    }
  }
  for (size_t i = order.size(); i-- > 0;) {
    const int parent = units[order[i]].parent;
    if (parent < 0 || slot[parent] < 0 || slot[parent] >= static_cast<int>(i)) continue;
    const int32_t* from = counts.data() + i * per_unit;
    int32_t* to = counts.data() + slot[parent] * per_unit;
    for (size_t e = 0; e < per_unit; ++e) to[e] += from[e];
  }

  std::vector<ItemDistribution> out;
  out.reserve(order.size() * item_count);
  for (size_t i = 0; i < order.size(); ++i)
    for (int j = 0; j < item_count; ++j) {
      const int32_t* c = counts.data() + i * per_unit + static_cast<size_t>(j) * scale_size;
      out.push_back(ItemDistribution{order[i], j, std::vector<int32_t>(c, c + scale_size)});
    }
  return out;
}

}  // namespace kfl
