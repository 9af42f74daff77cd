// LabelPlacer: keeps direct labels from overlapping. Remembers the boxes
// already taken (labels and marks) and answers whether a new box is free;
// Spread() moves a column of labels apart vertically with the least
// displacement (first values in the trend chart), SpreadCentred() a column
// of labels of different heights (its line ends). Plain geometry, no cairo.
#pragma once

#include <vector>

namespace kfl {

struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool Overlaps(const Box& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

class LabelPlacer {
 public:
  // Adds `box` if it overlaps nothing taken and lies within `bounds`.
  bool TryTake(const Box& box, const Box& bounds);
  void Take(const Box& box) { taken_.push_back(box); }

 private:
  std::vector<Box> taken_;
};

// Centres `ys` (wanted label centres, any order) so that neighbours are at
// least `spacing` apart and all lie within [lo, hi] where possible; each
// label moves as little as this simple sweep allows. Returns the new centres
// in the input order.
std::vector<double> Spread(const std::vector<double>& ys, double spacing, double lo, double hi);

// Centres `ys` (wanted centres of labels `heights` tall, any order) so that
// neighbours do not overlap and the centres lie within [lo, hi] where
// possible, moving the labels as little as possible in the least-squares
// sense: labels that collide form a group centred on their wanted places,
// so a crowd spreads up and down rather than only down (line ends of a
// narrow trend chart, whose names may take two or three lines). Returns the
// new centres in the input order. REQUIRES: heights.size() == ys.size().
std::vector<double> SpreadCentred(const std::vector<double>& ys, const std::vector<double>& heights,
                                  double lo, double hi);

}  // namespace kfl
