#include "synth/population.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

namespace kfl::synth {
namespace {

Population Build(const std::string& preset, uint64_t seed = 1) {
  return BuildPopulation(*FindPreset(preset), seed);
}

void CheckShape(const Population& pop, const std::string& what) {
  std::set<std::string> ids;
  for (const SynthMunicipality& m : pop.municipalities) {
    EXPECT_TRUE(ids.insert(m.id).second) << what << ": " << m.id;
    EXPECT_EQ(m.id.rfind("k-", 0), 0u) << what << ": " << m.id;
    EXPECT_FALSE(m.schools.empty()) << what << ": " << m.id << " has no school";
  }
  for (size_t s = 0; s < pop.schools.size(); ++s) {
    const SynthSchool& school = pop.schools[s];
    EXPECT_TRUE(ids.insert(school.id).second) << what << ": " << school.id;
    EXPECT_EQ(school.id.rfind("s-" + pop.municipalities[school.municipality].id.substr(2) + "-", 0), 0u)
        << what << ": " << school.id;
    EXPECT_FALSE(school.classes.empty()) << what << ": " << school.id;
    EXPECT_GE(school.teachers, 2) << what << ": " << school.id;
    EXPECT_TRUE(school.leaders >= 1 && school.leaders <= 3) << what << ": " << school.id;
    int pupils = 0;
    for (int c : school.classes) {
      const SynthClass& k = pop.classes[c];
      EXPECT_TRUE(ids.insert(k.id).second) << what << ": " << k.id;
      EXPECT_EQ(k.school, static_cast<int>(s)) << what << ": " << k.id;
      EXPECT_GE(k.grade, school.first_grade) << what << ": " << k.id;
      EXPECT_LE(k.grade, school.last_grade) << what << ": " << k.id;
      EXPECT_GE(k.enrolled, 1) << what << ": " << k.id;
      EXPECT_LE(k.enrolled, kMaxClassSize) << what << ": " << k.id;
      EXPECT_EQ(k.name.substr(0, k.name.size() - 1), std::to_string(k.grade)) << what << ": " << k.name;
      pupils += k.enrolled;
    }
    EXPECT_EQ(pupils, school.pupils) << what << ": " << school.id;
  }
}

// Kindergartens: ids under their municipality, groups of at most
// kMaxGroupSize children whose sum is the kindergarten's; generated ones
// have at least kMinGroupSize unless a kindergarten is one small group
// (tiny's explicit ones are small on purpose).
void CheckKindergartens(const Population& pop, const std::string& what, bool generated) {
  for (size_t k = 0; k < pop.kindergartens.size(); ++k) {
    const SynthKindergarten& kg = pop.kindergartens[k];
    EXPECT_EQ(kg.id.rfind("b-" + pop.municipalities[kg.municipality].id.substr(2) + "-", 0), 0u)
        << what << ": " << kg.id;
    EXPECT_FALSE(kg.groups.empty()) << what << ": " << kg.id;
    int children = 0;
    std::set<std::string> names;
    for (int g : kg.groups) {
      const SynthGroup& group = pop.groups[g];
      EXPECT_EQ(group.kindergarten, static_cast<int>(k)) << what << ": " << group.id;
      EXPECT_EQ(group.id.rfind("g-" + kg.id.substr(2) + "-", 0), 0u) << what << ": " << group.id;
      EXPECT_TRUE(names.insert(group.name).second) << what << ": " << group.name << " twice";
      EXPECT_LE(group.enrolled, kMaxGroupSize) << what << ": " << group.id;
      if (generated && kg.groups.size() > 1) {
        EXPECT_GE(group.enrolled, kMinGroupSize) << what << ": " << group.id;
      }
      children += group.enrolled;
    }
    EXPECT_EQ(children, kg.children) << what << ": " << kg.id;
  }
}

TEST(PopulationTest, KindergartensHaveGroupsOfTenToTwentyChildren) {
  const Population tiny = Build("tiny");
  CheckKindergartens(tiny, "tiny", false);
  ASSERT_EQ(tiny.kindergartens.size(), 2u);
  EXPECT_TRUE(tiny.municipalities[1].kindergartens.empty()) << "Søndre Ås: schools only";
  EXPECT_EQ(tiny.Children(), 16 + 14 + 12 + 7);
  EXPECT_EQ(tiny.groups[0].id, "g-fjellvik-01-1");
  const Population hedmark = Build("hedmark");
  CheckKindergartens(hedmark, "hedmark", true);
  EXPECT_EQ(hedmark.kindergartens.size(), 150u);
  EXPECT_NEAR(hedmark.Children(), 9000, 100);
  for (const SynthMunicipality& m : hedmark.municipalities)
    EXPECT_FALSE(m.kindergartens.empty()) << m.name;
}

TEST(PopulationTest, TinyHasFourSchoolsAndFitsItsPurpose) {
  const Population pop = Build("tiny");
  CheckShape(pop, "tiny");
  EXPECT_EQ(pop.county_id, "testfylke");
  ASSERT_EQ(pop.municipalities.size(), 2u);
  EXPECT_EQ(pop.municipalities[1].id, "k-sondre-as");
  EXPECT_EQ(pop.schools.size(), 4u);
  EXPECT_LT(pop.Pupils(), 500);
  // Small classes (below the privacy thresholds) and a grade with two classes.
  int small = 0, sections_b = 0;
  for (const SynthClass& c : pop.classes) {
    small += c.enrolled < 10;
    sections_b += c.name.back() == 'B';
  }
  EXPECT_GT(small, 0);
  EXPECT_GT(sections_b, 0);
  EXPECT_EQ(pop.classes[0].id, "c-fjellvik-01-1a");
}

TEST(PopulationTest, HedmarkHasTheSeedsSizes) {
  const Population pop = Build("hedmark");
  CheckShape(pop, "hedmark");
  EXPECT_EQ(pop.municipalities.size(), 22u);
  EXPECT_EQ(pop.schools.size(), 126u);
  EXPECT_NEAR(pop.Pupils(), 22000, 500);
  EXPECT_NEAR(pop.Teachers(), 2650, 30);
  std::map<std::pair<int, int>, int> kinds;  // (first, last grade) -> schools
  int tiny_grades = 0;
  for (const SynthSchool& s : pop.schools) ++kinds[{s.first_grade, s.last_grade}];
  for (const SynthClass& c : pop.classes) tiny_grades += c.enrolled <= 8;
  EXPECT_GT((kinds[{1, 7}]), 40);
  EXPECT_GT((kinds[{8, 10}]), 10);
  EXPECT_GT((kinds[{1, 10}]), 10);
  EXPECT_GT(tiny_grades, 50) << "small rural schools with few pupils per grade";
  // The biggest municipality has the most schools; the smallest has one or two.
  EXPECT_GE(pop.municipalities[2].schools.size(), 10u);  // Ringsaker
  EXPECT_LE(pop.municipalities[16].schools.size(), 2u);  // Engerdal
}

TEST(PopulationTest, SameSeedSamePopulationAnotherSeedAnother) {
  const Population a = Build("hedmark", 3), b = Build("hedmark", 3), c = Build("hedmark", 4);
  ASSERT_EQ(a.classes.size(), b.classes.size());
  for (size_t i = 0; i < a.classes.size(); ++i) {
    EXPECT_EQ(a.classes[i].id, b.classes[i].id);
    EXPECT_EQ(a.classes[i].enrolled, b.classes[i].enrolled);
  }
  bool differs = a.classes.size() != c.classes.size();
  for (size_t i = 0; !differs && i < a.classes.size(); ++i)
    differs = a.classes[i].enrolled != c.classes[i].enrolled || a.classes[i].id != c.classes[i].id;
  EXPECT_TRUE(differs);
}

TEST(PopulationTest, LargerPresetsHaveTheirSizes) {
  const Population innlandet = Build("innlandet");
  CheckShape(innlandet, "innlandet");
  EXPECT_EQ(innlandet.municipalities.size(), 46u);
  EXPECT_NEAR(innlandet.Pupils(), 40000, 1000);

  const Population norway = Build("norway");
  EXPECT_EQ(norway.municipalities.size(), 357u);
  EXPECT_NEAR(static_cast<double>(norway.schools.size()), 2700, 50);
  EXPECT_NEAR(norway.Pupils(), 630000, 15000);
}

}  // namespace
}  // namespace kfl::synth
