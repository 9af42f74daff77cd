#include "chart/scale.h"

#include <algorithm>
#include <cmath>

namespace kfl {

double NiceStep(double span, int count) {
  if (!(span > 0) || count < 1) return 1;
  double raw = span / count;
  double power = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
    if (raw <= m * power * (1 + 1e-9)) return m * power;
  return 10 * power;
}

LinearScale LinearScale::Nice(double lo, double hi, double range_min, double range_max,
                              int tick_count) {
  if (!std::isfinite(lo) || !std::isfinite(hi)) return LinearScale(0, 1, range_min, range_max);
  if (lo > hi) std::swap(lo, hi);
  if (hi - lo < 1e-9) {
    lo -= 1;
    hi += 1;
  }
  double step = NiceStep(hi - lo, tick_count);
  double d0 = std::floor(lo / step + 1e-9) * step;
  double d1 = std::ceil(hi / step - 1e-9) * step;
  return LinearScale(d0, d1, range_min, range_max);
}

double LinearScale::MapClamped(double value) const {
  double lo = std::min(d0_, d1_), hi = std::max(d0_, d1_);
  return Map(std::clamp(value, lo, hi));
}

std::vector<double> LinearScale::Ticks(int count) const {
  double lo = std::min(d0_, d1_), hi = std::max(d0_, d1_);
  double step = NiceStep(hi - lo, count);
  std::vector<double> ticks;
  for (double k = std::ceil(lo / step - 1e-9); k * step <= hi + step * 1e-9; k += 1) {
    double v = k * step;
    ticks.push_back(std::fabs(v) < step * 1e-9 ? 0.0 : v);
  }
  return ticks;
}

int LinearScale::TickDecimals(int count) const {
  double step = NiceStep(std::fabs(d1_ - d0_), count);
  int decimals = std::max(0, static_cast<int>(std::ceil(-std::log10(step) - 1e-9)));
  double scaled = step * std::pow(10.0, decimals);
  if (std::fabs(scaled - std::round(scaled)) > 1e-6) ++decimals;
  return decimals;
}

BandScale::BandScale(int count, double range_min, double range_max, double padding)
    : count_(std::max(count, 0)) {
  if (count_ == 0) return;
  step_ = (range_max - range_min) / count_;
  bandwidth_ = step_ * (1 - padding);
  start_ = range_min + (step_ - bandwidth_) / 2;
}

}  // namespace kfl
