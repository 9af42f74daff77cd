// The machine-readable outputs of data contract section 3:
//   site/data/aggregates.csv        public levels, public threshold
//   restricted/data/aggregates.csv  all levels, restricted threshold
//   data/reliability.csv, data/variation.csv
// Figures with '.' as decimal separator and six decimals; rows in a fixed
// order (wave, instrument, level, unit in file order, group, area followed by
// its factors), so the same input gives the same bytes.
#pragma once

#include "publish/output_dir.h"
#include "privacy/results.h"
#include "model/data_set.h"
#include "privacy/audience.h"

namespace kfl {

// The aggregates `audience` may see, as its view in Results decides
// (privacy/disclosure.h): units the audience does not see have no rows; a
// suppressed row keeps its ids, has suppressed = 1 and leaves n and every
// statistic empty (so no count reopens what suppression closed).
// REQUIRES: DecideViews has filled the views of `results`.
void WriteAggregatesCsv(const DataSet& data, const Results& results, AudienceKind audience,
                        FileWriter* out);
void WriteReliabilityCsv(const DataSet& data, const Results& results, FileWriter* out);
void WriteVariationCsv(const DataSet& data, const Results& results, FileWriter* out);

}  // namespace kfl
