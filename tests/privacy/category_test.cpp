#include "privacy/category.h"

#include <gtest/gtest.h>

#include <string>

namespace kfl {
namespace {

constexpr auto kS = CategoryDisclosure::kShown;
constexpr auto kFew = CategoryDisclosure::kTooFew;
constexpr auto kComp = CategoryDisclosure::kComplementary;
constexpr auto kSens = CategoryDisclosure::kSensitive;
constexpr auto kAns = CategoryDisclosure::kTooFewAnswers;
constexpr auto kNot = CategoryDisclosure::kNotShown;

struct Case {
  const char* name;
  std::vector<int32_t> counts;  // scale 1-5
  bool sensitive;
  Level level;
  std::vector<CategoryDisclosure> expected;
};

TEST(CategoryTest, DecideCategories) {
  // Threshold 10 respondents, 3 answers per category; public levels only.
  const Audience audience{
      .levels = {Level::kCounty, Level::kMunicipality, Level::kSchool}, .min_n = 10, .min_cell = 3};
  const Case cases[] = {
      {"every category large enough", {3, 4, 5, 6, 7}, false, Level::kSchool, {kS, kS, kS, kS, kS}},
      {"a class on the public site",
       {3, 4, 5, 6, 7},
       false,
       Level::kClass,
       {kNot, kNot, kNot, kNot, kNot}},
      {"fewer than 10 answered",
       {1, 2, 2, 2, 2},
       false,
       Level::kSchool,
       {kAns, kAns, kAns, kAns, kAns}},
      // One small category would be answered minus the rest: the next
      // smallest (the first of equals) goes too.
      {"one small category", {1, 4, 5, 6, 7}, false, Level::kSchool, {kFew, kComp, kS, kS, kS}},
      {"a zero is hidden like any small count",
       {0, 4, 5, 6, 7},
       false,
       Level::kSchool,
       {kFew, kComp, kS, kS, kS}},
      // Two small categories, 1 + 1 = 2 < 3 together: one more.
      {"two small categories pooled below min_cell",
       {1, 1, 5, 6, 7},
       false,
       Level::kSchool,
       {kFew, kFew, kComp, kS, kS}},
      {"two small categories pooled at min_cell",
       {1, 2, 5, 6, 7},
       false,
       Level::kSchool,
       {kFew, kFew, kS, kS, kS}},
      // The example: "0 of 14 are bullied" and "1 of 14" both hidden.
      {"sensitive item with a 0",
       {10, 4, 0, 0, 0},
       true,
       Level::kSchool,
       {kSens, kSens, kSens, kSens, kSens}},
      {"sensitive item with a 1",
       {9, 4, 1, 0, 0},
       true,
       Level::kSchool,
       {kSens, kSens, kSens, kSens, kSens}},
      {"sensitive item, every category large enough",
       {3, 3, 3, 3, 3},
       true,
       Level::kSchool,
       {kS, kS, kS, kS, kS}},
  };
  for (const Case& c : cases) {
    const ItemDistribution d{0, 0, c.counts};
    const auto got = DecideCategories(d, c.level, c.sensitive, audience);
    ASSERT_EQ(got.size(), c.expected.size()) << c.name;
    for (size_t k = 0; k < got.size(); ++k)
      EXPECT_EQ(static_cast<int>(got[k]), static_cast<int>(c.expected[k]))
          << c.name << ": category " << k + 1;
  }
}

TEST(CategoryTest, NoShownCategoryBelowMinCellAndNoneDerivable) {
  // Every distribution of 5 categories with 0-6 answers each (7^5 of them).
  const Audience audience{.levels = {Level::kSchool}, .min_n = 5, .min_cell = 3};
  std::vector<int32_t> counts(5, 0);
  for (int code = 0; code < 7 * 7 * 7 * 7 * 7; ++code) {
    for (int k = 0, x = code; k < 5; ++k, x /= 7) counts[k] = x % 7;
    for (bool sensitive : {false, true}) {
      const auto got = DecideCategories({0, 0, counts}, Level::kSchool, sensitive, audience);
      int hidden = 0, hidden_answers = 0, small = 0;
      for (int k = 0; k < 5; ++k) {
        small += counts[k] < 3;
        if (got[k] == CategoryDisclosure::kShown) {
          EXPECT_GE(counts[k], 3) << "code " << code;
        } else {
          ++hidden;
          hidden_answers += counts[k];
        }
      }
      const std::string name = "code " + std::to_string(code) + (sensitive ? " sensitive" : "");
      // With the answered total shown, the hidden categories' total is
      // known: never a single one, never fewer than min_cell together.
      if (hidden > 0 && hidden < 5) {
        EXPECT_GE(hidden, 2) << name;
        EXPECT_GE(hidden_answers, 3) << name;
      }
      if (sensitive && small > 0) {
        EXPECT_EQ(hidden, 5) << name;
      }
    }
  }
}

}  // namespace
}  // namespace kfl

#include "stats/fixtures.h"

namespace kfl {
namespace {

// The classic attack on distributions: school s has classes of 12 and 4
// answers; its distribution minus class c1's would give class c2's.
TEST(CategoryTest, CategoryViewsHoldEachDistributionsDecisionsInOrder) {
  using C = CategoryDisclosure;
  CategoryViews v;
  EXPECT_TRUE(v.empty());
  v.Add(std::vector<C>{C::kShown, C::kTooFew, C::kComplementary});
  v.Add(0, C::kNotShown);
  v.Add(2, C::kSensitive);
  ASSERT_EQ(v.size(), 3u);
  ASSERT_EQ(v[0].size(), 3u);
  EXPECT_EQ(v[0][1], C::kTooFew);
  EXPECT_EQ(v[0][2], C::kComplementary);
  EXPECT_TRUE(v[1].empty());
  ASSERT_EQ(v[2].size(), 2u);
  EXPECT_EQ(v[2][0], C::kSensitive);
  EXPECT_EQ(v[2][1], C::kSensitive);
  EXPECT_EQ(v.values().size(), 5u) << "one byte per category, in one array";
  const CategoryViews same{{C::kShown, C::kTooFew, C::kComplementary}, {}, {C::kSensitive, C::kSensitive}};
  EXPECT_TRUE(v == same);
  EXPECT_FALSE(v == CategoryViews({{C::kShown}}));
}

TEST(CategoryTest, DecideDistributionsProtectsASmallClassFromItsSchool) {
  const UnitTree units = stats_test::MakeTree({{"county", Level::kCounty, ""},
                                               {"k", Level::kMunicipality, "county"},
                                               {"s", Level::kSchool, "k"},
                                               {"c1", Level::kClass, "s"},
                                               {"c2", Level::kClass, "s"}});
  Instrument in = stats_test::MakeInstrument({{{false}}});
  const std::vector<ItemDistribution> d = {{0, 0, {4, 4, 4, 2, 2}},
                                           {1, 0, {4, 4, 4, 2, 2}},
                                           {2, 0, {4, 4, 4, 2, 2}},
                                           {3, 0, {3, 3, 3, 2, 1}},
                                           {4, 0, {1, 1, 1, 0, 1}}};
  const Audience restricted{.levels = {Level::kCounty, Level::kMunicipality, Level::kSchool,
                                       Level::kClass},
                            .min_n = 5,
                            .min_cell = 2};
  const Audience pub{.levels = {Level::kCounty, Level::kMunicipality, Level::kSchool},
                     .min_n = 10,
                     .min_cell = 2};
  const auto public_view = DecideDistributions(units, in, d, pub);
  const auto got = DecideDistributions(units, in, d, restricted, &public_view);
  auto first = [&](int unit) { return static_cast<int>(got[unit][0]); };
  EXPECT_EQ(first(2), static_cast<int>(CategoryDisclosure::kShown)) << "school";
  EXPECT_EQ(first(3), static_cast<int>(CategoryDisclosure::kComplementaryUnit)) << "c1";
  EXPECT_EQ(first(4), static_cast<int>(CategoryDisclosure::kTooFewAnswers)) << "c2";
  EXPECT_EQ(static_cast<int>(public_view[3][0]), static_cast<int>(CategoryDisclosure::kNotShown));
  // A sensitive item keeps its whole-distribution rule on top.
  in.items[0].sensitive = true;
  const auto sensitive = DecideDistributions(units, in, d, pub);
  EXPECT_EQ(static_cast<int>(sensitive[2][0]), static_cast<int>(CategoryDisclosure::kShown))
      << "every category of the school has 2 or more";
}

}  // namespace
}  // namespace kfl
