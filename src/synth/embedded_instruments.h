// EmbeddedInstruments: the instrument definitions of
// src/synth/instruments/*.json, compiled into the binary byte for byte (the
// build turns each file into an array in a generated source), so that
// `kfl synth` needs no files at run time.
#pragma once

#include <string_view>
#include <vector>

namespace kfl::synth {

struct EmbeddedFile {
  std::string_view id;       // instrument id = file name without ".json"
  std::string_view content;  // the file's bytes
};

// elev_1_4, elev_5_10, kontaktlaerer, laerer, foreldre, skoleleder (the
// order of the seed document), then barnehagelaerer and foreldre_barnehage.
const std::vector<EmbeddedFile>& EmbeddedInstruments();

}  // namespace kfl::synth
