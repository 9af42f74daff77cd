#include "privacy/disclosure.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "stats/aggregate.h"
#include "stats/fixtures.h"
#include "stats/scoring.h"

namespace kfl {
namespace {

using stats_test::MakeInstrument;
using stats_test::MakeTable;
using stats_test::MakeTree;
using stats_test::Row;

// One area with one factor of one item: scores f0 (0) and a0 (1), with gender
// and grade collected.
Instrument OneItem() {
  return MakeInstrument({{{false}}}, 1, 5, {Background::kGender, Background::kGrade});
}

// county > municipality k > school s > classes c1, c2, c3; a second
// municipality k2 > school s2 > class d1.
UnitTree Tree() {
  return MakeTree({{"county", Level::kCounty, ""},
                   {"k", Level::kMunicipality, "county"},
                   {"s", Level::kSchool, "k"},
                   {"c1", Level::kClass, "s"},
                   {"c2", Level::kClass, "s"},
                   {"c3", Level::kClass, "s"},
                   {"k2", Level::kMunicipality, "county"},
                   {"s2", Level::kSchool, "k2"},
                   {"d1", Level::kClass, "s2"}});
}

// `count` respondents in `unit` with this gender and grade, answering 1..5 in turn.
void AddPupils(std::vector<Row>* rows, int unit, int count, Gender gender = Gender::kUnknown,
               int grade = 0) {
  for (int i = 0; i < count; ++i)
    rows->push_back({unit, gender, grade, {static_cast<int8_t>(1 + rows->size() % 5)}});
}

// The decisions, by "unit group" ("s all", "c1 gender:F"), for score 0.
std::map<std::string, Disclosure> Decide(const UnitTree& units, const std::vector<Row>& rows,
                                         const Audience& audience) {
  const Instrument in = OneItem();
  const ResponseTable table = MakeTable(1, rows);
  const std::vector<Aggregate> aggs =
      AggregateScores(units, in, table, ScoreResponses(in, table, 0.5));
  const std::vector<Disclosure> d = DecideDisclosure(units, in, aggs, audience);
  std::map<std::string, Disclosure> out;
  for (size_t i = 0; i < aggs.size(); ++i) {
    if (aggs[i].score != 0) continue;
    out[units[aggs[i].unit].id + " " + GroupName(aggs[i].group)] = d[i];
    // A single-factor area is its factor: both always get the same decision.
    EXPECT_EQ(d[i], d[i + 1]) << units[aggs[i].unit].id << " " << GroupName(aggs[i].group);
  }
  return out;
}

Audience AllLevels(int min_n) {
  return {.levels = {Level::kCounty, Level::kMunicipality, Level::kSchool, Level::kClass},
          .min_n = min_n};
}

constexpr Disclosure kPub = Disclosure::kPublished;
constexpr Disclosure kFew = Disclosure::kTooFew;
constexpr Disclosure kComp = Disclosure::kComplementary;
constexpr Disclosure kNot = Disclosure::kNotShown;

std::string Name(Disclosure d) {
  switch (d) {
    case Disclosure::kPublished:
      return "published";
    case Disclosure::kTooFew:
      return "too few";
    case Disclosure::kComplementary:
      return "complementary";
    case Disclosure::kNotShown:
      return "not shown";
  }
  return "?";
}

struct Case {
  const char* name;
  std::vector<std::pair<int, int>> classes;  // (unit, pupils) without background
  Audience audience;
  std::map<std::string, Disclosure> expected;  // the cells checked
};

TEST(DisclosureTest, ParentsAndChildren) {
  const UnitTree units = Tree();
  const Case cases[] = {
      // The classic attack: the school's 16 minus class c1's 12 would give
      // class c2's 4, so c1 is hidden too.
      {"two classes of 12 and 4, threshold 10",
       {{3, 12}, {4, 4}, {8, 30}},
       AllLevels(10),
       {{"s all", kPub}, {"c1 all", kComp}, {"c2 all", kFew}, {"d1 all", kPub}}},
      // The public site has no classes at all: nothing to subtract.
      {"the same on the public levels",
       {{3, 12}, {4, 4}, {8, 30}},
       {.levels = {Level::kCounty, Level::kMunicipality, Level::kSchool}, .min_n = 10},
       {{"s all", kPub}, {"c1 all", kNot}, {"c2 all", kNot}}},
      // The next smallest sibling goes, the largest stays.
      {"three classes, one small",
       {{3, 20}, {4, 15}, {5, 3}, {8, 30}},
       AllLevels(10),
       {{"c1 all", kPub}, {"c2 all", kComp}, {"c3 all", kFew}}},
      // Two small classes (4 + 3) would still give the mean of 7 pupils
      // pooled: the large one is hidden too.
      {"two small classes pooled below the threshold",
       {{3, 20}, {4, 4}, {5, 3}, {8, 30}},
       AllLevels(10),
       {{"c1 all", kComp}, {"c2 all", kFew}, {"c3 all", kFew}, {"s all", kPub}}},
      // Pooled 5 + 6 = 11 >= 10: nothing more to hide.
      {"two small classes pooled above the threshold",
       {{3, 20}, {4, 5}, {5, 6}, {8, 30}},
       AllLevels(10),
       {{"c1 all", kPub}, {"c2 all", kFew}, {"c3 all", kFew}}},
      // A school with one class is that class: nothing is derivable that is
      // not published anyway.
      {"a single child",
       {{8, 8}, {3, 30}},
       AllLevels(5),
       {{"s2 all", kPub}, {"d1 all", kPub}, {"k2 all", kPub}}},
      // The municipality k2 (7 pupils) is hidden, so the county minus k
      // would give it: k is hidden as well, and with it one of its schools'
      // chains (k = s), down to the class.
      {"a small municipality",
       {{3, 30}, {8, 7}},
       AllLevels(10),
       {{"county all", kPub},
        {"k2 all", kFew},
        {"k all", kComp},
        {"s all", kComp},
        {"c1 all", kComp}}},
  };
  for (const Case& c : cases) {
    std::vector<Row> rows;
    for (const auto& [unit, pupils] : c.classes) AddPupils(&rows, unit, pupils);
    const auto got = Decide(units, rows, c.audience);
    for (const auto& [cell, want] : c.expected) {
      ASSERT_TRUE(got.count(cell)) << c.name << ": no aggregate for " << cell;
      EXPECT_EQ(Name(got.at(cell)), Name(want)) << c.name << ": " << cell;
    }
  }
}

TEST(DisclosureTest, TheRespondentsWithoutAGenderAreProtected) {
  // Class d1: 6 girls, 5 boys and 1 pupil without a gender. all - F - M
  // would be that one pupil: the smaller gender group is hidden too.
  const UnitTree units = Tree();
  std::vector<Row> rows;
  AddPupils(&rows, 8, 6, Gender::kFemale);
  AddPupils(&rows, 8, 5, Gender::kMale);
  AddPupils(&rows, 8, 1);
  const auto got = Decide(units, rows, AllLevels(5));
  EXPECT_EQ(Name(got.at("d1 all")), "published");
  EXPECT_EQ(Name(got.at("d1 gender:F")), "published");
  EXPECT_EQ(Name(got.at("d1 gender:M")), "complementary");
  // And the chain above: school s2 = class d1 in every group, so s2's boys
  // would give d1's; they are hidden the same way.
  EXPECT_EQ(Name(got.at("s2 gender:M")), "complementary");
}

TEST(DisclosureTest, GradesAndGendersTogether) {
  // School s: class c1 grade 8 (8 F, 8 M), class c2 grade 9 (7 F, 2 M).
  // Threshold 5: c2's boys are too few; c2 = F + M gives them back unless
  // c2's girls go too; then the school's girls minus c1's girls would give
  // c2's girls, so c1's girls go; and so on until nothing is derivable.
  const UnitTree units = Tree();
  std::vector<Row> rows;
  AddPupils(&rows, 3, 8, Gender::kFemale, 8);
  AddPupils(&rows, 3, 8, Gender::kMale, 8);
  AddPupils(&rows, 4, 7, Gender::kFemale, 9);
  AddPupils(&rows, 4, 2, Gender::kMale, 9);
  const auto got = Decide(units, rows, AllLevels(5));
  EXPECT_EQ(Name(got.at("c2 gender:M")), "too few");
  EXPECT_EQ(Name(got.at("c2 gender:F")), "complementary");
  EXPECT_EQ(Name(got.at("s all")), "published");
  EXPECT_EQ(Name(got.at("s gender:F")), "published");
  EXPECT_EQ(Name(got.at("s gender:M")), "published");
  // c2's only grade is c2 itself: c2 is published, so is its grade 9.
  EXPECT_EQ(Name(got.at("c2 all")), "published");
  EXPECT_EQ(Name(got.at("c2 grade:9")), "published");
}

TEST(DisclosureTest, TheExactCheckFindsWhatTheRulesMiss) {
  // Public levels without the municipality: county = k + k2, with k2 of 5
  // pupils. Both municipalities are unpublished, but k (30) is its school s
  // again, which is published: county - s would give k2. The rules see two
  // hidden parts; the exact check sees through it and hides s (and with it
  // its class chain is not shown anyway).
  const UnitTree units = Tree();
  std::vector<Row> rows;
  AddPupils(&rows, 3, 30);
  AddPupils(&rows, 8, 5);
  const Audience audience{.levels = {Level::kCounty, Level::kSchool}, .min_n = 10};
  const auto got = Decide(units, rows, audience);
  EXPECT_EQ(Name(got.at("county all")), "published");
  EXPECT_EQ(Name(got.at("k all")), "not shown");
  EXPECT_EQ(Name(got.at("s2 all")), "too few");
  EXPECT_EQ(Name(got.at("s all")), "complementary");
}

TEST(DisclosureTest, WhatALessPrivilegedAudiencePublishesStaysPublished) {
  // The public view publishes the school (16); the restricted view must
  // then keep it and protect class c2 (4) by hiding c1 instead.
  const UnitTree units = Tree();
  std::vector<Row> rows;
  AddPupils(&rows, 3, 12);
  AddPupils(&rows, 4, 4);
  AddPupils(&rows, 8, 30);
  const Instrument in = OneItem();
  const ResponseTable table = MakeTable(1, rows);
  const auto aggs = AggregateScores(units, in, table, ScoreResponses(in, table, 0.5));
  const Audience pub{.levels = {Level::kCounty, Level::kMunicipality, Level::kSchool}, .min_n = 10};
  const auto public_view = DecideDisclosure(units, in, aggs, pub);
  const auto restricted_view = DecideDisclosure(units, in, aggs, AllLevels(5), &public_view);
  for (size_t i = 0; i < aggs.size(); ++i) {
    const std::string cell = units[aggs[i].unit].id + " " + GroupName(aggs[i].group);
    if (public_view[i] == kPub) {
      EXPECT_EQ(Name(restricted_view[i]), "published") << cell;
    }
    if (cell == "c1 all") {
      EXPECT_EQ(Name(restricted_view[i]), "complementary");
    }
    if (cell == "c2 all") {
      EXPECT_EQ(Name(restricted_view[i]), "too few");
    }
  }
}

}  // namespace
}  // namespace kfl
