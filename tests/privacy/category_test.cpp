#include "privacy/category.h"

#include <gtest/gtest.h>

#include <string>

#include "stats/fixtures.h"

namespace kfl {
namespace {

using G = Granularity;
using Groups = std::vector<std::pair<int, int>>;

TEST(CategoryGroupsTest, FinestToCoarsestOnFiveAndFourPointScales) {
  struct Case {
    const char* name;
    int k;
    bool reverse;
    Granularity g;
    Groups want;
  } cases[] = {
      {"5: every value", 5, false, G::kEvery, {{0, 0}, {1, 1}, {2, 2}, {3, 3}, {4, 4}}},
      {"5: below, middle, above", 5, false, G::kThree, {{0, 1}, {2, 2}, {3, 4}}},
      {"5: the rest and the favourable top two", 5, false, G::kTwo, {{0, 2}, {3, 4}}},
      {"5 reverse: the favourable bottom two and the rest", 5, true, G::kTwo, {{0, 1}, {2, 4}}},
      {"5 reverse: three groups do not depend on the direction", 5, true, G::kThree,
       {{0, 1}, {2, 2}, {3, 4}}},
      {"4: below and above the middle", 4, false, G::kThree, {{0, 1}, {2, 3}}},
      {"4: the favourable half", 4, false, G::kTwo, {{0, 1}, {2, 3}}},
      {"hidden", 5, false, G::kHidden, {}},
  };
  for (const Case& c : cases) EXPECT_EQ(CategoryGroups(c.k, c.reverse, c.g), c.want) << c.name;
}

TEST(CategoryTest, ThePrimaryRuleTakesTheFinestSafeGranularity) {
  const Audience audience{.levels = {Level::kSchool, Level::kClass}, .min_n = 5, .min_cell = 3};
  struct Case {
    const char* name;
    std::vector<int32_t> counts;  // scale 1-5
    bool sensitive;
    bool reverse;
    Level level;
    DistributionDecision want;
  } cases[] = {
      {"every count 3 or more", {3, 4, 5, 6, 7}, false, false, Level::kClass,
       {G::kEvery, CategoryDisclosure::kShown}},
      {"a zero is shown on an item that is not sensitive", {0, 0, 5, 8, 9}, false, false,
       Level::kClass, {G::kEvery, CategoryDisclosure::kShown}},
      // A class of 22 where one pupil disagrees: with three in the middle
      // the rest holds 4 (shown in two groups) ...
      {"22 pupils, one disagrees, three neutral", {0, 1, 3, 8, 10}, false, false, Level::kClass,
       {G::kTwo, CategoryDisclosure::kTooFew}},
      // ... and with nobody in the middle that pupil is alone in every group.
      {"22 pupils, one disagrees, nobody neutral", {0, 1, 0, 8, 13}, false, false, Level::kClass,
       {G::kHidden, CategoryDisclosure::kTooFew}},
      {"small ends, a large middle", {1, 2, 9, 2, 1}, false, false, Level::kClass,
       {G::kThree, CategoryDisclosure::kTooFew}},
      // A sensitive item with 0 of 14 bullied: no count below 3, 0 included.
      {"sensitive: 0 of 14 bullied", {14, 0, 0, 0, 0}, true, true, Level::kClass,
       {G::kHidden, CategoryDisclosure::kSensitive}},
      {"sensitive: 3 of 14 bullied, in two groups", {9, 2, 1, 1, 1}, true, true, Level::kClass,
       {G::kTwo, CategoryDisclosure::kTooFew}},
      {"fewer than min_n answered", {1, 1, 1, 1, 0}, false, false, Level::kClass,
       {G::kHidden, CategoryDisclosure::kTooFewAnswers}},
      {"a level the audience does not see", {5, 5, 5, 5, 5}, false, false, Level::kCounty,
       {G::kHidden, CategoryDisclosure::kNotShown}},
  };
  for (const Case& c : cases) {
    const ItemDistribution d{0, 0, c.counts};
    EXPECT_EQ(DecidePrimary(d, c.level, c.sensitive, c.reverse, audience), c.want) << c.name;
  }
}

// A county of one school with two classes: the school and class A could be
// shown in five categories, class B (one pupil disagrees) only in two.
struct TwoClasses {
  UnitTree units = stats_test::MakeTree({{"county", Level::kCounty, ""},
                                         {"s", Level::kSchool, "county"},
                                         {"a", Level::kClass, "s"},
                                         {"b", Level::kClass, "s"}});
  Instrument instrument = stats_test::MakeInstrument({{{false}}});
  std::vector<ItemDistribution> distributions = {{0, 0, {3, 4, 6, 9, 10}},
                                                 {1, 0, {3, 4, 6, 9, 10}},
                                                 {2, 0, {3, 3, 4, 5, 5}},
                                                 {3, 0, {0, 1, 2, 4, 5}}};
};

// A school of two classes: the school and class A could be shown in five
// categories, class B only in two. B's counts would be the school's minus
// A's, so A is shown more coarsely too (a part rather than the total), and
// no small count of B can be worked out.
TEST(CategoryTest, ASchoolOfTwoClassesCoarsensTheOtherClass) {
  const TwoClasses t;
  const UnitTree& units = t.units;
  const Instrument& in = t.instrument;
  const std::vector<ItemDistribution>& d = t.distributions;
  const Audience audience{.levels = {Level::kSchool, Level::kClass}, .min_n = 5, .min_cell = 3};
  EXPECT_EQ(DecidePrimary(d[2], Level::kClass, false, false, audience).granularity, G::kEvery);
  EXPECT_EQ(DecidePrimary(d[3], Level::kClass, false, false, audience).granularity, G::kTwo);
  const DistributionViews got = DecideDistributions(units, in, d, audience);
  EXPECT_EQ(got[1].granularity, G::kEvery) << "the school";
  EXPECT_EQ(got[2].granularity, G::kTwo) << "class A";
  EXPECT_EQ(got[2].reason, CategoryDisclosure::kComplementary) << "class A";
  EXPECT_EQ(got[3].granularity, G::kTwo) << "class B";
  EXPECT_EQ(got[0].reason, CategoryDisclosure::kNotShown) << "the county is not for this audience";
}

TEST(CategoryTest, WhatThePublicShowsIsShownToTheRestrictedAudienceToo) {
  const TwoClasses t;
  const UnitTree& units = t.units;
  const Instrument& in = t.instrument;
  const std::vector<ItemDistribution>& d = t.distributions;
  const Audience pub{.levels = {Level::kCounty, Level::kSchool}, .min_n = 10, .min_cell = 3};
  const Audience res{.kind = AudienceKind::kRestricted,
                     .levels = {Level::kCounty, Level::kSchool, Level::kClass},
                     .min_n = 5,
                     .min_cell = 3};
  const DistributionViews public_view = DecideDistributions(units, in, d, pub);
  EXPECT_EQ(public_view[1].granularity, G::kEvery);
  EXPECT_EQ(public_view[2].reason, CategoryDisclosure::kNotShown);
  const DistributionViews restricted = DecideDistributions(units, in, d, res, &public_view);
  EXPECT_EQ(restricted[1].granularity, G::kEvery) << "public already: never coarser here";
  EXPECT_EQ(restricted[2].granularity, G::kTwo);
  EXPECT_EQ(restricted[3].granularity, G::kTwo);
}

TEST(CategoryTest, AClassAloneUnderItsSchoolIsProtectedByTheSchool) {
  // One class with a small count: the school would show it. Only the
  // school can be coarsened (the total, when no part is left).
  const UnitTree units = stats_test::MakeTree({{"county", Level::kCounty, ""},
                                               {"s", Level::kSchool, "county"},
                                               {"a", Level::kClass, "s"}});
  const Instrument in = stats_test::MakeInstrument({{{false}}});
  const std::vector<ItemDistribution> d = {
      {0, 0, {1, 4, 6, 9, 10}}, {1, 0, {1, 4, 6, 9, 10}}, {2, 0, {1, 4, 6, 9, 10}}};
  const Audience audience{.levels = {Level::kCounty, Level::kSchool}, .min_n = 5, .min_cell = 3};
  const DistributionViews got = DecideDistributions(units, in, d, audience);
  EXPECT_EQ(got[2].reason, CategoryDisclosure::kNotShown);
  EXPECT_EQ(got[1].granularity, G::kThree) << "the school: its own 1 is small too";
  EXPECT_EQ(got[0].granularity, G::kThree) << "the county equals the school";
}

}  // namespace
}  // namespace kfl
