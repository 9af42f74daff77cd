// build: the driver. Reads and validates a data directory, computes the
// statistics, writes every output into a fresh directory beside OUT_DIR and
// swaps it in only when everything succeeded (data contract section 3).
#pragma once

#include <string>
#include <vector>

#include "io/diagnostics.h"
#include "model/data_set.h"

namespace kfl {

struct BuildOptions {
  std::string data_dir;
  std::string out_dir;
  int jobs = 0;            // worker threads; 0 = all cores
  // Language of everything a reader sees: nb, nn or en; "" = project.json's
  // `languages` (with more than one, each is built into OUT/site/<lang>/).
  std::string lang;
  std::string only;        // unit id: render only this unit's pages ("" = all)
  bool pdf = true;         // false with --no-pdf
  bool quiet = false;      // no progress output
};

// The languages a build writes: --lang when given, else project.json's.
std::vector<std::string> BuildLanguages(const BuildOptions& options, const Project& project);

// A warning per instrument file (and project.json) with texts that have no
// translation into `lang` and fall back to bokmål; none for "nb".
void WarnMissingTranslations(const DataSet& data, const std::string& lang, Diagnostics* diags);

// Builds everything. Returns false when the input is invalid or the output
// could not be written; every reason is in *diags and OUT_DIR is unchanged.
bool RunBuild(const BuildOptions& options, Diagnostics* diags);

}  // namespace kfl
