// Scales map data values to positions (ggplot2's scale-*): plain arithmetic,
// testable without drawing.
//
// LinearScale maps a continuous domain onto a pixel range and proposes
// "nice" ticks (steps of 1, 2, 2.5 or 5 times a power of ten):
//
//   LinearScale x = LinearScale::Nice(36.2, 61.7, 0, 400);  // domain 35-65
//   x.Map(50) == 200;  x.Ticks(6) == {35, 40, ..., 65}
//
// BandScale splits a range into `count` equal bands with padding between
// them (bar rows, table columns, waves on an axis):
//
//   BandScale rows(4, 0, 100, 0.2);  rows.Start(1), rows.Bandwidth()
#pragma once

#include <vector>

namespace kfl {

class LinearScale {
 public:
  LinearScale() = default;
  // REQUIRES: domain_min != domain_max.
  LinearScale(double domain_min, double domain_max, double range_min, double range_max)
      : d0_(domain_min), d1_(domain_max), r0_(range_min), r1_(range_max) {}

  // A scale whose domain covers [lo, hi] extended outward to nice tick
  // values (about `tick_count` ticks). An empty or single-value input is
  // widened by 1 on each side; non-finite input gives the domain 0-1.
  static LinearScale Nice(double lo, double hi, double range_min, double range_max,
                          int tick_count = 5);

  double Map(double value) const { return r0_ + (value - d0_) / (d1_ - d0_) * (r1_ - r0_); }
  double Invert(double position) const {
    return d0_ + (position - r0_) / (r1_ - r0_) * (d1_ - d0_);
  }
  // Clamped to the domain: a CI beyond the axis is drawn to its edge.
  double MapClamped(double value) const;

  // Nice tick values inside the domain, about `count` of them, ascending.
  std::vector<double> Ticks(int count = 5) const;
  // Decimals that print those ticks exactly: 0 for steps of 5, 1 for 2.5.
  int TickDecimals(int count = 5) const;

  double domain_min() const { return d0_; }
  double domain_max() const { return d1_; }
  double range_min() const { return r0_; }
  double range_max() const { return r1_; }

 private:
  double d0_ = 0, d1_ = 1, r0_ = 0, r1_ = 1;
};

// The step of nice ticks covering `span` with about `count` steps: 1, 2,
// 2.5 or 5 times a power of ten. NiceStep(30, 6) == 5.
double NiceStep(double span, int count);

class BandScale {
 public:
  // `padding` (0-1) is the share of each step left empty between bands,
  // split equally before the first and after the last band.
  BandScale(int count, double range_min, double range_max, double padding = 0.2);

  double Start(int index) const { return start_ + index * step_; }
  double Center(int index) const { return Start(index) + bandwidth_ / 2; }
  double Bandwidth() const { return bandwidth_; }
  double Step() const { return step_; }
  int count() const { return count_; }

 private:
  int count_;
  double start_ = 0, step_ = 0, bandwidth_ = 0;
};

}  // namespace kfl
