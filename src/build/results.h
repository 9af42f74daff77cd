// Results: every statistic of a data set, computed once and shared by all
// outputs (data files now; charts, pages and PDFs later).
//
// ComputeResults reads each response file once (streaming, in parallel over
// files), scores it, aggregates it over the unit tree and computes Cronbach's
// alpha; then it fixes the reference (mu, sigma) of every score per the
// project's reference_wave, and the variation between child units.
#pragma once

#include <vector>

#include "io/diagnostics.h"
#include "model/data_set.h"
#include "stats/aggregate.h"
#include "stats/reliability.h"
#include "stats/standardize.h"
#include "stats/variation.h"

namespace kfl {

// The statistics of one instrument in one wave (one response file).
struct WaveResult {
  int wave = -1;        // index into Project::waves
  int instrument = -1;  // index into DataSet::instruments
  int respondents = 0;  // rows of the response file
  std::vector<Aggregate> aggregates;    // sorted as AggregateScores returns them
  std::vector<Reliability> reliability; // one per factor
  std::vector<Reference> reference;     // one per score; unusable when none applies
};

// Variation among the units of `child_level` below `parent`, for one score.
struct VariationRow {
  int wave = -1;
  int instrument = -1;
  int parent = -1;  // unit index
  Level child_level = Level::kSchool;
  int score = 0;
  Variation variation;
};

struct Results {
  std::vector<WaveResult> waves;       // in the order of DataSet::responses
  std::vector<VariationRow> variation; // sorted by (wave, instrument, parent depth, parent, child depth, score)
};

// Computes everything with `jobs` threads (0 = all cores). Problems in the
// response files go to *diags; the results must not be used when
// diags->has_errors(). Warnings (e.g. an instrument without responses in the
// reference wave, whose T-scores are then left empty) are added too.
Results ComputeResults(const DataSet& data, int jobs, Diagnostics* diags);

// Reads and checks every response file without computing (kfl validate).
void ValidateResponses(const DataSet& data, int jobs, Diagnostics* diags);

}  // namespace kfl
