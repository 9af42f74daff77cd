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

std::vector<double> SpreadCentred(const std::vector<double>& ys, const std::vector<double>& heights,
                                  double lo, double hi) {
  const size_t n = ys.size();
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return ys[a] < ys[b]; });
  // offset[k]: the centre of the k-th label (in order) below the first of
  // its group, when the group's labels touch.
  std::vector<double> offset(n, 0);
  struct Group {
    size_t first, last;  // positions in `order`
    double top;          // the centre of its first label
  };
  // The best centre for a group's first label: the mean of where its
  // labels want it, kept so that the whole group lies within [lo, hi].
  auto place = [&](Group& g) {
    double sum = 0;
    for (size_t k = g.first; k <= g.last; ++k) sum += ys[order[k]] - offset[k];
    const double length = offset[g.last];
    g.top = std::max(lo, std::min(sum / static_cast<double>(g.last - g.first + 1), hi - length));
  };
  std::vector<Group> groups;
  for (size_t k = 0; k < n; ++k) {
    Group g{k, k, 0};
    offset[k] = 0;
    place(g);
    groups.push_back(g);
    // Merge with the group above while they overlap.
    while (groups.size() > 1) {
      Group& above = groups[groups.size() - 2];
      Group& below = groups.back();
      const double gap = (heights[order[above.last]] + heights[order[below.first]]) / 2;
      if (above.top + offset[above.last] + gap <= below.top) break;
      const double shift = offset[above.last] + gap;
      for (size_t i = below.first; i <= below.last; ++i) offset[i] += shift;
      above.last = below.last;
      groups.pop_back();
      place(groups.back());
    }
  }
  std::vector<double> out(n);
  for (const Group& g : groups)
    for (size_t k = g.first; k <= g.last; ++k) out[order[k]] = g.top + offset[k];
  return out;
}

}  // namespace kfl
