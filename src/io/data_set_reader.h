// ReadDataSet: reads and validates everything in a data directory except the
// contents of the response files, whose paths it lists (after checking that
// every wave folder is declared and every file names an instrument).
#pragma once

#include <string>

#include "io/diagnostics.h"
#include "model/data_set.h"

namespace kfl {

// Reads DATA_DIR into *out. Every problem found goes to *diags (all of them,
// not only the first). Returns false when the data set cannot be used at all
// (e.g. no readable project.json); the caller still reports *diags. Paths in
// diagnostics are `dir` joined with the file's path inside it.
bool ReadDataSet(const std::string& dir, DataSet* out, Diagnostics* diags);

}  // namespace kfl
