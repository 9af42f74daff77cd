// InstrumentModel: one of the instruments as the generator sees it: the
// parsed definition (model/instrument.h), the exact bytes to write, and the
// parameters of the latent model behind each factor's answers.
//
// Every factor is oriented so that a high score is favourable (reverse items
// are negatively worded), and so are the parameters below: a positive
// `gender` means girls score more favourably than boys.
#pragma once

#include <string_view>
#include <vector>

#include "model/instrument.h"

namespace kfl::synth {

struct FactorModel {
  // Shares of the latent variance between municipalities, between schools
  // within a municipality and between classes within a school; the
  // respondent level has the rest.
  double var_municipality = 0.025;
  double var_school = 0.06;
  double var_class = 0.05;
  // Respondent level: share of the respondent's general factor (common to
  // all factors of the instrument) and of the area factor; the rest is
  // specific to the factor. Gives factor correlations of about 0.3-0.6.
  double general = 0.5;
  double area = 0.2;
  double gender = 0.0;       // girls minus boys, latent SD units
  double grade_slope = 0.0;  // per grade above the middle of the grade range
  double ease = 0.0;         // shifts every answer; positive: more favourable
  double trend = 1.0;        // multiplies the municipality's trend per wave
  // The municipality effect follows the municipality's achievement level
  // (which also drives grunnskolepoeng in indicators.csv).
  bool achievement = false;
};

struct InstrumentModel {
  std::string_view json;  // the instrument file, byte for byte
  Instrument def;
  std::vector<FactorModel> factors;  // parallel to def.factors
  std::vector<double> item_ease;     // parallel to def.items
  int first_factor = 0;  // index of factor 0 among all instruments' factors
};

// The instruments, in EmbeddedInstruments() order (schools' first). Throws
// std::runtime_error if an embedded definition does not parse or the
// parameter table names a factor that does not exist (build defects, caught
// by the tests).
const std::vector<InstrumentModel>& InstrumentModels();

// Number of factors of all instruments together.
int TotalFactors();

// Number of factors of the school instruments (those answered at class or
// school level), which come first: global factors [0, SchoolFactors()) are
// the schools', the rest the kindergartens'.
int SchoolFactors();

}  // namespace kfl::synth
