// Suggestions for misspelt names ("did you mean ...?"): an unknown key,
// column, level, unit or file is compared with the names that are allowed,
// and the closest one is offered when it is close enough to be a typo.
//
//   Suggest("titel", {"title", "owner"})  // "title"
//   Suggest("xyz", {"title", "owner"})    // "" (nothing close)
//
// Diagnostics carry the suggestion as the argument "suggestion";
// FormatDiagnostic appends the catalog's "diag.did_you_mean" to any message
// that has one, so every message suggests in the same words.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "io/diagnostics.h"

namespace kfl {

// Edit distance in characters (code points) where a swap of two neighbouring
// characters counts as one edit (optimal string alignment distance).
size_t EditDistance(std::string_view a, std::string_view b);

// The candidate closest to `word` when it is close enough to be a likely
// typo (a few edits, fewer for short words, or the same name in other
// letter case); "" otherwise. Ties go to the earliest candidate.
std::string Suggest(std::string_view word, const std::vector<std::string_view>& candidates);
std::string Suggest(std::string_view word, const std::vector<std::string>& candidates);

// Reports `key` (with `args`) at `where`, adding the argument "suggestion"
// when `suggestion` is not empty.
void ErrorWithSuggestion(Diagnostics* diags, Location where, const std::string& key,
                         MessageArgs args, const std::string& suggestion);

// Suggest() over a large, fixed list of candidates (e.g. every unit id), for
// files where the same unknown name may come back on thousands of rows:
// answers are cached, and after `max_searches` distinct words it stops
// searching and returns "" so that a file full of unknown names stays fast.
// The candidates must outlive the Suggester.
class Suggester {
 public:
  explicit Suggester(std::vector<std::string_view> candidates, size_t max_searches = 200)
      : candidates_(std::move(candidates)), max_searches_(max_searches) {}

  const std::string& operator()(std::string_view word);

 private:
  std::vector<std::string_view> candidates_;
  std::unordered_map<std::string, std::string> cache_;
  size_t max_searches_;
  std::string none_;
};

}  // namespace kfl
