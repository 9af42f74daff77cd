#include "privacy/category.h"

#include <algorithm>

namespace kfl {

std::vector<CategoryDisclosure> DecideCategories(const ItemDistribution& distribution,
                                                 Level unit_level, bool sensitive,
                                                 const Audience& audience) {
  const std::vector<int32_t>& counts = distribution.counts;
  const size_t k = counts.size();
  auto all = [&](CategoryDisclosure d) { return std::vector<CategoryDisclosure>(k, d); };
  if (!audience.Shows(unit_level)) return all(CategoryDisclosure::kNotShown);
  if (distribution.answered() < audience.min_n) return all(CategoryDisclosure::kTooFewAnswers);
  const bool any_small =
      std::any_of(counts.begin(), counts.end(), [&](int32_t c) { return c < audience.min_cell; });
  if (sensitive && any_small) return all(CategoryDisclosure::kSensitive);

  std::vector<CategoryDisclosure> out(k, CategoryDisclosure::kShown);
  for (size_t c = 0; c < k; ++c)
    if (counts[c] < audience.min_cell) out[c] = CategoryDisclosure::kTooFew;
  for (;;) {
    int hidden = 0, hidden_answers = 0;
    for (size_t c = 0; c < k; ++c)
      if (out[c] != CategoryDisclosure::kShown) ++hidden, hidden_answers += counts[c];
    if (hidden == 0 || (hidden >= 2 && hidden_answers >= audience.min_cell)) break;
    // The smallest shown category (the first of equals); none left: done.
    int smallest = -1;
    for (size_t c = 0; c < k; ++c)
      if (out[c] == CategoryDisclosure::kShown && (smallest < 0 || counts[c] < counts[smallest]))
        smallest = static_cast<int>(c);
    if (smallest < 0) break;
    out[smallest] = CategoryDisclosure::kComplementary;
  }
  return out;
}

}  // namespace kfl
