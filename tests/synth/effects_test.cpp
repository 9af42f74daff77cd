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
    effects_ = new Effects(*population_, 3, 1);
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
    for (int s : population_->municipalities[m].schools) sum += effects_->Units(s, -1, faglig);
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
    const double x = effects_->Units(s, -1, trivsel);
    sum += x;
    sq += x * x;
  }
  const double var = sq / n - (sum / n) * (sum / n);
  const FactorModel& f = InstrumentModels()[1].factors[0];
  EXPECT_NEAR(var, f.var_municipality + f.var_school, 0.02);
}

}  // namespace
}  // namespace kfl::synth
