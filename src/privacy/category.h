// Category disclosure: which response-category counts and percentages of one
// item distribution (stats/distribution.h) an audience may see. Pure; the
// chart, site and PDF layers ask this and draw a dash with the reason
// (privacy/reason.h) for every hidden category, never a 0 or a missing bar.
//
// Rules, in order:
//  1. The unit's level is not for this audience: nothing (kNotShown).
//  2. Fewer than min_n answered the item: nothing (kTooFewAnswers), since
//     every percentage would rest on them.
//  3. A `sensitive` item with any category below min_cell (0 included):
//     nothing (kSensitive), so neither "0 of 14 are bullied" nor "1 of 14"
//     can be read off.
//  4. Otherwise each category below min_cell (0 included) is hidden
//     (kTooFew). The number who answered is shown with the distribution, so
//     the hidden categories' total is known: when exactly one category is
//     hidden, or the hidden ones hold fewer than min_cell answers together,
//     the smallest shown category is hidden as well (kComplementary), until
//     neither holds.
// DecideDistributions adds the hierarchy: a whole distribution is also an
// aggregate (n = answered) of its unit, and a school's answered count minus
// its shown classes' would give a hidden class's, so whole distributions go
// through DecideDisclosure first (kComplementaryUnit where it hides more).
// Not covered yet: differencing of single category counts between units
// (a school's "daily" count minus its shown classes' "daily" counts, where
// one class hides that category by rule 4).
#pragma once

#include <cstdint>
#include <vector>

#include <cstdint>
#include <initializer_list>
#include <span>
#include <vector>

#include "model/instrument.h"
#include "model/level.h"
#include "model/unit_tree.h"
#include "privacy/audience.h"
#include "stats/distribution.h"

namespace kfl {

enum class CategoryDisclosure : uint8_t {
  kShown,
  kTooFew,             // this category has fewer than min_cell answers
  kComplementary,      // hidden so that another small category cannot be worked out
  kSensitive,          // sensitive item with a small category: the whole distribution is hidden
  kTooFewAnswers,      // fewer than min_n answered the item: the whole distribution is hidden
  kNotShown,           // the unit's level is not for this audience
  kComplementaryUnit,  // the whole distribution is hidden so that another unit's cannot be worked
                       // out
};

// One decision per category of `distribution` (value scale.min first).
std::vector<CategoryDisclosure> DecideCategories(const ItemDistribution& distribution,
                                                 Level unit_level, bool sensitive,
                                                 const Audience& audience);

// One decision per category of every distribution of a part, in one flat
// array: a part has hundreds of thousands of distributions of a handful of
// categories, and a vector for each would cost ten times the decisions.
//
//   CategoryViews v;
//   v.Add(std::vector<CategoryDisclosure>{kShown, kTooFew});
//   v.Add(5, CategoryDisclosure::kNotShown);
//   v[1].size() == 5;  v[0][1] == kTooFew
class CategoryViews {
 public:
  CategoryViews() = default;
  // For tests: one list per distribution.
  CategoryViews(std::initializer_list<std::vector<CategoryDisclosure>> views) {
    for (const auto& v : views) Add(v);
  }

  void Add(std::span<const CategoryDisclosure> decisions) {
    values_.insert(values_.end(), decisions.begin(), decisions.end());
    ends_.push_back(static_cast<uint32_t>(values_.size()));
  }
  void Add(size_t categories, CategoryDisclosure all) {
    values_.insert(values_.end(), categories, all);
    ends_.push_back(static_cast<uint32_t>(values_.size()));
  }
  void reserve(size_t distributions) { ends_.reserve(distributions); }

  size_t size() const { return ends_.size(); }
  bool empty() const { return ends_.empty(); }
  std::span<const CategoryDisclosure> operator[](size_t i) const {
    const uint32_t begin = i == 0 ? 0 : ends_[i - 1];
    return {values_.data() + begin, ends_[i] - begin};
  }
  bool operator==(const CategoryViews&) const = default;

  // The flat arrays, for storing (build/decision_memo.h).
  const std::vector<CategoryDisclosure>& values() const { return values_; }
  const std::vector<uint32_t>& ends() const { return ends_; }
  static CategoryViews FromArrays(std::vector<CategoryDisclosure> values,
                                  std::vector<uint32_t> ends) {
    CategoryViews v;
    v.values_ = std::move(values);
    v.ends_ = std::move(ends);
    return v;
  }

 private:
  std::vector<CategoryDisclosure> values_;
  std::vector<uint32_t> ends_;  // one past each distribution's last decision
};

// Decisions for every distribution of one instrument and wave (in the order
// of `distributions`, as ItemDistributions returns them), one per category.
// `known`: the decisions of a less privileged audience whose outputs this
// audience's readers also see (the public ones, for the restricted view).
// REQUIRES: `known`, when given, was computed from the same distributions.
CategoryViews DecideDistributions(const UnitTree& units, const Instrument& instrument,
                                  const std::vector<ItemDistribution>& distributions,
                                  const Audience& audience, const CategoryViews* known = nullptr);

}  // namespace kfl
