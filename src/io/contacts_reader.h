// ReadContacts: the optional, restricted contacts.csv (data contract,
// contacts.csv): who receives the report of which class or group.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "io/diagnostics.h"
#include "io/file_system.h"
#include "model/data_set.h"

namespace kfl {

// True when `email` is plausibly an address: exactly one '@', something
// before it, a domain after it with a '.' that is neither its first nor its
// last character, and no spaces or control characters anywhere.
bool IsPlausibleEmail(std::string_view email);

// Appends the rows of `path` to *out, reporting every problem to *diags:
// unknown or missing columns; a unit that is not in `units` or is not a class
// or a group; an implausible e-mail address; a language other
// than nb, nn and en. Rows with a problem are left out. Returns false when
// the file could not be read at all.
bool ReadContacts(const FileSystem& fs, const std::string& path, const UnitTree& units,
                  std::vector<Contact>* out, Diagnostics* diags);

}  // namespace kfl
