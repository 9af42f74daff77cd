// UTF-8 helpers shared by the readers: validating one sequence, counting
// characters (columns in diagnostics are counted in characters, so that an
// editor's "go to column" lands on the right place).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kfl {

// Length (1-4) of the well-formed UTF-8 sequence that starts at `p`, of which
// `available` bytes can be read; 0 when the bytes there are not well-formed
// UTF-8 (a stray continuation byte, an overlong form, a surrogate, a value
// above U+10FFFF, or a sequence cut short).
// REQUIRES: available >= 1.
int Utf8SequenceLength(const unsigned char* p, size_t available);

// Number of characters in `text`; an invalid byte counts as one character.
size_t Utf8Length(std::string_view text);

// Offset of the first byte of `text` that is not well-formed UTF-8, or
// std::string_view::npos.
size_t FindInvalidUtf8(std::string_view text);

// The code points of `text`; each invalid byte becomes U+FFFD.
std::u32string DecodeUtf8(std::string_view text);

// Characters that must not reach a page, a PDF or a file name, in text that
// kfl shows (unit names, instrument texts): C0 controls other than tab, line
// feed and carriage return, DEL, C1 controls, and the bidirectional
// embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069),
// which would reorder the text after them. (The marks U+200E and U+200F,
// which belong in right-to-left names, are allowed.) Returns the first one,
// or nullopt when there is none.
std::optional<char32_t> FindControlCharacter(std::string_view text);

// "U+202E": the code point as written in messages.
std::string CodePointName(char32_t c);

}  // namespace kfl
