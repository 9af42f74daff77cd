// Effects: the unit level of the latent model behind the answers.
//
// The latent value of respondent r in class c of school s in municipality m
// on factor f in wave w is
//
//   municipality(m, f) + school(s, f) + year_group(c, w, f)
//     + w * trend(s) * trend_f + gender + grade + respondent(r, f)
//
// The class's effect belongs to its year group (spec "Same pupils or
// not"): section A of the pupils of school s who started school in year y
// keeps its effect as it moves up a grade each year, so 4A in 2016 is 6A
// in 2018, and the class named 8A is other pupils in every wave. A few
// year groups carry a planted effect from the last wave on (a better or a
// worse year, +-0.5 SD), so that the demo has something true to find; the
// grade term is the age trend (older pupils answer less favourably).
//
// where each unit effect mixes the unit's general effect (shared by all
// factors of all instruments: a good school is good at many things) with a
// factor-specific part, scaled to the factor's variance share
// (instrument_model.h). Municipalities also carry an education level and an
// achievement level from which indicators.csv is derived, so that
// grunnskolepoeng, the parents' education and the teachers' view of the
// pupils' achievement agree the way SSB's charts show.
//
// Kindergartens have the same model with kindergarten and group in place
// of school and class, on the kindergarten instruments' factors, drawn from
// their own streams (the schools' effects do not change when they are
// added).
//
// Immutable after construction; safe to share between threads.
#pragma once

#include <cstdint>
#include <vector>

#include "synth/population.h"

namespace kfl::synth {

struct MunicipalityIndicators {
  std::vector<double> grunnskolepoeng;            // per wave, about 38-43
  std::vector<double> foreldre_hoyere_utdanning;  // per wave, share 0.2-0.5
};

class Effects {
 public:
  // `wave_years`: the year of each school wave (2016, 2018, 2020).
  Effects(const Population& population, const std::vector<int>& wave_years, uint64_t seed);

  // Sum of the unit effects on global factor `factor` (instrument_model.h's
  // first_factor + factor index) for a respondent of school `school` and
  // class `klass` (-1 for school-level respondents) in school wave `wave`.
  double Units(int school, int klass, int wave, int factor) const;

  // A planted year-group effect: the pupils of `school` who started school
  // in `start_year` (all sections) are `d` SD better on every school
  // factor in school wave `wave` than their other effects say.
  struct PlantedYearGroup {
    int school = 0;
    int start_year = 0;
    int wave = 0;
    double d = 0;
  };
  const std::vector<PlantedYearGroup>& Planted() const { return planted_; }
  // Change of the latent mean per wave at this school, in SD units.
  double Trend(int school) const { return trend_[school]; }
  // The same for kindergarten `kindergarten` and group `group` (indices
  // into Population::kindergartens and ::groups); `factor` is global, at
  // least SchoolFactors().
  double KindergartenUnits(int kindergarten, int group, int factor) const;
  double KindergartenTrend(int kindergarten) const { return kg_trend_[kindergarten]; }
  const MunicipalityIndicators& Indicators(int municipality) const {
    return indicators_[municipality];
  }

 private:
  std::vector<int> school_municipality_;
  int factors_;
  std::vector<double> municipality_;  // [m * factors_ + f]
  std::vector<double> school_;        // [s * factors_ + f]
  int waves_ = 0;
  std::vector<int> wave_years_;
  std::vector<int> class_year_group_;  // [c * waves_ + w]: index into year_group_ / factors_
  std::vector<double> year_group_;     // [g * factors_ + f]
  std::vector<int> class_start_;       // [c * waves_ + w]: the class's start year then
  std::vector<PlantedYearGroup> planted_;
  std::vector<double> trend_;         // per school
  std::vector<MunicipalityIndicators> indicators_;
  // Kindergartens: [unit * kg_factors_ + (factor - kg_first_)].
  std::vector<int> kg_municipality_;
  int kg_first_ = 0;
  int kg_factors_ = 0;
  std::vector<double> kg_municipal_;  // per municipality
  std::vector<double> kg_unit_;       // per kindergarten
  std::vector<double> kg_group_;      // per group
  std::vector<double> kg_trend_;      // per kindergarten
};

}  // namespace kfl::synth
