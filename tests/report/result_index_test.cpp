#include "report/result_index.h"

#include <gtest/gtest.h>

namespace kfl {
namespace {

TEST(ResultIndexTest, FindsPartsAndBlocks) {
  DataSet data;
  data.project.waves = {{"2016", ""}, {"2018", ""}};
  Instrument a, b;
  a.factors = {Factor{}};
  a.areas = {Area{}};  // 2 scores
  b.factors = {Factor{}, Factor{}};
  b.areas = {Area{}};  // 3 scores
  data.instruments = {a, b};
  Results results;
  WaveResult p;
  p.wave = 1;
  p.instrument = 1;
  for (int unit : {0, 3}) {
    for (GroupCode g : {kGroupAll, kGroupFemale}) {
      for (int s = 0; s < 3; ++s) p.aggregates.push_back({unit, g, int16_t(s), 5, 1, 1});
    }
  }
  results.waves = {p};
  ResultIndex index(data, results);
  EXPECT_EQ(index.Part(1, 1), 0);
  EXPECT_EQ(index.Part(0, 1), -1);
  EXPECT_EQ(index.Part(1, 0), -1);
  EXPECT_EQ(index.Part(2, 0), -1) << "no such wave";
  EXPECT_EQ(index.Block(0, 0, kGroupAll), 0);
  EXPECT_EQ(index.Block(0, 0, kGroupFemale), 3);
  EXPECT_EQ(index.Block(0, 3, kGroupAll), 6);
  EXPECT_EQ(index.Block(0, 3, kGroupMale), -1);
  EXPECT_EQ(index.Block(0, 1, kGroupAll), -1);
  EXPECT_EQ(index.Block(-1, 0, kGroupAll), -1);
}

}  // namespace
}  // namespace kfl
