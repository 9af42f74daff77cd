// ReadResponses: streams one responses/<wave>/<instrument>.csv into a
// ResponseTable, checking every row against the instrument, the unit tree and
// the project (data contract, responses/<wave>/<instrument>.csv).
//
// Checks: the header has the columns respondent, unit, the instrument's
// background columns and one per item, in any order, and no others (each
// unknown or repeated column, and the missing ones together, reported; with
// a required column missing no row is read). Per row: the respondent is not
// empty and not repeated (naming the line of the first); the unit exists and
// is at the instrument's unit_level; gender is F, M or empty; grade is 1-10
// (and within the instrument's grades) or empty; each item value is empty, a
// missing code (both stored as kMissingValue) or a whole number within the
// scale, stored raw (not reversed). No field of any column may look like a
// national identity number or an e-mail address (io/personal_identifier.h):
// the files must be anonymized, and such a field is an error that names the
// column but does not repeat the value. A file with only the header is valid and
// gives an empty table; a file of 0 bytes is reported (no header).
//
// Streams the file in chunks and allocates nothing per cell (units are found
// through a hash map of views, one-character values through a table, and
// respondent ids need no lookup while they come sorted): a national file of
// 400,000 rows x 81 items (74 MB) is read at about 200 MB/s on one core.
#pragma once

#include "io/diagnostics.h"
#include "io/file_system.h"
#include "model/data_set.h"
#include "model/response_table.h"

namespace kfl {

// What to do with a row whose unit is not in the unit tree: report it, or
// (when units.csv has errors of its own, which already fail the run, and the
// unit may be one lost to them) leave the row out without a message, so that
// one broken line of units.csv does not come back on every response of its
// unit.
enum class UnknownUnits { kReport, kSkip };

// Rows with an error are reported in *diags and left out of the table; the
// caller must not use the table when diags->has_errors().
// REQUIRES: `file` is one of data.responses (its instrument index is valid).
ResponseTable ReadResponses(const DataSet& data, const ResponseFile& file, Diagnostics* diags,
                            UnknownUnits unknown_units = UnknownUnits::kReport);

// The same, reading through `fs`.
ResponseTable ReadResponses(const FileSystem& fs, const DataSet& data, const ResponseFile& file,
                            Diagnostics* diags, UnknownUnits unknown_units = UnknownUnits::kReport);

}  // namespace kfl
