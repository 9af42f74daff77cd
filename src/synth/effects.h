// Effects: the unit level of the latent model behind the answers.
//
// The latent value of respondent r in class c of school s in municipality m
// on factor f in wave w is
//
//   municipality(m, f) + school(s, f) + class(c, f)
//     + w * trend(s) * trend_f + gender + grade + respondent(r, f)
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
  Effects(const Population& population, int waves, uint64_t seed);

  // Sum of the unit effects on global factor `factor` (instrument_model.h's
  // first_factor + factor index) for a respondent of school `school` and
  // class `klass` (-1 for school-level respondents).
  double Units(int school, int klass, int factor) const;
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
  std::vector<double> class_;         // [c * factors_ + f]
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
