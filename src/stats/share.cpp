#include "stats/share.h"

#include <cmath>

namespace kfl {

bool SharesDiffer(Share a, Share b) {
  if (a.n <= 0 || b.n <= 0) return false;
  const double na = a.n + 2.0;
  const double nb = b.n + 2.0;
  const double pa = (a.count + 1) / na;
  const double pb = (b.count + 1) / nb;
  const double se = std::sqrt(pa * (1 - pa) / na + pb * (1 - pb) / nb);
  constexpr double kZ95 = 1.959963984540054;
  return std::abs(pa - pb) > kZ95 * se;
}

}  // namespace kfl
