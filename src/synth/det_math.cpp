#include "synth/det_math.h"

#include <bit>
#include <cmath>
#include <cstdint>

// Compiled with -ffp-contract=off (see CMakeLists.txt): a fused multiply-add
// rounds once instead of twice and would change the last bits on machines
// that have one.

namespace kfl::synth {
namespace {

// ln 2 split in a high part with trailing zero bits (so k * kLn2Hi is exact
// for |k| < 2^11) and the rest (fdlibm's constants).
constexpr double kLn2Hi = 6.93147180369123816490e-01;
constexpr double kLn2Lo = 1.90821492927058770002e-10;
constexpr double kSqrt2 = 1.41421356237309504880;

}  // namespace

double DetLog(double x) {
  // x = m * 2^e with m in [1, 2), then m in [sqrt(2)/2, sqrt(2)).
  uint64_t bits = std::bit_cast<uint64_t>(x);
  int e = static_cast<int>((bits >> 52) & 0x7ff);
  if (e == 0) {  // subnormal: scale into the normal range first
    x *= 0x1p54;
    bits = std::bit_cast<uint64_t>(x);
    e = static_cast<int>((bits >> 52) & 0x7ff) - 54;
  }
  e -= 1023;
  double m = std::bit_cast<double>((bits & 0x000fffffffffffffULL) | 0x3ff0000000000000ULL);
  if (m > kSqrt2) {
    m *= 0.5;
    ++e;
  }
  // ln m = 2 atanh(s) = 2 (s + s^3/3 + s^5/5 + ...), s = (m-1)/(m+1), |s| < 0.172.
  const double s = (m - 1.0) / (m + 1.0);
  const double s2 = s * s;
  // 1/k for odd k, folded at compile time (the same correctly rounded
  // quotients as at run time, without eleven divisions per call).
  static constexpr double kInvOdd[12] = {1.0 / 1,  1.0 / 3,  1.0 / 5,  1.0 / 7,
                                         1.0 / 9,  1.0 / 11, 1.0 / 13, 1.0 / 15,
                                         1.0 / 17, 1.0 / 19, 1.0 / 21, 1.0 / 23};
  double p = kInvOdd[11];
  for (int k = 10; k >= 0; --k) p = kInvOdd[k] + s2 * p;
  const double ln_m = 2.0 * s * p;
  return e * kLn2Hi + (ln_m + e * kLn2Lo);
}

double DetExp(double x) {
  // x = k ln2 + r, |r| <= ln2 / 2; e^x = 2^k e^r.
  const double kd = std::nearbyint(x / (kLn2Hi + kLn2Lo));
  const int k = static_cast<int>(kd);
  const double r = (x - kd * kLn2Hi) - kd * kLn2Lo;
  // Taylor series of e^r, |r| < 0.347: 18 terms reach below 1e-17.
  double p = 1.0;
  for (int n = 18; n >= 1; --n) p = 1.0 + r * p / n;
  return std::ldexp(p, k);
}

}  // namespace kfl::synth
