#include "synth/det_math.h"

#include <gtest/gtest.h>

#include <cmath>

namespace kfl::synth {
namespace {

TEST(DetMathTest, LogAgreesWithTheLibraryWithinAFewUlp) {
  for (double x = 1e-300; x < 1e300; x *= 1.37) {
    const double expected = std::log(x);
    EXPECT_NEAR(DetLog(x), expected, 1e-15 * std::max(1.0, std::fabs(expected))) << x;
  }
  for (double x = 0.001; x < 2.0; x += 0.0037)
    EXPECT_NEAR(DetLog(x), std::log(x), 1e-15 * std::max(1.0, std::fabs(std::log(x)))) << x;
  EXPECT_EQ(DetLog(1.0), 0.0);
  EXPECT_NEAR(DetLog(4.9406564584124654e-324), std::log(4.9406564584124654e-324), 1e-12);
}

TEST(DetMathTest, ExpAgreesWithTheLibraryWithinAFewUlp) {
  for (double x = -700; x < 700; x += 0.731) {
    const double expected = std::exp(x);
    EXPECT_NEAR(DetExp(x), expected, 1e-15 * expected) << x;
  }
  EXPECT_EQ(DetExp(0.0), 1.0);
}

// The exact bits pin the implementation: if these change, every generated
// data set changes (and data/example must be regenerated).
TEST(DetMathTest, ExactBitsArePinned) {
  EXPECT_EQ(DetLog(0.5), -0.69314718055994529);
  EXPECT_EQ(DetLog(0.7), -0.35667494393873239);
  EXPECT_EQ(DetExp(1.0), 2.7182818284590455);
  EXPECT_EQ(DetExp(8.5), 4914.7688402991344);
}

}  // namespace
}  // namespace kfl::synth
