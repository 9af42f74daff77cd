// ReadResponses: streams one responses/<wave>/<instrument>.csv into a
// ResponseTable, checking every row against the instrument, the unit tree and
// the project (data contract, responses/<wave>/<instrument>.csv).
#pragma once

#include "io/diagnostics.h"
#include "model/data_set.h"
#include "model/response_table.h"

namespace kfl {

// Rows with an error are reported in *diags and left out of the table; the
// caller must not use the table when diags->has_errors().
ResponseTable ReadResponses(const DataSet& data, const ResponseFile& file, Diagnostics* diags);

}  // namespace kfl
