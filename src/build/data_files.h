// The machine-readable outputs of data contract section 3:
//   site/data/aggregates.csv        public levels, public threshold
//   restricted/data/aggregates.csv  all levels, restricted threshold
//   data/reliability.csv, data/variation.csv
// Figures with '.' as decimal separator and six decimals; rows in a fixed
// order (wave, instrument, level, unit in file order, group, area followed by
// its factors), so the same input gives the same bytes.
#pragma once

#include "build/output_dir.h"
#include "build/results.h"
#include "model/data_set.h"

namespace kfl {

// Who a file is for: which levels it holds and the fewest respondents behind
// a figure. A row with n below min_n keeps its ids, has suppressed = 1 and
// leaves n and every statistic empty.
struct Audience {
  bool all_levels = false;  // false: only Project::public_levels
  int min_n = 10;
};

Audience PublicAudience(const Project& project);
Audience RestrictedAudience(const Project& project);

void WriteAggregatesCsv(const DataSet& data, const Results& results, const Audience& audience,
                        FileWriter* out);
void WriteReliabilityCsv(const DataSet& data, const Results& results, FileWriter* out);
void WriteVariationCsv(const DataSet& data, const Results& results, FileWriter* out);

}  // namespace kfl
