// build: the driver. Reads and validates a data directory, computes the
// statistics, writes every output into a fresh directory beside OUT_DIR and
// swaps it in only when everything succeeded (data contract section 3).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "io/diagnostics.h"
#include "io/file_system.h"
#include "model/data_set.h"

namespace kfl {

struct BuildOptions {
  std::string data_dir;
  std::string out_dir;
  std::string templates_dir;  // holds html/, md/ and i18n/ (cli/ decides which)
  // Where DATA_DIR is read from (tests: io/memory_file_system.h); null: the
  // real files. The templates and the output are always real files.
  const FileSystem* fs = nullptr;
  int jobs = 0;            // worker threads; 0 = all cores
  // Language of everything a reader sees: nb, nn or en; "" = project.json's
  // `languages` (with more than one, each is built into OUT/site/<lang>/).
  std::string lang;
  std::string only;        // unit id: render only this unit's pages ("" = all)
  bool pdf = true;         // false with --no-pdf
  bool quiet = false;      // no progress output
  bool force = false;      // ignore the previous output's cache: draw everything
  std::ostream* progress = nullptr;  // a terminal for the progress line; null: none
  // Tests only: rendering this unit (id) throws, as a failing renderer
  // would, in whichever worker thread renders it. "" none.
  std::string fail_unit;
  // The key file (seal/unit_keys.h): with one, every file of the restricted
  // site that holds data is sealed with its unit's key (seal/seal.h). "" none.
  std::string key_file;
};

// What a build did.
struct BuildSummary {
  bool unchanged = false;  // nothing read or written: same input, same program as last time
  long pages_drawn = 0;    // unit pages (with their charts) rendered
  long pages_reused = 0;   // unit pages taken over from the previous output
};

// The languages a build writes: --lang when given, else project.json's.
std::vector<std::string> BuildLanguages(const BuildOptions& options, const Project& project);

// A warning per instrument file (and project.json) with texts that have no
// translation into `lang` and fall back to bokmål; none for "nb".
void WarnMissingTranslations(const DataSet& data, const std::string& lang, Diagnostics* diags);

// Builds everything: reads and checks the data (io), computes the results
// (stats, privacy), writes the data files, and for every language and
// audience (public, restricted) each unit's report (report), outline, page
// (site) and PDF (pdf), through the output cache into a staging directory
// that replaces OUT_DIR at the end (publish). Returns false when the input
// is invalid or anything could not be rendered or written; every reason is
// in *diags (a failure while rendering a unit, in any thread, names the unit
// and its page) and OUT_DIR is unchanged.
//
// Incremental: the previous output's cache (build/output_cache.h) is used
// unless options.force. When the whole input (data directory, templates,
// options, kfl's build id) is the same as last time, nothing is done at
// all; otherwise each unit page is drawn only when its UnitReport or what
// every page depends on (templates, language, units, project, kfl) changed.
bool RunBuild(const BuildOptions& options, Diagnostics* diags, BuildSummary* summary = nullptr);

}  // namespace kfl
