// build: the driver. Reads and validates a data directory, computes the
// statistics, writes every output into a fresh directory beside OUT_DIR and
// swaps it in only when everything succeeded (data contract section 3).
#pragma once

#include <string>

#include "io/diagnostics.h"

namespace kfl {

struct BuildOptions {
  std::string data_dir;
  std::string out_dir;
  int jobs = 0;            // worker threads; 0 = all cores
  std::string lang = "nb"; // language of everything a reader sees
  std::string only;        // unit id: render only this unit's pages ("" = all)
  bool pdf = true;         // false with --no-pdf
  bool quiet = false;      // no progress output
};

// Outcome of a build: problems in the input go to *diags (then nothing is
// written); `io_error` is set when the output could not be written.
struct BuildResult {
  bool ok = false;
  std::string io_error;
};

BuildResult RunBuild(const BuildOptions& options, Diagnostics* diags);

}  // namespace kfl
