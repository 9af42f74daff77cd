// ReadIndicators: the optional indicators.csv (data contract,
// indicators.csv): external figures per unit and wave, in long format.
#pragma once

#include <string>
#include <vector>

#include "io/diagnostics.h"
#include "io/file_system.h"
#include "model/data_set.h"

namespace kfl {

// Appends the rows of `path` to *out, reporting every problem to *diags:
// unknown or missing columns; a unit that is not in `units`; a wave that
// `project` does not declare; an empty indicator name; a value that is not a
// number with '.' as decimal separator (a ',' gets its own message); the same
// (unit, wave, indicator) twice (naming the line of the first). Rows with a
// problem are left out. The unit may be a project.json comparison; the
// indicator must be described in project.json; `group` (optional) is all,
// gender:F or gender:M; a percentage indicator's value is a share 0-1. Returns false when the file could not be read at all.
bool ReadIndicators(const FileSystem& fs, const std::string& path, const Project& project,
                    const UnitTree& units, std::vector<Indicator>* out, Diagnostics* diags);

}  // namespace kfl
