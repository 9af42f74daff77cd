#include "stats/reliability.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "fixtures.h"

namespace kfl {
namespace {

using stats_test::kM;
using stats_test::MakeInstrument;
using stats_test::MakeTable;
using stats_test::Row;

// Factor 0 = items 0, 1 (reverse), 2 on a 1-5 scale; factor 1 = items 3, 4;
// factor 2 = item 5.
Instrument ThreeFactors() {
  return MakeInstrument({{{false, true, false}, {false, false}}, {{false}}});
}

Row R(std::vector<int8_t> values) { return {0, Gender::kUnknown, 0, std::move(values)}; }

// Factor 0, raw -> reversed (item 1 scored 6 - value):
//   (1, 5, 2) -> (1, 1, 2)   sum 4
//   (2, 4, 2) -> (2, 2, 2)   sum 6
//   (3, 3, 4) -> (3, 3, 4)   sum 10
//   (4, 2, 3) -> (4, 4, 3)   sum 11
//   (5, 1, 4) -> (5, 5, 4)   sum 14
// Item variances: 1..5 -> 10/4 = 2.5, 2.5; {2, 2, 4, 3, 4}: mean 3, SS 4,
// 1.0; sum 6. Sums: mean 9, deviations -5 -3 1 2 5, SS 64, variance 16.
// alpha = 3/2 * (1 - 6/16) = 15/16 = 0.9375.
//
// Factor 1: a = (1, 2, 3), b = (2, 3, 1): variances 1 and 1; sums 3, 5, 4,
// variance 1; alpha = 2 * (1 - 2/1) = -2, reported as computed.
std::vector<Row> CompleteRows() {
  return {R({1, 5, 2, 1, 2, 3}), R({2, 4, 2, 2, 3, kM}), R({3, 3, 4, 3, 1, kM}),
          R({4, 2, 3, kM, kM, kM}), R({5, 1, 4, kM, 4, kM})};
}

void ExpectAlpha(const Reliability& r, int factor, int items, int n, double alpha,
                 const std::string& name) {
  EXPECT_EQ(r.factor, factor) << name;
  EXPECT_EQ(r.items, items) << name;
  EXPECT_EQ(r.n, n) << name;
  if (std::isnan(alpha)) {
    EXPECT_TRUE(std::isnan(r.alpha)) << name << ": alpha " << r.alpha;
  } else {
    EXPECT_NEAR(r.alpha, alpha, 1e-12) << name;
  }
}

TEST(CronbachAlphaTest, HandComputed) {
  const auto result = CronbachAlpha(ThreeFactors(), MakeTable(6, CompleteRows()));
  ASSERT_EQ(result.size(), 3u);
  ExpectAlpha(result[0], 0, 3, 5, 15.0 / 16, "factor 0, one reverse item");
  ExpectAlpha(result[1], 1, 2, 3, -2.0, "factor 1, negative alpha");
  // One item: undefined, but the complete cases are still counted.
  ExpectAlpha(result[2], 2, 1, 1, NAN, "factor 2, one item");
}

// Rows with a missing item of the factor are left out of that factor only.
TEST(CronbachAlphaTest, IncompleteRowsDropped) {
  std::vector<Row> rows = CompleteRows();
  rows.push_back(R({kM, 3, 3, 5, 5, 1}));    // incomplete for factor 0
  rows.push_back(R({2, kM, kM, 5, kM, 1}));  // incomplete for factors 0 and 1
  rows.push_back(R({kM, kM, kM, kM, kM, kM}));
  const auto result = CronbachAlpha(ThreeFactors(), MakeTable(6, rows));
  ASSERT_EQ(result.size(), 3u);
  ExpectAlpha(result[0], 0, 3, 5, 15.0 / 16, "factor 0 with incomplete rows");
  // Factor 1 gains (5, 5): a = (1, 2, 3, 5), b = (2, 3, 1, 5). Means 11/4
  // and 11/4; a deviations -7/4 -3/4 1/4 9/4, SS (49+9+1+81)/16 = 140/16,
  // variance 35/12; b deviations -3/4 1/4 -7/4 9/4, SS (9+1+49+81)/16 =
  // 140/16, variance 35/12. Sums 3, 5, 4, 10: mean 5.5, deviations -2.5 -0.5
  // -1.5 4.5, SS 6.25+0.25+2.25+20.25 = 29, variance 29/3.
  // alpha = 2 * (1 - (70/12) / (29/3)) = 2 * (1 - 70/116) = 2 * 46/116 = 23/29.
  ExpectAlpha(result[1], 1, 2, 4, 23.0 / 29, "factor 1 with one more complete row");
  ExpectAlpha(result[2], 2, 1, 3, NAN, "factor 2");
}

TEST(CronbachAlphaTest, Undefined) {
  const Instrument two_items = MakeInstrument({{{false, false}}});
  struct Case {
    const char* name;
    std::vector<Row> rows;
    int n;
  };
  const Case cases[] = {
      {"no rows", {}, 0},
      {"one complete case", {R({1, 2}), R({3, kM})}, 1},
      // x + y = 6 on every row: the sum has variance 0.
      {"constant sum", {R({1, 5}), R({2, 4}), R({3, 3})}, 3},
      {"all equal", {R({4, 4}), R({4, 4})}, 2},
  };
  for (const Case& c : cases) {
    const auto result = CronbachAlpha(two_items, MakeTable(2, c.rows));
    ASSERT_EQ(result.size(), 1u) << c.name;
    ExpectAlpha(result[0], 0, 2, c.n, NAN, c.name);
  }
}

}  // namespace
}  // namespace kfl
