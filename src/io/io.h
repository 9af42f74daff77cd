// io: reading and validating a data directory (data contract section 1).
// Nothing else in kfl reads input files.
//
//   data_set_reader.h   project.json, instruments/, units.csv, indicators.csv,
//                       contacts.csv, and the list of response files
//   responses_reader.h  one responses/<wave>/<instrument>.csv, streamed into
//                       a columnar ResponseTable
//   diagnostics.h       every problem as file:line:column + message key
#pragma once

#include "io/data_set_reader.h"
#include "io/diagnostics.h"
#include "io/responses_reader.h"
