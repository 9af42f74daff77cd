#include "privacy/category.h"

#include <algorithm>

#include "privacy/disclosure.h"

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

CategoryViews DecideDistributions(const UnitTree& units, const Instrument& instrument,
                                  const std::vector<ItemDistribution>& distributions,
                                  const Audience& audience, const CategoryViews* known) {
  // The whole distributions as aggregates of an instrument whose scores are
  // the items (no areas): blocks of items.size() per unit, group all, in
  // the order ItemDistributions gives them.
  Instrument items_only;
  items_only.factors.resize(instrument.items.size());
  std::vector<Aggregate> wholes;
  wholes.reserve(distributions.size());
  for (const ItemDistribution& d : distributions)
    wholes.push_back({d.unit, kGroupAll, static_cast<int16_t>(d.item), d.answered(), 0, 0});
  std::vector<Disclosure> known_wholes;
  if (known) {
    for (size_t i = 0; i < known->size(); ++i) {
      const std::span<const CategoryDisclosure> k = (*known)[i];
      const bool shown = std::any_of(k.begin(), k.end(), [](CategoryDisclosure c) {
        return c != CategoryDisclosure::kTooFewAnswers && c != CategoryDisclosure::kNotShown &&
               c != CategoryDisclosure::kComplementaryUnit;
      });
      known_wholes.push_back(shown ? Disclosure::kPublished : Disclosure::kTooFew);
    }
  }
  const std::vector<Disclosure> whole =
      DecideDisclosure(units, items_only, wholes, audience, known ? &known_wholes : nullptr);
  CategoryViews out;
  out.reserve(distributions.size());
  for (size_t i = 0; i < distributions.size(); ++i) {
    const ItemDistribution& d = distributions[i];
    const size_t k = d.counts.size();
    switch (whole[i]) {
      case Disclosure::kNotShown:
        out.Add(k, CategoryDisclosure::kNotShown);
        break;
      case Disclosure::kTooFew:
        out.Add(k, CategoryDisclosure::kTooFewAnswers);
        break;
      case Disclosure::kComplementary:
        out.Add(k, CategoryDisclosure::kComplementaryUnit);
        break;
      case Disclosure::kPublished:
        out.Add(
            DecideCategories(d, units[d.unit].level, instrument.items[d.item].sensitive, audience));
        break;
    }
  }
  return out;
}

}  // namespace kfl
