// ReadDataSet: reads and validates everything in a data directory except the
// contents of the response files, whose paths it lists (after checking that
// every wave folder is declared and every file names an instrument).
//
// The directory holds project.json, instruments/ and units.csv (required),
// and responses/, indicators.csv, contacts.csv and narratives/ (optional;
// narratives/ is not looked into here). Anything else at the top level, in
// instruments/ (only *.json) or in responses/ (only <wave>/<instrument>.csv
// or, from SPSS, <wave>/<instrument>.sav; not both)
// is reported, with a suggestion when it looks like a misspelt name. Names
// starting with '.' (.git, .DS_Store) are ignored everywhere.
//
// Beyond each file's own rules (io/project_reader.h, io/instrument_reader.h,
// io/units_reader.h, io/indicators_reader.h, io/contacts_reader.h) it checks
// that no missing code of project.json is a value inside an instrument's
// scale (it would turn real answers into "not answered").
#pragma once

#include <string>

#include "io/diagnostics.h"
#include "io/file_system.h"
#include "model/data_set.h"

namespace kfl {

// Reads DATA_DIR into *out. Every problem found goes to *diags (all of them,
// not only the first). Returns false when the data set cannot be used at all
// (e.g. no readable project.json); the caller still reports *diags. Paths in
// diagnostics are `dir` joined with the file's path inside it.
//
// More precisely, it returns false when the directory, project.json (as a
// JSON object), the instruments/ folder or units.csv (its header) cannot be
// read; the response files of a data set read with `true` can be checked
// with ReadResponses() even when *diags has errors. indicators.csv and the
// response folders are only checked when project.json could be read (their
// waves would all look unknown otherwise), the response folders only when
// instruments/ exists; response files of an instrument whose file could not
// be parsed are skipped without a further message. When units.csv cannot be
// read, indicators.csv and contacts.csv are not read either: every row would
// name an unknown unit.
bool ReadDataSet(const std::string& dir, DataSet* out, Diagnostics* diags);

// The same, reading through `fs`.
bool ReadDataSet(const FileSystem& fs, const std::string& dir, DataSet* out, Diagnostics* diags);

}  // namespace kfl
