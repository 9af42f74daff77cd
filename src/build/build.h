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

// Builds everything. Returns false when the input is invalid or the output
// could not be written; every reason is in *diags and OUT_DIR is unchanged.
bool RunBuild(const BuildOptions& options, Diagnostics* diags);

}  // namespace kfl
