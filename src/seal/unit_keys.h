// The key file: one random key per unit of the restricted site (issue #25),
// kept outside the output, readable by its owner only (mode 0600). Keys
// survive rebuilds, so that a link sent once keeps working; `kfl keys init`
// adds keys for new units, `kfl keys rotate` replaces one.
//
//   # kfl: keys of the restricted site. Secret: whoever has a line can read that unit.
//   k-hamar 3q2-7wEXAMPLEa1B2c3D4e5F6g7H8i9J0kLmNoPqRsTu
//
// A line per unit: its id, a space, its key (43 characters of base64url).
#pragma once

#include <map>
#include <string>

#include "io/diagnostics.h"
#include "seal/seal.h"

namespace kfl {

using KeyRing = std::map<std::string, UnitKey>;  // unit id -> key

// Reads `path`. Refused (an error, false) when the file can be read or
// written by anyone but its owner; every malformed line is reported at its
// line:column.
bool ReadKeyFile(const std::string& path, KeyRing* out, Diagnostics* diags);

// Writes `keys` to `path` with mode 0600, through a new file renamed over
// the old one (a crash leaves the old file or the new one, never half).
bool WriteKeyFile(const std::string& path, const KeyRing& keys, Diagnostics* diags);

}  // namespace kfl
