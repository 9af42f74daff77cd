#include "stats/distribution.h"

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
using stats_test::MakeTree;

//   0 c county > 1 m municipality > 2 s school > 3 k1, 4 k2, 5 k3 classes;
//   6 m2 municipality without respondents.
enum : int { kC, kMu, kS, kK1, kK2, kK3, kMu2 };

UnitTree Tree() {
  return MakeTree({{"c", Level::kCounty, ""},
                   {"m", Level::kMunicipality, "c"},
                   {"s", Level::kSchool, "m"},
                   {"k1", Level::kClass, "s"},
                   {"k2", Level::kClass, "s"},
                   {"k3", Level::kClass, "s"},
                   {"m2", Level::kMunicipality, "c"}});
}

// Two items on a 1-4 scale, item 1 reversed (counts stay raw).
//   k1: (1, 4) (1, -) (3, 2)     k2: (4, 4) (-, -)     k3: (-, -)
std::vector<ItemDistribution> Distributions() {
  const Instrument instrument = MakeInstrument({{{false, true}}}, 1, 4);
  const ResponseTable table = MakeTable(2, {{kK1, Gender::kUnknown, 0, {1, 4}},
                                            {kK1, Gender::kUnknown, 0, {1, kM}},
                                            {kK1, Gender::kUnknown, 0, {3, 2}},
                                            {kK2, Gender::kUnknown, 0, {4, 4}},
                                            {kK2, Gender::kUnknown, 0, {kM, kM}},
                                            {kK3, Gender::kUnknown, 0, {kM, kM}}});
  return ItemDistributions(Tree(), instrument, table);
}

TEST(ItemDistributionsTest, CountsPerUnitAndItem) {
  struct Case {
    int unit;
    int item;
    std::vector<int32_t> counts;  // values 1, 2, 3, 4
  };
  // In output order: depth, then unit index, then item; m2 is absent.
  // clang-format off
  const Case cases[] = {
      {kC, 0, {2, 0, 1, 1}},   // 1, 1, 3, 4
      {kC, 1, {0, 1, 0, 2}},   // 4, 2, 4 (raw, not reversed)
      {kMu, 0, {2, 0, 1, 1}},
      {kMu, 1, {0, 1, 0, 2}},
      {kS, 0, {2, 0, 1, 1}},
      {kS, 1, {0, 1, 0, 2}},
      {kK1, 0, {2, 0, 1, 0}},
      {kK1, 1, {0, 1, 0, 1}},
      {kK2, 0, {0, 0, 0, 1}},
      {kK2, 1, {0, 0, 0, 1}},
      {kK3, 0, {0, 0, 0, 0}},  // respondents, but nobody answered
      {kK3, 1, {0, 0, 0, 0}},
  };
  // clang-format on
  const auto result = Distributions();
  ASSERT_EQ(result.size(), std::size(cases));
  for (size_t i = 0; i < result.size(); ++i) {
    const std::string name = "entry " + std::to_string(i) + " (unit " +
                             std::to_string(cases[i].unit) + ", item " +
                             std::to_string(cases[i].item) + ")";
    EXPECT_EQ(result[i].unit, cases[i].unit) << name;
    EXPECT_EQ(result[i].item, cases[i].item) << name;
    EXPECT_EQ(result[i].counts, cases[i].counts) << name;
  }
}

TEST(ItemDistributionsTest, AnsweredAndPercent) {
  const auto result = Distributions();
  ASSERT_EQ(result.size(), 12u);
  // County item 0: 4 answered; 2, 0, 1, 1 -> 50, 0, 25, 25 percent.
  EXPECT_EQ(result[0].answered(), 4);
  const double expected[] = {50, 0, 25, 25};
  for (int k = 0; k < 4; ++k) EXPECT_NEAR(result[0].percent(k), expected[k], 1e-12) << "k " << k;
  // County item 1: 3 answered; 0, 1, 0, 2 -> 0, 33.3, 0, 66.7 percent.
  EXPECT_EQ(result[1].answered(), 3);
  EXPECT_NEAR(result[1].percent(1), 100.0 / 3, 1e-12);
  EXPECT_NEAR(result[1].percent(3), 200.0 / 3, 1e-12);
  // k3: nobody answered: percentages are undefined.
  EXPECT_EQ(result[10].answered(), 0);
  EXPECT_TRUE(std::isnan(result[10].percent(0)));
}

TEST(ItemDistributionsTest, NoRespondents) {
  const Instrument instrument = MakeInstrument({{{false}}});
  EXPECT_TRUE(ItemDistributions(Tree(), instrument, MakeTable(1, {})).empty());
}

}  // namespace
}  // namespace kfl
