// Answer distributions: how finely an audience may see the answers of one
// item in one unit (data contract 2.9). Pure; no I/O.
//
// Granularities, finest first (category groups in scale order; the
// favourable end is the top of the scale, or the bottom of a `reverse` item):
//   kEvery  every scale value on its own;
//   kThree  the values below the middle, the middle value (odd scales), the
//           values above it;
//   kTwo    the favourable end (the values beyond the middle on that side)
//           and the rest;
//   kHidden nothing (the reason is said instead).
// Each coarser granularity's groups are unions of the finer one's, so a
// reader who sees a unit at one granularity knows every coarser one too.
//
// Primary rule (per unit and item): the finest granularity at which every
// group count is at least min_cell, or 0 on an item that is not
// `sensitive` (on a sensitive item no count below min_cell is shown, 0
// included: neither "0 of 14 are bullied" nor "1 of 14"). A unit the
// audience does not see, or where fewer than min_n answered, is hidden.
//
// Secondary rule (across units and granularities). Counts are tied: a
// unit's count of a category is the sum of its children's (and of the
// respondents who belong to it directly), every unit's number of answers is
// taken to be known, and a coarse group is the sum of the finer ones. A
// reader could add and subtract shown counts along these relations. kfl
// treats a count that is not shown as protected when it is small (1 to
// min_cell - 1, or 0 on a sensitive item) or belongs to a unit where fewer
// than min_n answered, and checks exactly (privacy/linear_system.h) whether
// any protected count, of any group at any granularity finer than the one
// shown, follows from what is shown. While one does, a unit that helps to
// work it out (a sibling first, then a child, then the parent; the one with
// the fewest answers) is shown one granularity coarser, and the check runs
// again; granularities only ever get coarser, so this ends.
//
// Guarantee: no protected count of any unit, at any granularity, is a
// linear function of the counts this audience sees (together with `known`,
// the public decisions, for the restricted audience) and the relations
// above. Only distributions of group `all` are published, so the relations
// between `all` and gender or grade groups do not arise. Checked on the
// written distributions.csv of random data sets by
// tests/privacy/category_property_test.cpp.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "model/instrument.h"
#include "model/level.h"
#include "model/unit_tree.h"
#include "privacy/audience.h"
#include "stats/distribution.h"

namespace kfl {

enum class Granularity : uint8_t { kHidden, kTwo, kThree, kEvery };

// Why a distribution is not shown at every scale value.
enum class CategoryDisclosure : uint8_t {
  kShown,              // every scale value
  kTooFew,             // grouped: a finer count would be below min_cell
  kComplementary,      // grouped so that another unit's small count cannot be worked out
  kSensitive,          // hidden: a sensitive item with a small count (0 included)
  kTooFewAnswers,      // hidden: fewer than min_n answered the item
  kNotShown,           // the unit's level is not for this audience
  kComplementaryUnit,  // hidden so that another unit's small count cannot be worked out
};

// One decision per distribution.
struct DistributionDecision {
  Granularity granularity = Granularity::kHidden;
  CategoryDisclosure reason = CategoryDisclosure::kNotShown;

  bool shown() const { return granularity != Granularity::kHidden; }
  bool operator==(const DistributionDecision&) const = default;
};
using DistributionViews = std::vector<DistributionDecision>;

// The groups of a scale of `scale_size` values at `g`, as [first, last]
// index ranges in scale order (0 = scale.min); empty for kHidden.
std::vector<std::pair<int, int>> CategoryGroups(int scale_size, bool reverse, Granularity g);

// The primary decision for one distribution (see above).
DistributionDecision DecidePrimary(const ItemDistribution& distribution, Level unit_level,
                                   bool sensitive, bool reverse, const Audience& audience);

// Decisions for every distribution of one instrument and wave (in the order
// of `distributions`, as ItemDistributions returns them).
// `known`: the decisions of a less privileged audience whose outputs this
// audience's readers also see (the public ones, for the restricted view):
// what they show counts as shown, and is never shown more coarsely here.
// REQUIRES: `known`, when given, was computed from the same distributions.
DistributionViews DecideDistributions(const UnitTree& units, const Instrument& instrument,
                                      const std::vector<ItemDistribution>& distributions,
                                      const Audience& audience,
                                      const DistributionViews* known = nullptr);

}  // namespace kfl
