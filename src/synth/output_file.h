// OutputFile: a file written through one large buffer, with the few
// formatting operations the generator needs (integers by hand, CSV fields
// quoted per RFC 4180). A national data set is hundreds of megabytes: no
// iostreams, no per-value allocation, one write call per megabyte.
//
// Errors are sticky: after a failed write every call is a no-op and Close()
// reports the failure.
#pragma once

#include "io/diagnostics.h"
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace kfl::synth {

class OutputFile {
 public:
  OutputFile() = default;
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;
  ~OutputFile();

  // Creates or truncates `path`. Returns false and adds a diagnostic naming
  // the path on failure.
  bool Open(const std::string& path, Diagnostics* diags);
  // Flushes and closes; false and a diagnostic when any write failed.
  bool Close(Diagnostics* diags);

  void Put(char c) {
    buffer_.push_back(c);
    MaybeFlush();
  }
  void Put(std::string_view s) {
    buffer_.append(s);
    MaybeFlush();
  }
  // Decimal digits of n, zero-padded to at least `width`.
  void PutUInt(uint64_t n, int width = 0);
  // A fixed-point decimal: value / 10^decimals with exactly `decimals`
  // digits after '.', e.g. PutFixed(402, 1) writes "40.2".
  void PutFixed(int64_t value, int decimals);
  // A CSV field, quoted when it contains a comma, a quote or a line break.
  void PutCsvField(std::string_view s);

 private:
  static constexpr size_t kFlushAt = 1 << 20;

  void MaybeFlush() {
    if (buffer_.size() >= kFlushAt) Flush();
  }
  void Flush();

  std::FILE* file_ = nullptr;
  std::string path_;
  std::string buffer_;
  bool failed_ = false;
};

}  // namespace kfl::synth
