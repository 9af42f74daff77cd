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

// Decisions for every distribution of one instrument and wave (in the order
// of `distributions`, as ItemDistributions returns them), one per category.
// `known`: the decisions of a less privileged audience whose outputs this
// audience's readers also see (the public ones, for the restricted view).
// REQUIRES: `known`, when given, was computed from the same distributions.
std::vector<std::vector<CategoryDisclosure>> DecideDistributions(
    const UnitTree& units, const Instrument& instrument,
    const std::vector<ItemDistribution>& distributions, const Audience& audience,
    const std::vector<std::vector<CategoryDisclosure>>* known = nullptr);

}  // namespace kfl
