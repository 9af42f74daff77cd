#include "synth/presets.h"

#include <gtest/gtest.h>

#include <set>

#include "synth/synth.h"

namespace kfl::synth {
namespace {

TEST(PresetsTest, EveryListedPresetExists) {
  for (const std::string& name : SynthPresets()) {
    const auto spec = FindPreset(name);
    ASSERT_TRUE(spec.has_value()) << name;
    EXPECT_EQ(spec->id, name);
    EXPECT_FALSE(spec->county_id.empty()) << name;
  }
  EXPECT_FALSE(FindPreset("oslo").has_value());
}

TEST(PresetsTest, HedmarkHasItsTwentyTwoMunicipalities) {
  const PresetSpec spec = *FindPreset("hedmark");
  EXPECT_EQ(spec.county_id, "hedmark");
  EXPECT_EQ(spec.county_name, "Hedmark");
  const std::vector<std::string> expected = {
      "Kongsvinger", "Hamar",  "Ringsaker", "Løten",   "Stange",      "Nord-Odal",
      "Sør-Odal",    "Eidskog", "Grue",     "Åsnes",   "Våler",       "Elverum",
      "Trysil",      "Åmot",   "Stor-Elvdal", "Rendalen", "Engerdal", "Tolga",
      "Tynset",      "Alvdal", "Folldal",   "Os"};
  std::vector<std::string> names;
  for (const auto& m : spec.municipalities) names.push_back(m.name);
  EXPECT_EQ(names, expected);
  EXPECT_EQ(spec.pupils, 22000);
  EXPECT_EQ(spec.schools, 126);
}

TEST(PresetsTest, InnlandetAndNorwayAreLarger) {
  const PresetSpec innlandet = *FindPreset("innlandet");
  EXPECT_EQ(innlandet.county_id, "innlandet");
  EXPECT_EQ(innlandet.municipalities.size(), 46u);
  std::set<std::string> names;
  for (const auto& m : innlandet.municipalities) EXPECT_TRUE(names.insert(m.name).second) << m.name;
  EXPECT_TRUE(names.count("Lillehammer") && names.count("Vang") && names.count("Os"));

  const PresetSpec norway = *FindPreset("norway");
  EXPECT_EQ(norway.county_id, "norge");
  EXPECT_EQ(norway.county_name, "Norge");
  EXPECT_EQ(norway.municipalities.size(), 357u);
  EXPECT_EQ(norway.pupils, 630000);
}

TEST(PresetsTest, TinyIsSmallAndExplicit) {
  const PresetSpec tiny = *FindPreset("tiny");
  EXPECT_EQ(tiny.county_id, "testfylke");
  EXPECT_EQ(tiny.municipalities.size(), 2u);
  EXPECT_EQ(tiny.explicit_schools.size(), 4u);
}

}  // namespace
}  // namespace kfl::synth
