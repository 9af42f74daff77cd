// The machine-readable outputs of data contract section 3:
//   site/data/aggregates.csv        public levels, public threshold
//   restricted/data/aggregates.csv  all levels, restricted threshold
//   data/reliability.csv, data/variation.csv
//   site/data/indicators.csv        indicators.csv as shown, with sources
// Figures with '.' as decimal separator, each the shortest text that reads
// back as the same double (data contract 3); rows in a fixed
// order (wave, instrument, level, unit in file order, group, area followed by
// its factors), so the same input gives the same bytes.
#pragma once

#include "publish/output_dir.h"
#include "privacy/results.h"
#include "model/data_set.h"
#include "privacy/audience.h"

namespace kfl {

// The tables of the data files and their columns (data contract 3): the
// files' header lines and their data packages (publish/data_package.h)
// come from here, so the two cannot disagree.
enum class DataFile { kAggregates, kDistributions, kReliability, kVariation, kIndicators };

struct DataColumn {
  const char* name;
  const char* type;  // Table Schema: string, integer, number or boolean (0/1)
};

const std::vector<DataColumn>& Columns(DataFile table);
// "aggregates": the file's stem and its resource's name.
const char* TableName(DataFile table);

// The aggregates `audience` may see, as its view in Results decides
// (privacy/disclosure.h): units the audience does not see have no rows; a
// suppressed row keeps its ids, has suppressed = 1 and leaves n and every
// statistic empty (so no count reopens what suppression closed).
// REQUIRES: DecideViews has filled the views of `results`.
void WriteAggregatesCsv(const DataSet& data, const Results& results, AudienceKind audience,
                        FileWriter* out);
// The answer distributions `audience` may see (data contract 3): one row
// per shown group of categories ("1-2", "3", "4-5": scale values), or one
// row with suppressed = 1 for a hidden item; units the audience does not
// see have no rows. Percentages are of the unit's answers to the item.
// REQUIRES: DecideViews has filled the distribution views of `results`.
void WriteDistributionsCsv(const DataSet& data, const Results& results, AudienceKind audience,
                           FileWriter* out);
void WriteReliabilityCsv(const DataSet& data, const Results& results, FileWriter* out);
void WriteVariationCsv(const DataSet& data, const Results& results, FileWriter* out);
// site/data/indicators.csv: the indicators of indicators.csv that the
// public pages show (units of public levels, comparison units), each value
// as given (the shortest text that reads back as the same number), with
// the unit's name, the indicator's title and its source (bokmål).
void WriteIndicatorsCsv(const DataSet& data, FileWriter* out);

// One of the above by its table (reliability and variation have no
// audience; indicators are public).
void WriteDataTable(DataFile table, AudienceKind audience, const DataSet& data,
                    const Results& results, FileWriter* out);

}  // namespace kfl
