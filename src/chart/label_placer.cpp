#include "chart/label_placer.h"

#include <algorithm>
#include <numeric>

namespace kfl {

bool LabelPlacer::TryTake(const Box& box, const Box& bounds) {
  if (box.x0 < bounds.x0 || box.x1 > bounds.x1 || box.y0 < bounds.y0 || box.y1 > bounds.y1)
    return false;
  for (const Box& t : taken_)
    if (t.Overlaps(box)) return false;
  taken_.push_back(box);
  return true;
}

std::vector<double> Spread(const std::vector<double>& ys, double spacing, double lo, double hi) {
  size_t n = ys.size();
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return ys[a] < ys[b]; });
  std::vector<double> pos(n);
  for (size_t i = 0; i < n; ++i) pos[i] = std::clamp(ys[order[i]], lo, hi);
  // Push down, then pull back up from the bottom edge, then centre clusters.
  for (size_t i = 1; i < n; ++i) pos[i] = std::max(pos[i], pos[i - 1] + spacing);
  if (n > 0 && pos[n - 1] > hi) {
    pos[n - 1] = hi;
    for (size_t i = n - 1; i-- > 0;) pos[i] = std::min(pos[i], pos[i + 1] - spacing);
  }
  std::vector<double> out(n);
  for (size_t i = 0; i < n; ++i) out[order[i]] = pos[i];
  return out;
}

}  // namespace kfl
