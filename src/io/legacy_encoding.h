// LegacyEncodingFile: reads a CSV file that is UTF-8 as it is, and one that
// Excel saved as "CSV (semikolondelt)" in Windows-1252 converted to UTF-8.
//
// The encoding is decided at the file's first byte outside ASCII: when it
// starts a well-formed UTF-8 sequence (or is a BOM) the file is UTF-8 and
// every byte passes through unchanged (later invalid bytes are the reader's
// to report); when it does not, the file is Windows-1252 and it and every
// byte after it are converted with ICU's windows-1252 converter. Everything
// before that byte is ASCII, which both encodings write alike, so the
// decision never changes what was already read. The five bytes that
// Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) pass through
// unchanged, so that the reader reports them as invalid text: never a guess.
//
// A UTF-16 byte order mark at the start passes through too (the reader
// refuses UTF-16 with a message of its own).
//
// A file mixing the two (valid UTF-8 first, Windows-1252 later) is read as
// UTF-8, and its Windows-1252 bytes are reported as invalid UTF-8.
//
//   LegacyEncodingFile in(file.get());
//   in.Read(buffer, size);  // UTF-8
//   if (in.windows_1252()) Warn(in.first_line(), in.first_column());
//
// Not thread-safe.
#pragma once

#include <cstddef>
#include <string>

#include "io/file_system.h"

namespace kfl {

class LegacyEncodingFile final : public InputFile {
 public:
  // `file` must outlive this object.
  explicit LegacyEncodingFile(InputFile* file) : file_(file) {}

  // Reads UTF-8 (see above). At most `size` bytes; 0 at the end, -1 on a
  // read error of the underlying file.
  std::ptrdiff_t Read(char* buffer, size_t size) override;

  // True once the file was found to be Windows-1252 (and is being converted).
  bool windows_1252() const { return state_ == State::kWindows1252; }
  // Where the first byte outside ASCII is (1-based line and column of the
  // original file), once it has been read.
  int first_line() const { return first_line_; }
  int first_column() const { return first_column_; }

 private:
  enum class State { kAscii, kUtf8, kWindows1252 };

  // Decides the encoding at raw_[at], the first non-ASCII byte.
  bool Decide(size_t at);

  InputFile* file_;
  State state_ = State::kAscii;
  std::string raw_;      // bytes read from file_, from pending_pos_ on not yet returned
  std::string decoded_;  // converted bytes, the same
  size_t pending_pos_ = 0;  // in decoded_ when it has bytes left, else in raw_
  bool eof_ = false;
  int line_ = 1;  // position of the next ASCII byte scanned (kAscii only)
  int column_ = 1;
  int first_line_ = 0;
  int first_column_ = 0;
};

}  // namespace kfl
