// ReadInstrument: one instruments/<id>.json (data contract,
// instruments/<id>.json) into an Instrument, its areas > factors > items
// flattened with indices (model/instrument.h).
#pragma once

#include <string>

#include "io/diagnostics.h"
#include "io/json_reader.h"
#include "model/instrument.h"

namespace kfl {

// Column names of a responses file that are not items; no item may use them.
bool IsReservedColumn(const std::string& name);

// Fills *out from `doc`, the file instruments/<file_id>.json. The id is
// always `file_id` (a different "id" in the file is reported). Every problem
// is reported to *diags: missing and unknown keys, wrong types, an unknown
// respondent or unit level, grades outside 1-10 or in the wrong order, a
// scale whose min is not below its max or outside -100..100 or whose labels
// do not number max - min + 1, an unknown or repeated background variable,
// empty areas, factors or item lists, repeated area, factor or item ids and
// item ids that are reserved column names. Items with a repeated id are left
// out. Returns false when the document is not a JSON object or has no valid
// unit_level (its responses cannot be checked then).
bool ReadInstrument(const JsonDocument& doc, const std::string& file_id, Instrument* out,
                    Diagnostics* diags);

}  // namespace kfl
