#include "synth/effects.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "synth/instrument_model.h"
#include "synth/random.h"

namespace kfl::synth {
namespace {

enum StreamTag : uint64_t {
  kStreamMunicipality = 10,
  kStreamSchool = 11,
  kStreamClass = 12,
  kStreamKgMunicipality = 13,
  kStreamKindergarten = 14,
  kStreamGroup = 15,
};

// Correlation of a unit's effects on two different factors is kShared^2.
constexpr double kShared = 0.6;

double Clamp(double x, double lo, double hi) { return std::min(hi, std::max(lo, x)); }

// Per global factor: the variance share of each level.
struct LevelShares {
  std::vector<double> municipality, school, klass;
  std::vector<bool> achievement;
};

// The shares of the school instruments' factors, or of the kindergarten
// instruments' (whose "school" is the kindergarten and "class" the group).
LevelShares Shares(bool kindergarten) {
  LevelShares s;
  for (const InstrumentModel& ins : InstrumentModels()) {
    if (IsKindergartenLevel(ins.def.unit_level) != kindergarten) continue;
    for (const FactorModel& f : ins.factors) {
      s.municipality.push_back(std::sqrt(f.var_municipality));
      s.school.push_back(std::sqrt(f.var_school));
      s.klass.push_back(std::sqrt(f.var_class));
      s.achievement.push_back(f.achievement);
    }
  }
  return s;
}

// Fills out[0..sd.size()) with sd[f] * (kShared * general + sqrt(1 - kShared^2) * specific_f).
void UnitEffects(Random& rng, double general, const std::vector<double>& sd, double* out) {
  const double specific = std::sqrt(1 - kShared * kShared);
  for (size_t f = 0; f < sd.size(); ++f) out[f] = sd[f] * (kShared * general + specific * rng.Normal());
}

}  // namespace

Effects::Effects(const Population& population, const std::vector<int>& wave_years, uint64_t seed)
    : factors_(SchoolFactors()),
      waves_(static_cast<int>(wave_years.size())),
      wave_years_(wave_years) {
  const int waves = waves_;
  for (const SynthSchool& s : population.schools) school_municipality_.push_back(s.municipality);
  const LevelShares shares = Shares(false);
  const size_t nm = population.municipalities.size();
  municipality_.resize(nm * factors_);
  indicators_.resize(nm);
  std::vector<double> municipal_trend(nm);
  for (size_t m = 0; m < nm; ++m) {
    Random rng(StreamSeed(seed, {kStreamMunicipality, m}));
    // Education level of the parents and the achievement level that goes
    // with it (r about 0.8); the municipality's general quality effect is
    // related to achievement only loosely.
    const double education = rng.Normal();
    const double achievement = 0.8 * education + 0.6 * rng.Normal();
    const double general = 0.5 * achievement + std::sqrt(0.75) * rng.Normal();
    municipal_trend[m] = rng.Uniform(0.03, 0.13);
    double* effects = &municipality_[m * factors_];
    UnitEffects(rng, general, shares.municipality, effects);
    for (int f = 0; f < factors_; ++f)
      if (shares.achievement[f]) effects[f] = shares.municipality[f] * achievement;
    // Indicators: grunnskolepoeng follows achievement (r ~ 0.85) and so
    // the parents' education (r ~ 0.65); both rise slowly over the waves.
    const double points = 40.6 + 0.85 * achievement + 0.53 * rng.Normal();
    MunicipalityIndicators& ind = indicators_[m];
    for (int w = 0; w < waves; ++w) {
      ind.grunnskolepoeng.push_back(
          Clamp(points + w * 1.5 * municipal_trend[m] + 0.25 * rng.Normal(), 37.5, 44.0));
      ind.foreldre_hoyere_utdanning.push_back(
          Clamp(0.33 + 0.065 * education + 0.006 * w + 0.008 * rng.Normal(), 0.2, 0.5));
    }
  }
  school_.resize(population.schools.size() * factors_);
  trend_.resize(population.schools.size());
  for (size_t s = 0; s < population.schools.size(); ++s) {
    Random rng(StreamSeed(seed, {kStreamSchool, s}));
    const double general = rng.Normal();
    trend_[s] = municipal_trend[population.schools[s].municipality] + 0.03 * rng.Normal();
    UnitEffects(rng, general, shares.school, &school_[s * factors_]);
  }
  // Year groups: section k of the pupils of school s who started in year
  // y, drawn from its own stream so that the draw does not depend on the
  // order the classes are met.
  std::map<std::tuple<int, int, int>, int> year_groups;  // (school, section, start) -> index
  class_year_group_.resize(population.classes.size() * waves_);
  class_start_.resize(population.classes.size() * waves_);
  for (const SynthSchool& school : population.schools) {
    for (size_t i = 0; i < school.classes.size(); ++i) {
      const int c = school.classes[i];
      const SynthClass& klass = population.classes[c];
      int section = 0;
      for (size_t j = 0; j < i; ++j) section += population.classes[school.classes[j]].grade == klass.grade;
      for (int w = 0; w < waves_; ++w) {
        const int start = wave_years_[w] - klass.grade;
        const auto key = std::make_tuple(klass.school, section, start);
        auto [it, added] = year_groups.emplace(key, static_cast<int>(year_groups.size()));
        if (added) {
          Random rng(StreamSeed(seed, {kStreamClass, static_cast<uint64_t>(klass.school),
                                       static_cast<uint64_t>(section), static_cast<uint64_t>(start)}));
          year_group_.resize(year_groups.size() * factors_);
          UnitEffects(rng, rng.Normal(), shares.klass, &year_group_[it->second * factors_]);
        }
        class_year_group_[c * waves_ + w] = it->second;
        class_start_[c * waves_ + w] = start;
      }
    }
  }
  // Planted: in every fourth municipality, the oldest year group of its
  // largest school that had it in grades 5-10 in the last two waves is
  // 0.5 SD better (or worse, alternately) in the last wave.
  for (size_t m = 0; m < nm && waves_ >= 2; m += 4) {
    int chosen = -1;
    for (int s : population.municipalities[m].schools) {
      const SynthSchool& school = population.schools[s];
      const int span = wave_years_[waves_ - 1] - wave_years_[waves_ - 2];
      if (std::min(school.last_grade, 10) - span < std::max(5, school.first_grade)) continue;
      if (chosen < 0 || school.pupils > population.schools[chosen].pupils) chosen = s;
    }
    if (chosen < 0) continue;
    const int last = std::min(population.schools[chosen].last_grade, 10);
    planted_.push_back({chosen, wave_years_[waves_ - 1] - last, waves_ - 1, m % 8 == 0 ? 0.5 : -0.5});
  }

  // Kindergartens: a municipality's kindergartens share some of its
  // schools' trend (the same municipal effort), little else.
  const LevelShares kg = Shares(true);
  kg_first_ = SchoolFactors();
  kg_factors_ = TotalFactors() - kg_first_;
  kg_municipal_.resize(nm * kg_factors_);
  for (size_t m = 0; m < nm; ++m) {
    Random rng(StreamSeed(seed, {kStreamKgMunicipality, m}));
    UnitEffects(rng, rng.Normal(), kg.municipality, &kg_municipal_[m * kg_factors_]);
  }
  kg_unit_.resize(population.kindergartens.size() * kg_factors_);
  kg_trend_.resize(population.kindergartens.size());
  for (size_t k = 0; k < population.kindergartens.size(); ++k) {
    const int m = population.kindergartens[k].municipality;
    kg_municipality_.push_back(m);
    Random rng(StreamSeed(seed, {kStreamKindergarten, k}));
    kg_trend_[k] = municipal_trend[m] + 0.04 * rng.Normal();
    UnitEffects(rng, rng.Normal(), kg.school, &kg_unit_[k * kg_factors_]);
  }
  kg_group_.resize(population.groups.size() * kg_factors_);
  for (size_t g = 0; g < population.groups.size(); ++g) {
    Random rng(StreamSeed(seed, {kStreamGroup, g}));
    UnitEffects(rng, rng.Normal(), kg.klass, &kg_group_[g * kg_factors_]);
  }
}

double Effects::KindergartenUnits(int kindergarten, int group, int factor) const {
  const size_t f = static_cast<size_t>(factor - kg_first_);
  const size_t m = static_cast<size_t>(kg_municipality_[kindergarten]);
  return kg_municipal_[m * kg_factors_ + f] +
         kg_unit_[static_cast<size_t>(kindergarten) * kg_factors_ + f] +
         kg_group_[static_cast<size_t>(group) * kg_factors_ + f];
}

double Effects::Units(int school, int klass, int wave, int factor) const {
  const int m = school_municipality_[school];
  double sum = municipality_[static_cast<size_t>(m) * factors_ + factor] +
               school_[static_cast<size_t>(school) * factors_ + factor];
  if (klass < 0) return sum;
  const size_t at = static_cast<size_t>(klass) * waves_ + wave;
  sum += year_group_[static_cast<size_t>(class_year_group_[at]) * factors_ + factor];
  for (const PlantedYearGroup& p : planted_) {
    if (p.school == school && p.start_year == class_start_[at] && p.wave <= wave) sum += p.d;
  }
  return sum;
}

}  // namespace kfl::synth
