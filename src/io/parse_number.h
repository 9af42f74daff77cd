// Strict number parsing for CSV cells: the whole cell must be the number,
// with no spaces, no '+' and no thousands separators, so that nothing a
// person typed is silently read as something else.
#pragma once

#include <cstdint>
#include <string_view>

namespace kfl {

// Parses an optional '-' followed by one or more ASCII digits. A value too
// large for int64_t saturates to the int64_t limit of its sign (so that range
// checks report it as out of range, not as "not a number"). Returns false for
// anything else, *out unchanged.
bool ParseInteger(std::string_view text, int64_t* out);

// Parses a decimal number with '.' as the decimal separator: an optional
// '-', digits, optionally '.' and more digits, optionally an exponent
// ("4e-3"). Returns false for anything else (including "", "1,5", "inf").
bool ParseDecimal(std::string_view text, double* out);

}  // namespace kfl
