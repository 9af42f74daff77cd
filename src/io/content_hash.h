// ContentHash: a SHA-256 over typed values, for the keys of the output
// cache (output_cache.h): everything an output's bytes depend on is added,
// and two equal keys mean equal bytes.
//
//   ContentHash h;
//   h.Add("page").Add(unit_id).Add(3.25);
//   std::string key = h.Hex();   // 64 hex digits
//
// Each value is written with its length or in a fixed width, so ("ab", "c")
// and ("a", "bc") give different keys. Doubles are hashed by their bits
// (-0 and 0 differ; equal values always agree). A leaf utility: no
// dependencies besides OpenSSL, usable from any stage. Not thread-safe;
// one per thread.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "io/file_system.h"

namespace kfl {

class ContentHash {
 public:
  ContentHash();
  ~ContentHash();
  ContentHash(const ContentHash&) = delete;
  ContentHash& operator=(const ContentHash&) = delete;

  ContentHash& Add(std::string_view bytes);
  ContentHash& Add(const char* text) { return Add(std::string_view(text)); }
  ContentHash& Add(const std::string& text) { return Add(std::string_view(text)); }
  ContentHash& Add(int64_t v);
  ContentHash& Add(int v) { return Add(static_cast<int64_t>(v)); }
  ContentHash& Add(long long v) { return Add(static_cast<int64_t>(v)); }
  ContentHash& Add(bool v) { return Add(static_cast<int64_t>(v)); }
  ContentHash& Add(double v);
  template <typename T>
  ContentHash& Add(const std::vector<T>& values) {
    Add(static_cast<int64_t>(values.size()));
    for (const T& v : values) Add(v);
    return *this;
  }

  // The bytes of the file at `path` (nothing when it cannot be read), from
  // `fs` or the real file system.
  ContentHash& AddFile(const FileSystem& fs, const std::string& path);
  ContentHash& AddFile(const std::string& path);

  // Every regular file below `dir` (relative path and bytes, in sorted
  // order) except those for which skip(relative path) is true. A missing
  // directory adds nothing.
  ContentHash& AddTree(const FileSystem& fs, const std::string& dir,
                       const std::function<bool(const std::string&)>& skip = nullptr);
  ContentHash& AddTree(const std::string& dir,
                       const std::function<bool(const std::string&)>& skip = nullptr);

  // The SHA-256 of everything added, as lower-case hex. Call once.
  std::string Hex();

 private:
  void Flush();

  struct Digest;
  std::unique_ptr<Digest> digest_;
  std::string bytes_;  // small values collect here; hashed in blocks
};

// The hash of the running kfl binary (its GNU build id, else its bytes'
// SHA-256): a different program may write different bytes.
const std::string& ProgramId();

}  // namespace kfl
