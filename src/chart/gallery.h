// Gallery: a fixed set of sample charts of every kind, with realistic
// values and the edge cases (one unit, 300 units, everything suppressed,
// very long names, negative changes). Used by `kfl gallery`, the image tests
// and the benchmarks, so that what a person looks at is what is tested and
// measured. Values come from a deterministic generator: same bytes each run.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "chart/chart.h"

namespace kfl {

struct GalleryEntry {
  std::string name;  // file name without extension, e.g. "tbar_class"
  std::unique_ptr<Chart> chart;
};

// Every sample chart, in display order. `catalog` supplies the translated
// words the samples need ("Jenter", "Gutter", reasons for hidden values).
std::vector<GalleryEntry> GalleryCharts(const Catalog& catalog);

}  // namespace kfl
