// synth: a realistic synthetic data directory in the contract format, used
// as the demo county, for tests and for benchmarks at national scale.
//
// Responses come from a multilevel model (municipality, school, class and
// respondent effects, gender differences, a trend between waves that differs
// by municipality, correlated factors, ~2 % unanswered items). The same preset
// and seed give byte-identical files.
#pragma once

#include "io/diagnostics.h"
#include <cstdint>
#include <string>
#include <vector>

namespace kfl {

struct SynthOptions {
  std::string out_dir;             // created; must not exist or be empty
  std::string preset = "hedmark";  // one of SynthPresets()
  uint64_t seed = 1;
};

// "tiny", "hedmark", "innlandet", "norway".
const std::vector<std::string>& SynthPresets();

// Writes the data directory. Returns false and adds a diagnostic naming the
// path when it cannot be written.
bool Synthesize(const SynthOptions& options, Diagnostics* diags);

}  // namespace kfl
