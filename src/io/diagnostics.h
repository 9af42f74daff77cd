// Diagnostics: the list of problems found in the input, each pointing at a
// file, line and column. Messages are not text but a catalog key plus named
// arguments, so that they can be shown in the user's language
// (text/catalog.h, templates/i18n/<lang>.json).
//
// Not thread-safe: give each thread its own Diagnostics and Merge() them.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace kfl {

// Named arguments of a message: {"value", "7"}, {"item", "e510_04"}, ...
using MessageArgs = std::vector<std::pair<std::string, std::string>>;

struct Location {
  std::string file;  // path as shown to the user
  int line = 0;      // 1-based; 0 when the problem concerns the whole file
  int column = 0;    // 1-based, in characters; 0 when unknown
};

enum class Severity { kError, kWarning };

struct Diagnostic {
  Severity severity = Severity::kError;
  Location where;
  std::string key;  // catalog key, e.g. "diag.value_out_of_scale"
  MessageArgs args;
};

// Keeps at most kMaxKept diagnostics (so that a file that is wrong on every
// one of its million rows costs bounded memory) and counts the rest.
class Diagnostics {
 public:
  static constexpr size_t kMaxKept = 10000;
  // An argument longer than kMaxQuotedBytes (a value quoted from the
  // input) is kept as its first kQuotedChars characters and "…".
  static constexpr size_t kMaxQuotedBytes = 120;
  static constexpr size_t kQuotedChars = 40;

  void Error(Location where, std::string key, MessageArgs args = {});
  void Warning(Location where, std::string key, MessageArgs args = {});
  void Merge(const Diagnostics& other);

  bool has_errors() const { return error_count_ > 0; }
  size_t error_count() const { return error_count_; }
  // Diagnostics counted but not kept because kMaxKept was reached.
  size_t dropped() const { return dropped_; }
  const std::vector<Diagnostic>& all() const { return list_; }
  // The diagnostics sorted by file, line and column (stable), errors and
  // warnings together, as they are printed.
  std::vector<Diagnostic> Sorted() const;

 private:
  std::vector<Diagnostic> list_;
  size_t error_count_ = 0;
  size_t dropped_ = 0;

  void Add(Diagnostic d);
};

}  // namespace kfl
