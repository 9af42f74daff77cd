#include "stats/regression.h"

#include <Eigen/Dense>
#include <cmath>

namespace kfl {

LinearFit FitLine(const std::vector<double>& x, const std::vector<double>& y) {
  std::vector<int> rows;
  for (size_t i = 0; i < x.size() && i < y.size(); ++i)
    if (std::isfinite(x[i]) && std::isfinite(y[i])) rows.push_back(static_cast<int>(i));
  LinearFit fit;
  const int n = static_cast<int>(rows.size());
  if (n < 2) return fit;
  Eigen::MatrixXd a(n, 2);
  Eigen::VectorXd b(n);
  for (int k = 0; k < n; ++k) {
    a(k, 0) = 1;
    a(k, 1) = x[rows[k]];
    b(k) = y[rows[k]];
  }
  Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(a);
  if (qr.rank() < 2) return fit;
  Eigen::Vector2d coef = qr.solve(b);
  fit.valid = true;
  fit.intercept = coef(0);
  fit.slope = coef(1);
  double mean = b.mean();
  double total = (b.array() - mean).square().sum();
  double residual = (a * coef - b).squaredNorm();
  fit.r_squared = total > 0 ? 1 - residual / total : 0;
  return fit;
}

}  // namespace kfl
