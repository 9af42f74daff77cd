#include "synth/effects.h"

#include <gtest/gtest.h>

#include <cmath>

#include "synth/instrument_model.h"

namespace kfl::synth {
namespace {

double Correlation(const std::vector<double>& x, const std::vector<double>& y) {
  double mx = 0, my = 0;
  for (size_t i = 0; i < x.size(); ++i) mx += x[i] / x.size(), my += y[i] / y.size();
  double sxy = 0, sxx = 0, syy = 0;
  for (size_t i = 0; i < x.size(); ++i) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) * (x[i] - mx);
    syy += (y[i] - my) * (y[i] - my);
  }
  return sxy / std::sqrt(sxx * syy);
}

int GlobalFactor(const std::string& instrument, const std::string& factor) {
  for (const InstrumentModel& m : InstrumentModels())
    if (m.def.id == instrument)
      for (size_t f = 0; f < m.def.factors.size(); ++f)
        if (m.def.factors[f].id == factor) return m.first_factor + static_cast<int>(f);
  return -1;
}

class EffectsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    population_ = new Population(BuildPopulation(*FindPreset("norway"), 1));
    effects_ = new Effects(*population_, {2016, 2018, 2020}, 1);
  }
  static void TearDownTestSuite() {
    delete effects_;
    delete population_;
  }
  static Population* population_;
  static Effects* effects_;
};

Population* EffectsTest::population_ = nullptr;
Effects* EffectsTest::effects_ = nullptr;

TEST_F(EffectsTest, IndicatorsAreInRangeAndCorrelated) {
  std::vector<double> points, education, achievement;
  const int faglig = GlobalFactor("kontaktlaerer", "faglig_niva");
  ASSERT_GE(faglig, 0);
  for (size_t m = 0; m < population_->municipalities.size(); ++m) {
    const MunicipalityIndicators& ind = effects_->Indicators(static_cast<int>(m));
    ASSERT_EQ(ind.grunnskolepoeng.size(), 3u);
    for (int w = 0; w < 3; ++w) {
      EXPECT_TRUE(ind.grunnskolepoeng[w] >= 37.5 && ind.grunnskolepoeng[w] <= 44);
      EXPECT_TRUE(ind.foreldre_hoyere_utdanning[w] >= 0.2 && ind.foreldre_hoyere_utdanning[w] <= 0.5);
    }
    points.push_back(ind.grunnskolepoeng[0]);
    education.push_back(ind.foreldre_hoyere_utdanning[0]);
    // The municipality's simulated achievement: its schools' mean effect on
    // Skolefaglige prestasjoner.
    double sum = 0;
    for (int s : population_->municipalities[m].schools) sum += effects_->Units(s, -1, 0, faglig);
    achievement.push_back(sum / population_->municipalities[m].schools.size());
  }
  const double r = Correlation(points, education);
  EXPECT_GT(r, 0.55) << "SSB: social background and grunnskolepoeng";
  EXPECT_LT(r, 0.8);
  EXPECT_GT(Correlation(points, achievement), 0.4);
}

TEST_F(EffectsTest, TrendsAreModestAndMostlyPositive) {
  int positive = 0;
  const int n = static_cast<int>(population_->schools.size());
  for (int s = 0; s < n; ++s) {
    EXPECT_LT(std::fabs(effects_->Trend(s)), 0.3) << s;
    positive += effects_->Trend(s) > 0;
  }
  EXPECT_GT(positive, n * 0.9);
}

TEST_F(EffectsTest, SchoolEffectsVaryAsTheirShares) {
  const int trivsel = GlobalFactor("elev_5_10", "trivsel_skole");
  double sum = 0, sq = 0;
  const int n = static_cast<int>(population_->schools.size());
  for (int s = 0; s < n; ++s) {
    const double x = effects_->Units(s, -1, 0, trivsel);
    sum += x;
    sq += x * x;
  }
  const double var = sq / n - (sum / n) * (sum / n);
  const FactorModel& f = InstrumentModels()[1].factors[0];
  EXPECT_NEAR(var, f.var_municipality + f.var_school, 0.02);
}

TEST_F(EffectsTest, AClassEffectFollowsItsYearGroupNotItsName) {
  const int trivsel = GlobalFactor("elev_5_10", "trivsel_skole");
  int compared = 0;
  for (const SynthSchool& school : population_->schools) {
    for (int c : school.classes) {
      const SynthClass& a = population_->classes[c];
      // The class of the same section two grades up: the same pupils two
      // years (one wave) later.
      for (int d : school.classes) {
        const SynthClass& b = population_->classes[d];
        if (b.grade != a.grade + 2 || b.name.substr(b.name.size() - 1) != a.name.substr(a.name.size() - 1)) {
          continue;
        }
        bool planted = false;
        for (const Effects::PlantedYearGroup& p : effects_->Planted()) planted |= p.school == a.school;
        if (planted) continue;
        EXPECT_DOUBLE_EQ(effects_->Units(a.school, c, 0, trivsel), effects_->Units(b.school, d, 1, trivsel))
            << a.id << " in 2016 and " << b.id << " in 2018";
        ++compared;
        // The same name in the next wave is another year group.
        EXPECT_NE(effects_->Units(a.school, c, 0, trivsel), effects_->Units(a.school, c, 1, trivsel)) << a.id;
      }
    }
  }
  EXPECT_GT(compared, 1000);
}

TEST_F(EffectsTest, PlantedYearGroupsAreHalfAnSdInTheLastWaveOnly) {
  const int trivsel = GlobalFactor("elev_5_10", "trivsel_skole");
  ASSERT_GE(effects_->Planted().size(), 3u);
  for (const Effects::PlantedYearGroup& p : effects_->Planted()) {
    EXPECT_EQ(p.wave, 2);
    EXPECT_DOUBLE_EQ(std::fabs(p.d), 0.5);
    const SynthSchool& school = population_->schools[p.school];
    int found = 0;
    for (int c : school.classes) {
      const SynthClass& k = population_->classes[c];
      if (2020 - k.grade != p.start_year) continue;
      // Two grades younger in 2018: the same pupils without the effect.
      for (int d : school.classes) {
        const SynthClass& y = population_->classes[d];
        if (y.grade != k.grade - 2 || y.name.back() != k.name.back()) continue;
        EXPECT_NEAR(effects_->Units(p.school, c, 2, trivsel) - effects_->Units(p.school, d, 1, trivsel), p.d,
                    1e-12);
        ++found;
      }
    }
    EXPECT_GT(found, 0) << school.id;
  }
}

}  // namespace
}  // namespace kfl::synth
