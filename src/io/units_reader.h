// ReadUnits: units.csv (data contract, units.csv) into a UnitTree.
#pragma once

#include <string>
#include <vector>

#include "io/diagnostics.h"
#include "io/file_system.h"
#include "model/unit_tree.h"

namespace kfl {

// Reads the file `path` into *out, reporting every problem to *diags:
// unknown or missing columns, an empty id, a repeated id (at the second,
// naming the line of the first), an unknown level, an empty name, a name
// with a control character or longer than 200 characters (io/utf8.h), a grade
// that is not 1-10, an enrolled count that is not a whole number >= 0, no
// county or more than one (at each extra), a county with a parent, a unit
// other than the county without one, a parent that does not exist or is at
// the wrong level, and parents that form a cycle (once per cycle).
//
// The tree holds the units that can be used despite problems, so that other
// files can still be checked against it: every unit with a non-empty id seen
// for the first time and a known level (a misspelt level with a close
// suggestion counts as the suggested one); a parent that is not in the tree
// is left out (-1). It satisfies the UnitTree invariants only when no
// problem was reported. Returns false when the file could not be read at all
// (unreadable, no header, a required column missing). A unit id that is
// one of `comparison_ids` (project.json `comparisons`) is an error.
bool ReadUnits(const FileSystem& fs, const std::string& path, UnitTree* out, Diagnostics* diags,
               const std::vector<std::string>& comparison_ids = {});

}  // namespace kfl
