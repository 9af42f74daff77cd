#include "io/contract_names.h"

#include <gtest/gtest.h>

#include "model/instrument.h"
#include "model/level.h"

namespace kfl {
namespace {

TEST(ContractNamesTest, NamesParseBack) {
  for (const std::string& name : LevelNames()) EXPECT_TRUE(ParseLevel(name)) << name;
  for (const std::string& name : RespondentNames()) EXPECT_TRUE(ParseRespondent(name)) << name;
  for (const std::string& name : BackgroundNames()) EXPECT_TRUE(ParseBackground(name)) << name;
  EXPECT_EQ(LevelNames().size(), 6u);
  EXPECT_EQ(RespondentNames().size(), 6u);
  EXPECT_EQ(LanguageNames(), (std::vector<std::string>{"nb", "nn", "en"}));
  EXPECT_TRUE(IsOneOf("nn", LanguageNames()));
  EXPECT_FALSE(IsOneOf("no", LanguageNames()));
}

}  // namespace
}  // namespace kfl
