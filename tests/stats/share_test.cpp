#include "stats/share.h"

#include <gtest/gtest.h>

namespace kfl {
namespace {

// Agresti-Caffo by hand: p~ = (count + 1) / (n + 2), half-width
// 1.96 * sqrt(sum p~ (1 - p~) / (n + 2)).
TEST(ShareTest, DiffersOnlyBeyondTheAgrestiCaffoInterval) {
  struct Case {
    Share a, b;
    bool differ;
    const char* why;
  } cases[] = {
      // 11/102 - 21/102 = -0.0980; half-width 0.0989: just inside
      {{10, 100}, {20, 100}, false, "10 % and 20 % of 100"},
      // 11/102 - 23/102 = -0.1176; half-width 0.1010
      {{10, 100}, {22, 100}, true, "10 % and 22 % of 100"},
      // 1/52 - 6/52 = -0.0962; half-width 0.0945: a count of 0 has width
      {{0, 50}, {5, 50}, true, "0 and 5 of 50"},
      // 13/102 - 5/102 = 0.0784; half-width 0.0771
      {{12, 100}, {4, 100}, true, "12 % and 4 %"},
      {{3, 30}, {3, 30}, false, "the same"},
      {{0, 0}, {5, 50}, false, "nobody answered"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(SharesDiffer(c.a, c.b), c.differ) << c.why;
    EXPECT_EQ(SharesDiffer(c.b, c.a), c.differ) << c.why << " (swapped)";
  }
}

TEST(ShareTest, ValueIsCountOverAnswered) {
  EXPECT_DOUBLE_EQ((Share{3, 12}.value()), 0.25);
  EXPECT_DOUBLE_EQ((Share{0, 0}.value()), 0);
}

}  // namespace
}  // namespace kfl
