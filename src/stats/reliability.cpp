#include "stats/reliability.h"

#include <Eigen/Core>
#include <cassert>
#include <limits>

namespace kfl {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Sample variance (n - 1) of each column, two-pass. REQUIRES: rows() >= 2.
Eigen::RowVectorXd ColumnVariances(const Eigen::MatrixXd& m) {
  const Eigen::RowVectorXd mean = m.colwise().mean();
  return (m.rowwise() - mean).colwise().squaredNorm() / static_cast<double>(m.rows() - 1);
}

}  // namespace

std::vector<Reliability> CronbachAlpha(const Instrument& instrument, const ResponseTable& table) {
  assert(table.item_count == static_cast<int>(instrument.items.size()));
  const int reverse_sum = instrument.scale.min + instrument.scale.max;
  std::vector<Reliability> result;
  result.reserve(instrument.factors.size());
  std::vector<size_t> complete;

  for (size_t f = 0; f < instrument.factors.size(); ++f) {
    const std::vector<int>& items = instrument.factors[f].items;
    const int k = static_cast<int>(items.size());
    complete.clear();
    for (size_t r = 0; r < table.rows(); ++r) {
      bool all = true;
      for (int item : items) all = all && table.value(r, item) != kMissingValue;
      if (all) complete.push_back(r);
    }

    Reliability rel;
    rel.factor = static_cast<int>(f);
    rel.items = k;
    rel.n = static_cast<int>(complete.size());
    rel.alpha = kNaN;
    if (k >= 2 && rel.n >= 2) {
      // The complete cases, one row each, reverse items reversed.
      Eigen::MatrixXd m(rel.n, k);
      for (int j = 0; j < k; ++j) {
        const Item& item = instrument.items[items[j]];
        for (int i = 0; i < rel.n; ++i) {
          const int8_t v = table.value(complete[i], items[j]);
          m(i, j) = item.reverse ? reverse_sum - v : v;
        }
      }
      const double item_variances = ColumnVariances(m).sum();
      const Eigen::MatrixXd sums = m.rowwise().sum();
      const double sum_variance = ColumnVariances(sums)(0);
      if (sum_variance > 0) rel.alpha = k / (k - 1.0) * (1.0 - item_variances / sum_variance);
    }
    result.push_back(rel);
  }
  return result;
}

}  // namespace kfl
