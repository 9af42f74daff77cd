// MatchColumns: which header field of a CSV file holds which of the columns
// its kind of file knows (units.csv, responses, indicators.csv,
// contacts.csv). Columns may come in any order.
//
//   ColumnMap columns = MatchColumns(csv, {{"id"}, {"parent"}, {"grade", false}}, &diags);
//   if (!columns.complete) return;              // a required column is missing
//   std::string_view id = csv[columns.field_of[0]];
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "io/csv_reader.h"
#include "io/diagnostics.h"
#include "io/file_system.h"

namespace kfl {

struct ColumnSpec {
  std::string name;
  bool required = true;
};

struct ColumnMap {
  std::vector<int> field_of;  // per spec: its header field, or -1 when absent
  std::vector<int> spec_of;   // per header field: its spec, or -1 (unknown, or a repeat)
  bool complete = false;      // every required column is present
};

// Matches the header of `csv` (after ReadHeader()) against `specs`. Reports
// each unknown column at its header cell (with a suggestion when it looks
// like a misspelt known one), each repeated column, and the missing required
// columns together at the start of the header line.
ColumnMap MatchColumns(const CsvReader& csv, const std::vector<ColumnSpec>& specs,
                       Diagnostics* diags);

// A CSV file opened for reading with its header matched.
struct CsvTable {
  std::unique_ptr<InputFile> file;
  std::unique_ptr<CsvReader> csv;  // reads from `file`
  ColumnMap columns;
};

// Opens `path`, reads its header and matches it against `specs`. Returns
// nullopt, with every problem reported, when the file cannot be read, has no
// usable header or lacks a required column.
std::optional<CsvTable> OpenCsvTable(const FileSystem& fs, const std::string& path,
                                     const std::vector<ColumnSpec>& specs, Diagnostics* diags);

}  // namespace kfl
