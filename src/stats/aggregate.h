// Unit aggregates (data contract 2.5, 2.6): for every unit that has at least
// one respondent in its subtree, for the group `all` and every background
// value present among those respondents, and for every score: n (respondents
// with a non-missing score), the mean and the sample SD (n - 1) of the score.
//
// Means and SDs are computed in two passes (mean first, then squared
// deviations) so that they agree with a statistics package to the last
// printed digit.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/instrument.h"
#include "model/response_table.h"
#include "model/unit_tree.h"
#include "stats/scoring.h"

namespace kfl {

// A group of respondents within a unit, as a small code:
// kGroupAll, kGroupFemale, kGroupMale, or kGroupGrade0 + grade (1-10).
using GroupCode = int16_t;
constexpr GroupCode kGroupAll = 0;
constexpr GroupCode kGroupFemale = 1;
constexpr GroupCode kGroupMale = 2;
constexpr GroupCode kGroupGrade0 = 10;

// "all", "gender:F", "gender:M", "grade:8".
std::string GroupName(GroupCode group);

struct Aggregate {
  int32_t unit = -1;  // index into UnitTree
  GroupCode group = kGroupAll;
  int16_t score = 0;  // score index in the instrument's layout
  int32_t n = 0;      // non-missing scores
  double mean = 0;    // NaN when n == 0
  double sd = 0;      // NaN when n < 2
};

// Aggregates of one instrument in one wave, sorted by (unit depth, unit
// index, group, score): the county first. Every (unit, group) with at least
// one respondent has one entry per score, also where n == 0 for that score.
// Groups by gender or grade exist only where the instrument collects that
// background. A row counts in `all`, in its gender's group when its gender
// is known and in its grade's group when its grade is 1-10.
//
// Cost: two passes over rows x ancestors x groups x scores; memory about
// 1.3 times the result, plus an index of units x 13 group codes.
// REQUIRES: scores.rows() == table.rows(); every table.unit is an index into
// `units` (rows with any other value are ignored).
std::vector<Aggregate> AggregateScores(const UnitTree& units, const Instrument& instrument,
                                       const ResponseTable& table, const ScoreTable& scores);

}  // namespace kfl
