#include "io/suggest.h"

#include <algorithm>
#include <cctype>

#include "io/utf8.h"

namespace kfl {
namespace {

size_t Distance(const std::u32string& a, const std::u32string& b) {
  // Optimal string alignment: Levenshtein plus transpositions of neighbours.
  const size_t n = a.size(), m = b.size();
  std::vector<size_t> prev2(m + 1), prev(m + 1), row(m + 1);
  for (size_t j = 0; j <= m; ++j) prev[j] = j;
  for (size_t i = 1; i <= n; ++i) {
    row[0] = i;
    for (size_t j = 1; j <= m; ++j) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        row[j] = std::min(row[j], prev2[j - 2] + 1);
    }
    std::swap(prev2, prev);
    std::swap(prev, row);
  }
  return prev[m];
}

// Edits allowed for a word of `length` characters to count as a typo.
size_t MaxEdits(size_t length) {
  if (length <= 3) return 1;
  if (length <= 8) return 2;
  return 3;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

template <typename Candidates>
std::string SuggestImpl(std::string_view word, const Candidates& candidates) {
  if (word.empty()) return "";
  const std::u32string w = DecodeUtf8(word);
  const std::string lower = AsciiLower(word);
  const size_t limit = MaxEdits(w.size());
  size_t best_distance = limit + 1;
  std::string_view best;
  for (const auto& candidate : candidates) {
    std::string_view c(candidate);
    if (c == word) continue;
    if (AsciiLower(c) == lower) return std::string(c);
    // The distance is at least the difference in length: skip early.
    size_t length = Utf8Length(c);
    size_t gap = length > w.size() ? length - w.size() : w.size() - length;
    if (gap >= best_distance) continue;
    size_t d = Distance(w, DecodeUtf8(c));
    // A word is not a typo of a name it shares almost nothing with.
    if (d < best_distance && d < std::max(w.size(), length)) {
      best_distance = d;
      best = c;
    }
  }
  return std::string(best);
}

}  // namespace

size_t EditDistance(std::string_view a, std::string_view b) {
  return Distance(DecodeUtf8(a), DecodeUtf8(b));
}

std::string Suggest(std::string_view word, const std::vector<std::string_view>& candidates) {
  return SuggestImpl(word, candidates);
}

std::string Suggest(std::string_view word, const std::vector<std::string>& candidates) {
  return SuggestImpl(word, candidates);
}

void ErrorWithSuggestion(Diagnostics* diags, Location where, const std::string& key,
                         MessageArgs args, const std::string& suggestion) {
  if (suggestion.empty()) {
    diags->Error(std::move(where), key, std::move(args));
    return;
  }
  args.emplace_back("suggestion", suggestion);
  diags->Error(std::move(where), key, std::move(args));
}

const std::string& Suggester::operator()(std::string_view word) {
  std::string key(word);
  auto it = cache_.find(key);
  if (it != cache_.end()) return it->second;
  if (cache_.size() >= max_searches_) return none_;
  std::string suggestion = SuggestImpl(word, candidates_);
  return cache_.emplace(std::move(key), std::move(suggestion)).first->second;
}

}  // namespace kfl
