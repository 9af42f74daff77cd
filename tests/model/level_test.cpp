#include "model/level.h"

#include <gtest/gtest.h>

namespace kfl {
namespace {

TEST(LevelTest, NamesRoundTrip) {
  for (Level l : {Level::kCounty, Level::kMunicipality, Level::kSchool, Level::kClass,
                  Level::kKindergarten, Level::kGroup}) {
    auto parsed = ParseLevel(LevelName(l));
    ASSERT_TRUE(parsed.has_value()) << LevelName(l);
    EXPECT_EQ(*parsed, l) << LevelName(l);
  }
  EXPECT_FALSE(ParseLevel("skole").has_value());
}

TEST(LevelTest, ParentsFollowTheHierarchy) {
  EXPECT_FALSE(ParentLevel(Level::kCounty).has_value());
  EXPECT_EQ(ParentLevel(Level::kMunicipality), Level::kCounty);
  EXPECT_EQ(ParentLevel(Level::kSchool), Level::kMunicipality);
  EXPECT_EQ(ParentLevel(Level::kClass), Level::kSchool);
  EXPECT_EQ(ParentLevel(Level::kKindergarten), Level::kMunicipality);
  EXPECT_EQ(ParentLevel(Level::kGroup), Level::kKindergarten);
  EXPECT_EQ(LevelDepth(Level::kGroup), 3);
}

}  // namespace
}  // namespace kfl
