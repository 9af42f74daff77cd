// Least-squares line y = intercept + slope * x (the scatter of social
// background against a learning result, and each unit's distance from the
// line), solved with Eigen's column-pivoting Householder QR, which stays
// accurate when x is nearly constant.
//
//   LinearFit f = FitLine({1, 2, 3}, {2, 4, 6});  // f.slope == 2, f.intercept == 0
#pragma once

#include <vector>

namespace kfl {

struct LinearFit {
  bool valid = false;  // false with fewer than 2 points or when all x are equal
  double intercept = 0;
  double slope = 0;
  double r_squared = 0;  // 0 when y is constant

  double At(double x) const { return intercept + slope * x; }
};

// REQUIRES: x.size() == y.size(); non-finite pairs are left out.
LinearFit FitLine(const std::vector<double>& x, const std::vector<double>& y);

}  // namespace kfl
