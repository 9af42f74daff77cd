// WriteResponses: one responses/<wave>/<instrument>.csv, generated and
// written row by row (memory does not grow with the file).
//
// Who answers: pupils of every class in the instrument's grade range (85-95 %
// of those enrolled, per class and wave); the contact teacher for ~95 % of
// the answering pupils (kontaktlaerer); a parent of ~70 % of the pupils
// (foreldre); ~94 % of each school's teachers; each school's leaders (~95 %).
// The same class has the same roster draw in every instrument of a wave, so
// the contact teacher rates exactly pupils who answered themselves.
//
// Answers: the latent value of effects.h per factor, then per item
// lambda * latent + noise through fixed thresholds (most answers favourable),
// reverse items flipped; ~2 % of the items empty, ~0.2 % the missing code 9,
// and now and then a whole factor left empty.
#pragma once

#include "io/diagnostics.h"
#include <cstdint>
#include <string>

#include "synth/effects.h"
#include "synth/instrument_model.h"
#include "synth/population.h"

namespace kfl::synth {

// The code written for "did not want to answer" (project.json missing_codes).
constexpr int kMissingCode = 9;

// Writes the file at `path`. `instrument` is an index into
// InstrumentModels(); `wave` the wave's index (0 = first). Returns false and
// adds a diagnostic when the file cannot be written.
bool WriteResponses(const std::string& path, int instrument, int wave, const Population& population,
                    const Effects& effects, uint64_t seed, Diagnostics* diags);

}  // namespace kfl::synth
