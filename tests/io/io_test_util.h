// Helpers for the io tests: the real bokmål catalog and diagnostics as the
// text a user reads ("file:line:column: message").
#pragma once

#include <string>
#include <vector>

#include "io/diagnostics.h"
#include "text/catalog.h"

namespace kfl::testing_io {

// templates/i18n/nb.json of the source tree, loaded once.
const Catalog& Bokmal();

// Every diagnostic formatted with Bokmal(), sorted by file, line and column.
// A key missing from the catalog is reported as a test failure.
std::vector<std::string> Messages(const Diagnostics& diags);

// Messages() joined with newlines, for failure output.
std::string Joined(const Diagnostics& diags);

}  // namespace kfl::testing_io
