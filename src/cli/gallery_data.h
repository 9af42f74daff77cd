// Gallery charts from a real data directory (`kfl gallery OUT --data DIR`):
// the chart kinds filled with the computed results of one pupil instrument,
// for a class, its school and the county, so that a person can judge the
// charts on real figures. Part of the cli layer because it joins the data
// set, the results and the charts (only cli and build see everything).
#pragma once

#include <vector>

#include "privacy/results.h"
#include "chart/gallery.h"
#include "model/data_set.h"

namespace kfl {

// Charts named "data_*"; empty when the data set has no pupil instrument
// with usable T-scores.
std::vector<GalleryEntry> DataGalleryCharts(const DataSet& data, const Results& results,
                                            const Catalog& catalog);

}  // namespace kfl
