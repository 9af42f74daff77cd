#include "stats/aggregate.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <tuple>
#include <vector>

#include "fixtures.h"

namespace kfl {
namespace {

using stats_test::MakeInstrument;
using stats_test::MakeTree;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr GroupCode kGrade8 = kGroupGrade0 + 8;
constexpr GroupCode kGrade9 = kGroupGrade0 + 9;

// Units added out of depth order, to check the output order:
//   0 c county
//   1 m1 municipality (c)   2 s1 school (m1)   3 k1 class (s1)   4 k2 class (s1)
//   5 m2 municipality (c)   6 s2 school (m2)   7 k3 class (s2)
//   8 s3 school (m2), no respondents
enum : int { kC, kM1, kS1, kK1, kK2, kM2, kS2, kK3, kS3 };

UnitTree Tree() {
  return MakeTree({{"c", Level::kCounty, ""},
                   {"m1", Level::kMunicipality, "c"},
                   {"s1", Level::kSchool, "m1"},
                   {"k1", Level::kClass, "s1"},
                   {"k2", Level::kClass, "s1"},
                   {"m2", Level::kMunicipality, "c"},
                   {"s2", Level::kSchool, "m2"},
                   {"k3", Level::kClass, "s2"},
                   {"s3", Level::kSchool, "m2"}});
}

// Two factors in one area; the scores are given directly (score 2, the area,
// is not used by the tests and left missing).
Instrument TwoFactors(std::vector<Background> background) {
  return MakeInstrument({{{false}, {false}}}, 1, 5, std::move(background));
}

struct Person {
  int unit;
  Gender gender;
  int grade;
  double x0, x1;
};

// Six respondents:
//   r0 k1 F grade 8  (1, 2)      r3 k2 F grade 9  (3, 5)
//   r1 k1 M grade 8  (2, -)      r4 k3 F grade 8  (5, 1)
//   r2 k1 ? grade -  (4, -)      r5 k3 M grade 8  (-, -)
const std::vector<Person> kSix = {
    {kK1, Gender::kFemale, 8, 1, 2},     {kK1, Gender::kMale, 8, 2, kNaN},
    {kK1, Gender::kUnknown, 0, 4, kNaN}, {kK2, Gender::kFemale, 9, 3, 5},
    {kK3, Gender::kFemale, 8, 5, 1},     {kK3, Gender::kMale, 8, kNaN, kNaN},
};

std::vector<Aggregate> Aggregated(const Instrument& instrument, const std::vector<Person>& people,
                                  const UnitTree& tree = Tree()) {
  ResponseTable table;
  table.item_count = 0;
  ScoreTable scores;
  scores.score_count = instrument.ScoreCount();
  for (const Person& p : people) {
    table.AddRow(p.unit, p.gender, static_cast<int8_t>(p.grade), nullptr);
    scores.x.insert(scores.x.end(), {p.x0, p.x1, kNaN});
  }
  return AggregateScores(tree, instrument, table, scores);
}

std::string Name(int unit, GroupCode group, int score) {
  return "unit " + std::to_string(unit) + " " + GroupName(group) + " score " +
         std::to_string(score);
}

const Aggregate* Find(const std::vector<Aggregate>& all, int unit, GroupCode group, int score) {
  for (const Aggregate& a : all)
    if (a.unit == unit && a.group == group && a.score == score) return &a;
  return nullptr;
}

// The (unit, group) cells in output order, each checked to have one entry
// per score in score order.
std::vector<std::pair<int, GroupCode>> Cells(const std::vector<Aggregate>& all, int scores) {
  std::vector<std::pair<int, GroupCode>> cells;
  for (size_t i = 0; i < all.size(); ++i) {
    EXPECT_EQ(all[i].score, static_cast<int>(i % scores)) << "entry " << i;
    if (i % scores == 0) cells.emplace_back(all[i].unit, all[i].group);
  }
  EXPECT_EQ(all.size() % scores, 0u);
  return cells;
}

TEST(GroupNameTest, Names) {
  const std::pair<GroupCode, const char*> cases[] = {
      {kGroupAll, "all"},       {kGroupFemale, "gender:F"},
      {kGroupMale, "gender:M"}, {kGroupGrade0 + 1, "grade:1"},
      {kGrade8, "grade:8"},     {kGroupGrade0 + 10, "grade:10"},
      {kGroupGrade0, ""},       {99, ""}};
  for (const auto& [code, name] : cases) EXPECT_EQ(GroupName(code), name) << "code " << code;
}

// Sorted by (depth, unit index, group): the county, m1 (1) before m2 (5),
// s1 (2) before s2 (6), then the classes; s3 has no respondents and is absent.
// Group order: all, F, M, grade:8, grade:9. k3's M group exists although r5
// has no score (n = 0 there).
TEST(AggregateScoresTest, CellsInOrder) {
  const auto all = Aggregated(TwoFactors({Background::kGender, Background::kGrade}), kSix);
  using C = std::pair<int, GroupCode>;
  // clang-format off
  const std::vector<C> expected = {
      {kC, kGroupAll},   {kC, kGroupFemale},  {kC, kGroupMale},  {kC, kGrade8},  {kC, kGrade9},
      {kM1, kGroupAll},  {kM1, kGroupFemale}, {kM1, kGroupMale}, {kM1, kGrade8}, {kM1, kGrade9},
      {kM2, kGroupAll},  {kM2, kGroupFemale}, {kM2, kGroupMale}, {kM2, kGrade8},
      {kS1, kGroupAll},  {kS1, kGroupFemale}, {kS1, kGroupMale}, {kS1, kGrade8}, {kS1, kGrade9},
      {kS2, kGroupAll},  {kS2, kGroupFemale}, {kS2, kGroupMale}, {kS2, kGrade8},
      {kK1, kGroupAll},  {kK1, kGroupFemale}, {kK1, kGroupMale}, {kK1, kGrade8},
      {kK2, kGroupAll},  {kK2, kGroupFemale}, {kK2, kGrade9},
      {kK3, kGroupAll},  {kK3, kGroupFemale}, {kK3, kGroupMale}, {kK3, kGrade8},
  };
  // clang-format on
  const auto cells = Cells(all, 3);
  ASSERT_EQ(cells.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i)
    EXPECT_EQ(cells[i], expected[i])
        << "cell " << i << ": expected " << Name(expected[i].first, expected[i].second, 0);
}

TEST(AggregateScoresTest, HandComputedMeansAndSds) {
  const auto all = Aggregated(TwoFactors({Background::kGender, Background::kGrade}), kSix);
  struct Case {
    int unit;
    GroupCode group;
    int score;
    int n;
    double mean, sd;
  };
  const Case cases[] = {
      // County, all: x0 = {1, 2, 4, 3, 5}: mean 3, deviations -2 -1 1 0 2,
      // SS 10, sd sqrt(10 / 4). x1 = {2, 5, 1}: mean 8/3, deviations -2/3,
      // 7/3, -5/3, SS 78/9, sd sqrt(78/9 / 2) = sqrt(13/3).
      {kC, kGroupAll, 0, 5, 3, std::sqrt(2.5)},
      {kC, kGroupAll, 1, 3, 8.0 / 3, std::sqrt(13.0 / 3)},
      // Area score missing for everybody: n 0, mean and sd missing.
      {kC, kGroupAll, 2, 0, kNaN, kNaN},
      // County F = r0 r3 r4: x0 {1, 3, 5} mean 3 sd 2; x1 {2, 5, 1} as above.
      {kC, kGroupFemale, 0, 3, 3, 2},
      {kC, kGroupFemale, 1, 3, 8.0 / 3, std::sqrt(13.0 / 3)},
      // County M = r1 r5: x0 {2}: n 1, sd missing; x1 nothing.
      {kC, kGroupMale, 0, 1, 2, kNaN},
      {kC, kGroupMale, 1, 0, kNaN, kNaN},
      // County grade 8 = r0 r1 r4 r5 (r2 has no grade): x0 {1, 2, 5} mean
      // 8/3, deviations -5/3 -2/3 7/3, SS 78/9, sd sqrt(13/3); x1 {2, 1}
      // mean 1.5 sd sqrt(0.5).
      {kC, kGrade8, 0, 3, 8.0 / 3, std::sqrt(13.0 / 3)},
      {kC, kGrade8, 1, 2, 1.5, std::sqrt(0.5)},
      {kC, kGrade9, 0, 1, 3, kNaN},
      {kC, kGrade9, 1, 1, 5, kNaN},
      // m1 = r0..r3: x0 {1, 2, 4, 3} mean 2.5, SS 2.25+.25+2.25+.25 = 5, sd
      // sqrt(5/3); x1 {2, 5} mean 3.5 sd sqrt(4.5).
      {kM1, kGroupAll, 0, 4, 2.5, std::sqrt(5.0 / 3)},
      {kM1, kGroupAll, 1, 2, 3.5, std::sqrt(4.5)},
      {kM1, kGroupFemale, 0, 2, 2, std::sqrt(2.0)},  // {1, 3}
      {kM1, kGrade8, 0, 2, 1.5, std::sqrt(0.5)},     // {1, 2}
      {kM1, kGrade8, 1, 1, 2, kNaN},                 // {2}
      // The school has the municipality's respondents.
      {kS1, kGroupAll, 0, 4, 2.5, std::sqrt(5.0 / 3)},
      // k1 = r0 r1 r2: x0 {1, 2, 4} mean 7/3, deviations -4/3 -1/3 5/3, SS
      // 42/9, sd sqrt(7/3).
      {kK1, kGroupAll, 0, 3, 7.0 / 3, std::sqrt(7.0 / 3)},
      {kK1, kGroupAll, 1, 1, 2, kNaN},
      {kK1, kGroupMale, 0, 1, 2, kNaN},
      {kK1, kGroupMale, 1, 0, kNaN, kNaN},
      {kK2, kGrade9, 1, 1, 5, kNaN},
      {kM2, kGroupAll, 0, 1, 5, kNaN},
      {kK3, kGroupMale, 0, 0, kNaN, kNaN},
      {kK3, kGrade8, 1, 1, 1, kNaN},
  };
  for (const Case& c : cases) {
    const std::string name = Name(c.unit, c.group, c.score);
    const Aggregate* a = Find(all, c.unit, c.group, c.score);
    ASSERT_NE(a, nullptr) << name;
    EXPECT_EQ(a->n, c.n) << name;
    if (std::isnan(c.mean)) {
      EXPECT_TRUE(std::isnan(a->mean)) << name << ": mean " << a->mean;
    } else {
      EXPECT_NEAR(a->mean, c.mean, 1e-12) << name;
    }
    if (std::isnan(c.sd)) {
      EXPECT_TRUE(std::isnan(a->sd)) << name << ": sd " << a->sd;
    } else {
      EXPECT_NEAR(a->sd, c.sd, 1e-12) << name;
    }
  }
}

// Groups by gender and grade only for instruments that collect them.
TEST(AggregateScoresTest, GroupsOnlyForCollectedBackground) {
  struct Case {
    const char* name;
    std::vector<Background> background;
    std::vector<GroupCode> county_groups;
  };
  const Case cases[] = {
      {"no background", {}, {kGroupAll}},
      {"gender", {Background::kGender}, {kGroupAll, kGroupFemale, kGroupMale}},
      {"grade", {Background::kGrade}, {kGroupAll, kGrade8, kGrade9}},
      {"both",
       {Background::kGrade, Background::kGender},
       {kGroupAll, kGroupFemale, kGroupMale, kGrade8, kGrade9}},
  };
  for (const Case& c : cases) {
    std::vector<GroupCode> groups;
    for (const auto& [unit, group] : Cells(Aggregated(TwoFactors(c.background), kSix), 3))
      if (unit == kC) groups.push_back(group);
    EXPECT_EQ(groups, c.county_groups) << c.name;
  }
}

// A respondent counts in its unit and in every unit above it, and nowhere else.
TEST(AggregateScoresTest, RespondentCountedInEveryAncestor) {
  const auto all = Aggregated(TwoFactors({}), {{kK3, Gender::kFemale, 8, 4, 2}});
  const auto cells = Cells(all, 3);
  const std::vector<std::pair<int, GroupCode>> expected = {
      {kC, kGroupAll}, {kM2, kGroupAll}, {kS2, kGroupAll}, {kK3, kGroupAll}};
  EXPECT_EQ(cells, expected);
  for (int unit : {kC, kM2, kS2, kK3}) {
    const Aggregate* a = Find(all, unit, kGroupAll, 0);
    ASSERT_NE(a, nullptr) << Name(unit, kGroupAll, 0);
    EXPECT_EQ(a->n, 1) << Name(unit, kGroupAll, 0);
    EXPECT_EQ(a->mean, 4) << Name(unit, kGroupAll, 0);
    EXPECT_TRUE(std::isnan(a->sd)) << Name(unit, kGroupAll, 0);
  }
}

TEST(AggregateScoresTest, NoRespondentsNoAggregates) {
  EXPECT_TRUE(Aggregated(TwoFactors({Background::kGender}), {}).empty());
}

// Regression guard for the two-pass SD: scores 1e9 + {1, 2, 3} have sd 1; the
// one-pass formula (sum x^2 - n mean^2) / (n - 1) loses every digit here.
TEST(AggregateScoresTest, TwoPassSdSurvivesALargeMean) {
  const double base = 1e9;
  const auto all = Aggregated(TwoFactors({}), {{kK1, Gender::kUnknown, 0, base + 1, 0.1},
                                               {kK1, Gender::kUnknown, 0, base + 2, 0.2},
                                               {kK1, Gender::kUnknown, 0, base + 3, 0.3}});
  const Aggregate* a = Find(all, kK1, kGroupAll, 0);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->mean, base + 2);
  EXPECT_NEAR(a->sd, 1.0, 1e-9);
  // 0.1, 0.2, 0.3: mean 0.2, sd 0.1.
  const Aggregate* b = Find(all, kK1, kGroupAll, 1);
  ASSERT_NE(b, nullptr);
  EXPECT_NEAR(b->mean, 0.2, 1e-15);
  EXPECT_NEAR(b->sd, 0.1, 1e-15);
}

// A grade outside 1-10 (never produced by the reader) is treated as unknown.
TEST(AggregateScoresTest, GradeOutsideRangeIsUnknown) {
  const auto all =
      Aggregated(TwoFactors({Background::kGrade}), {{kK1, Gender::kUnknown, 11, 3, 3}});
  for (const auto& [unit, group] : Cells(all, 3))
    EXPECT_EQ(group, kGroupAll) << Name(unit, group, 0);
}

}  // namespace
}  // namespace kfl
