// io: reading and validating a data directory (data contract section 1).
// Nothing else in kfl reads input files.
//
//   data_set_reader.h   project.json, instruments/, units.csv, indicators.csv,
//                       contacts.csv, and the list of response files
//   responses_reader.h  one responses/<wave>/<instrument>.csv, streamed into
//                       a columnar ResponseTable
//   diagnostics.h       every problem as file:line:column + message key
//
// The pieces they are built from, each usable on its own:
//   file_system.h        files through an interface (RealFileSystem);
//   memory_file_system.h   its in-memory fake for tests
//   csv_reader.h         streaming RFC 4180 tokenizer with field positions
//   csv_columns.h        header columns matched against the expected ones
//   json_reader.h        JSON (nlohmann SAX) with the position of every value
//   json_checker.h       typed, position-aware checks of a JSON document
//   project_reader.h, instrument_reader.h, units_reader.h,
//   indicators_reader.h, contacts_reader.h   one file kind each
//   suggest.h            "did you mean" suggestions (edit distance)
//   contract_names.h     the contract's spellings of levels, languages, ...
//   parse_number.h, utf8.h   strict number parsing, UTF-8 checks
#pragma once

#include "io/data_set_reader.h"
#include "io/diagnostics.h"
#include "io/responses_reader.h"
