#include "stats/scoring.h"

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

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Expects `actual` to equal `expected` to 1e-12, NaN matching NaN only.
void ExpectScore(double expected, double actual, const std::string& what) {
  if (std::isnan(expected)) {
    EXPECT_TRUE(std::isnan(actual)) << what << ": expected missing, got " << actual;
  } else {
    EXPECT_NEAR(actual, expected, 1e-12) << what;
  }
}

TEST(MinItemsAnsweredTest, CeilOfShareTimesItems) {
  struct Case {
    double share;
    int items;
    int expected;
  };
  // clang-format off
  const Case cases[] = {
      {0.5, 1, 1},  // ceil(0.5) = 1
      {0.5, 2, 1},  // ceil(1.0) = 1
      {0.5, 3, 2},  // ceil(1.5) = 2
      {0.5, 4, 2},  // ceil(2.0) = 2
      {0.5, 5, 3},  // ceil(2.5) = 3
      {0.3, 10, 3},   // 0.3 * 10 is 3.0000000000000004 in binary: still 3
      {0.7, 10, 7},   // 7.000000000000001 in binary: still 7
      {0.6, 5, 3},    // 3.0000000000000004 in binary: still 3
      {0.1, 3, 1},    // 0.30000000000000004 -> 1
      {2.0 / 3, 3, 2},
      {1.0, 3, 3},  // every item
      {0.0, 4, 1},  // at least one answer
      {1.5, 4, 4},  // an invalid share is capped at every item
  };
  // clang-format on
  for (const Case& c : cases)
    EXPECT_EQ(MinItemsAnswered(c.share, c.items), c.expected)
        << "share " << c.share << ", " << c.items << " items";
}

// Area 0: factor 0 = items 0, 1 (reverse), 2;  factor 1 = item 3.
// Area 1: factor 2 = items 4, 5;  factor 3 = items 6, 7, 8, 9 (9 reverse).
// Scale 1-5, so a reverse item scores 6 - value. Score layout: factors 0-3,
// then area 0 as score 4 and area 1 as score 5. With min_items_share 0.5 the
// factors need ceil(0.5 * 3) = 2, 1, 1 and 2 answered items.
Instrument TwoAreaInstrument() {
  return MakeInstrument(
      {{{false, true, false}, {false}}, {{false, false}, {false, false, false, true}}});
}

TEST(ScoreResponsesTest, FactorAndAreaScoresByHand) {
  const Instrument instrument = TwoAreaInstrument();
  ASSERT_EQ(instrument.ScoreCount(), 6);
  struct Case {
    const char* name;
    std::vector<int8_t> values;
    double expected[6];
  };
  const Case cases[] = {
      // f0 = (5 + (6-1) + 4) / 3 = 14/3; f1 = 3; f2 = 2 (one of two answered
      // is enough); f3 = (1 + 2 + (6-5)) / 3 = 4/3;
      // area 0 = (14/3 + 3) / 2 = 23/6; area 1 = (2 + 4/3) / 2 = 5/3.
      {"all factors scored",
       {5, 1, 4, 3, 2, kM, 1, 2, kM, 5},
       {14.0 / 3, 3, 2, 4.0 / 3, 23.0 / 6, 5.0 / 3}},
      // f0 = (2 + 3) / 2 = 2.5 (2 of 3 answered); f1, f2 nothing answered;
      // f3 one of four answered < 2: missing; area 0 = 2.5 (f1 missing is
      // left out); area 1: both factors missing.
      {"some factors missing",
       {2, kM, 3, kM, kM, kM, 4, kM, kM, kM},
       {2.5, kNaN, kNaN, kNaN, 2.5, kNaN}},
      // f0 only the reverse item answered: 1 < 2: missing; f1 = 1;
      // f2 = (5 + 4) / 2 = 4.5; f3 = (3 + 3 + 3 + (6-3)) / 4 = 3;
      // area 0 = 1; area 1 = (4.5 + 3) / 2 = 3.75.
      {"one item below the minimum", {kM, 2, kM, 1, 5, 4, 3, 3, 3, 3}, {kNaN, 1, 4.5, 3, 1, 3.75}},
      {"nothing answered",
       {kM, kM, kM, kM, kM, kM, kM, kM, kM, kM},
       {kNaN, kNaN, kNaN, kNaN, kNaN, kNaN}},
      // Reverse items at the ends of the scale: 6 - 1 = 5, 6 - 5 = 1.
      // f0 = (1 + (6-1) + 1) / 3 = 7/3; f3 = (5 + 5 + 5 + (6-1)) / 4 = 5;
      // area 0 = (7/3 + 5) / 2 = 11/3; area 1 = (1 + 5) / 2 = 3.
      {"reverse at the scale ends",
       {1, 1, 1, 5, 1, 1, 5, 5, 5, 1},
       {7.0 / 3, 5, 1, 5, 11.0 / 3, 3}},
  };
  std::vector<stats_test::Row> rows;
  for (const Case& c : cases) rows.push_back({0, Gender::kUnknown, 0, c.values});
  const ScoreTable scores = ScoreResponses(instrument, MakeTable(10, rows), 0.5);
  ASSERT_EQ(scores.score_count, 6);
  ASSERT_EQ(scores.rows(), std::size(cases));
  for (size_t r = 0; r < std::size(cases); ++r)
    for (int s = 0; s < 6; ++s)
      ExpectScore(cases[r].expected[s], scores.at(r, s),
                  std::string(cases[r].name) + ", score " + std::to_string(s));
}

// Factors of 1, 2, 3 and 4 items (one area) with min_items_share 0.5 need
// 1, 1, 2 and 2 answered items. Each case answers `answered` items of each
// factor (as many as it has), all with value 4 so the score is 4 or missing.
TEST(ScoreResponsesTest, MinItemsShareByFactorSize) {
  const Instrument instrument = MakeInstrument(
      {{{false}, {false, false}, {false, false, false}, {false, false, false, false}}});
  const int sizes[] = {1, 2, 3, 4};
  struct Case {
    int answered;
    double expected[4];  // per factor
  };
  const Case cases[] = {
      {0, {kNaN, kNaN, kNaN, kNaN}},
      {1, {4, 4, kNaN, kNaN}},  // 1 of 3 < ceil(1.5) = 2; 1 of 4 < 2
      {2, {4, 4, 4, 4}},
      {3, {4, 4, 4, 4}},
      {4, {4, 4, 4, 4}},
  };
  for (const Case& c : cases) {
    std::vector<int8_t> values;
    for (int size : sizes)
      for (int i = 0; i < size; ++i) values.push_back(i < c.answered ? 4 : kM);
    const ScoreTable scores =
        ScoreResponses(instrument, MakeTable(10, {{0, Gender::kUnknown, 0, values}}), 0.5);
    for (int f = 0; f < 4; ++f)
      ExpectScore(c.expected[f], scores.at(0, f),
                  std::to_string(c.answered) + " answered, factor of " + std::to_string(sizes[f]) +
                      " items");
  }
}

// The share changes the threshold: with 1.0 every item is needed, with 0 one.
TEST(ScoreResponsesTest, ShareOneNeedsEveryItem) {
  const Instrument instrument = MakeInstrument({{{false, false, false}}});
  const ResponseTable table =
      MakeTable(3, {{0, Gender::kUnknown, 0, {2, 3, kM}}, {0, Gender::kUnknown, 0, {2, 3, 5}}});
  const ScoreTable all = ScoreResponses(instrument, table, 1.0);
  ExpectScore(kNaN, all.at(0, 0), "share 1, 2 of 3 answered");
  ExpectScore(10.0 / 3, all.at(1, 0), "share 1, 3 of 3 answered");  // (2+3+5)/3
  const ScoreTable any = ScoreResponses(instrument, table, 0.0);
  ExpectScore(2.5, any.at(0, 0), "share 0, 2 of 3 answered");  // (2+3)/2
}

// On a 0-3 scale a reverse item scores 0 + 3 - value.
TEST(ScoreResponsesTest, ReverseUsesTheScaleBounds) {
  const Instrument instrument = MakeInstrument({{{false, true}}}, 0, 3);
  const ScoreTable scores =
      ScoreResponses(instrument, MakeTable(2, {{0, Gender::kUnknown, 0, {0, 0}}}), 0.5);
  ExpectScore(1.5, scores.at(0, 0), "(0 + (3-0)) / 2");
  ExpectScore(1.5, scores.at(0, 1), "area of one factor");
}

TEST(ScoreResponsesTest, EmptyTable) {
  const ScoreTable scores = ScoreResponses(TwoAreaInstrument(), MakeTable(10, {}), 0.5);
  EXPECT_EQ(scores.score_count, 6);
  EXPECT_EQ(scores.rows(), 0u);
}

}  // namespace
}  // namespace kfl
