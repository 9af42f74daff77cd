// Results: every statistic of a data set, computed once and shared by all
// outputs (data files now; charts, pages and PDFs later).
//
// ComputeResults reads each response file once (streaming, in parallel over
// files), scores it, aggregates it over the unit tree and computes Cronbach's
// alpha; then it fixes the reference (mu, sigma) of every score per the
// project's reference_wave, and the variation between child units. Last, the
// privacy stage decides once, per audience, which aggregates may be shown
// (privacy/disclosure.h); every output asks WaveResult::View, so the rules
// exist in one place only.
#pragma once

#include <vector>

#include "privacy/decision_memo.h"
#include "io/diagnostics.h"
#include "io/file_system.h"
#include "model/data_set.h"
#include "privacy/audience.h"
#include "privacy/category.h"
#include "privacy/disclosure.h"
#include "stats/aggregate.h"
#include "stats/distribution.h"
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
  std::vector<ItemDistribution> distributions;  // per unit (group all) and item, as
                                                // ItemDistributions returns them; shown
                                                // only as privacy/category.h decides
  std::vector<Reference> reference;     // one per score; unusable when none applies
  std::vector<Disclosure> public_view;      // one per aggregate: what OUT/site may show
  std::vector<Disclosure> restricted_view;  // one per aggregate: what OUT/restricted may show
  // One granularity per distribution (privacy/category.h).
  DistributionViews public_distribution_view;
  DistributionViews restricted_distribution_view;

  const std::vector<Disclosure>& View(AudienceKind kind) const {
    return kind == AudienceKind::kPublic ? public_view : restricted_view;
  }
  const DistributionViews& DistributionView(AudienceKind kind) const {
    return kind == AudienceKind::kPublic ? public_distribution_view : restricted_distribution_view;
  }
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
//
// With memos (build/decision_memo.h), every part's decisions go into `next`,
// under the key `next` gives its response file (its context is this
// build's), and come from `previous` when it has that key (only with `next`).
// The response files are read from `fs` (the real file system when not given).
Results ComputeResults(const FileSystem& fs, const DataSet& data, int jobs, Diagnostics* diags,
                       const DecisionMemo* previous = nullptr, DecisionMemo* next = nullptr);
inline Results ComputeResults(const DataSet& data, int jobs, Diagnostics* diags,
                              const DecisionMemo* previous = nullptr,
                              DecisionMemo* next = nullptr) {
  return ComputeResults(RealFileSystem(), data, jobs, diags, previous, next);
}

// Fills the public and restricted views (aggregates and distributions) of
// every part (the restricted
// decisions treat what the public view publishes as known). ComputeResults
// calls it; exposed for tests that build Results by hand.
void DecideViews(const FileSystem& fs, const DataSet& data, int jobs, Results* results,
                 const DecisionMemo* previous = nullptr, DecisionMemo* next = nullptr);
inline void DecideViews(const DataSet& data, int jobs, Results* results,
                        const DecisionMemo* previous = nullptr, DecisionMemo* next = nullptr) {
  DecideViews(RealFileSystem(), data, jobs, results, previous, next);
}

// Reads and checks every response file without computing (kfl validate).
void ValidateResponses(const FileSystem& fs, const DataSet& data, int jobs, Diagnostics* diags);
inline void ValidateResponses(const DataSet& data, int jobs, Diagnostics* diags) {
  ValidateResponses(RealFileSystem(), data, jobs, diags);
}

}  // namespace kfl
