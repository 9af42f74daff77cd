#include "privacy/audience.h"

#include <gtest/gtest.h>

namespace kfl {
namespace {

TEST(AudienceTest, PublicSeesPublicLevelsWithThePublicThreshold) {
  Project project;
  project.privacy = {.min_n_public = 12, .min_n_restricted = 6, .min_cell = 4};
  project.public_levels = {Level::kCounty, Level::kSchool};
  const Audience pub = PublicAudience(project);
  EXPECT_EQ(pub.min_n, 12);
  EXPECT_EQ(pub.min_cell, 4);
  EXPECT_TRUE(pub.Shows(Level::kSchool));
  EXPECT_FALSE(pub.Shows(Level::kMunicipality));
  EXPECT_FALSE(pub.Shows(Level::kClass));
  const Audience restricted = MakeAudience(project, AudienceKind::kRestricted);
  EXPECT_EQ(restricted.min_n, 6);
  for (Level l : {Level::kCounty, Level::kMunicipality, Level::kSchool, Level::kClass,
                  Level::kKindergarten, Level::kGroup})
    EXPECT_TRUE(restricted.Shows(l)) << LevelName(l);
}

}  // namespace
}  // namespace kfl
