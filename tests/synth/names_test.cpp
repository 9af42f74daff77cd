#include "synth/names.h"

#include <gtest/gtest.h>

#include <set>

namespace kfl::synth {
namespace {

TEST(NamesTest, IdPartIsLowerCaseAscii) {
  const struct {
    const char* name;
    const char* id;
  } kCases[] = {
      {"Hamar", "hamar"},
      {"Sør-Odal", "sor-odal"},
      {"Østre Toten", "ostre-toten"},
      {"Åmot", "amot"},
      {"Våler", "valer"},
      {"Nord-Aurdal", "nord-aurdal"},
      {"Særheim", "saerheim"},
      {"Øystre Slidre", "oystre-slidre"},
      {"  Rare -- navn! ", "rare-navn"},
  };
  for (const auto& c : kCases) EXPECT_EQ(IdPart(c.name), c.id) << c.name;
}

TEST(NamesTest, MunicipalitiesAreDistinctAndSumToTheTotal) {
  const std::vector<MunicipalitySpec> list = GenerateMunicipalities(357, 5300000);
  ASSERT_EQ(list.size(), 357u);
  std::set<std::string> names, ids;
  long total = 0;
  for (const MunicipalitySpec& m : list) {
    EXPECT_TRUE(names.insert(m.name).second) << m.name;
    ids.insert(IdPart(m.name));
    EXPECT_GE(m.population, 200) << m.name;
    total += m.population;
  }
  EXPECT_NEAR(total, 5300000, 5300000 * 0.01);
  EXPECT_GT(list.front().population, 50 * list.back().population) << "cities and villages";
  // Independent of any seed: the same country every time.
  EXPECT_EQ(GenerateMunicipalities(357, 5300000)[10].name, list[10].name);
}

TEST(NamesTest, SchoolNamesAreUniqueWithinAMunicipality) {
  SchoolNamer namer("Trysil");
  Random rng(5);
  EXPECT_EQ(namer.Next(rng, "ungdomsskole", true), "Trysil ungdomsskole");
  std::set<std::string> names{"Trysil ungdomsskole"};
  for (int i = 0; i < 300; ++i) {
    const std::string name = namer.Next(rng, i % 2 ? "skole" : "barneskole", i == 7);
    EXPECT_TRUE(names.insert(name).second) << name;
    EXPECT_EQ(name.substr(name.size() - 5), "skole") << name;
  }
}

TEST(NamesTest, KindergartenAndGroupNames) {
  SchoolNamer namer("Hamar");
  Random rng(7);
  std::set<std::string> names;
  for (int i = 0; i < 40; ++i) {
    const std::string name = namer.NextKindergarten(rng);
    EXPECT_TRUE(names.insert(name).second) << name;
    EXPECT_EQ(name.substr(name.size() - 10), " barnehage") << name;
  }
  for (int count : {1, 4, 24, 30}) {
    const std::vector<std::string> groups = GroupNames(rng, count);
    ASSERT_EQ(groups.size(), static_cast<size_t>(count));
    EXPECT_EQ(std::set<std::string>(groups.begin(), groups.end()).size(), groups.size())
        << count << " groups: a name twice";
  }
}

}  // namespace
}  // namespace kfl::synth
