#include "stats/aggregate.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>

namespace kfl {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kMaxGrade = 10;

// Group slots of one unit: all, F, M, grade 1..10, in GroupCode order, so
// that walking the slots of a unit lists its groups sorted.
constexpr int kSlotsPerUnit = 3 + kMaxGrade;

constexpr int SlotOf(GroupCode group) {
  return group < kGroupGrade0 ? group : 3 + (group - kGroupGrade0 - 1);
}
constexpr GroupCode GroupOfSlot(int slot) {
  return static_cast<GroupCode>(slot < 3 ? slot : kGroupGrade0 + 1 + (slot - 3));
}
static_assert(SlotOf(kGroupAll) == 0 && SlotOf(kGroupMale) == 2);
static_assert(SlotOf(kGroupGrade0 + kMaxGrade) == kSlotsPerUnit - 1);
static_assert(GroupOfSlot(SlotOf(kGroupGrade0 + 8)) == kGroupGrade0 + 8);

// The units from each unit up to the county, flattened: the ancestors of u
// (u itself first) are path[begin[u] .. begin[u + 1]).
struct AncestorPaths {
  std::vector<int32_t> begin;
  std::vector<int32_t> path;

  explicit AncestorPaths(const UnitTree& units) {
    begin.reserve(units.size() + 1);
    for (int u = 0; u < units.size(); ++u) {
      begin.push_back(static_cast<int32_t>(path.size()));
      // The step limit guards against a cycle in a tree not built by the reader.
      for (int a = u, steps = 0; a >= 0 && steps <= units.size(); a = units[a].parent, ++steps)
        path.push_back(a);
    }
    begin.push_back(static_cast<int32_t>(path.size()));
  }
};

}  // namespace

std::string GroupName(GroupCode group) {
  if (group == kGroupAll) return "all";
  if (group == kGroupFemale) return "gender:F";
  if (group == kGroupMale) return "gender:M";
  if (group > kGroupGrade0 && group <= kGroupGrade0 + kMaxGrade)
    return "grade:" + std::to_string(group - kGroupGrade0);
  return "";
}

std::vector<Aggregate> AggregateScores(const UnitTree& units, const Instrument& instrument,
                                       const ResponseTable& table, const ScoreTable& scores) {
  assert(scores.rows() == table.rows());
  const int unit_count = units.size();
  const int score_count = scores.score_count;
  const bool by_gender = instrument.HasBackground(Background::kGender);
  const bool by_grade = instrument.HasBackground(Background::kGrade);
  const AncestorPaths ancestors(units);

  // The group slots (at most three) a row belongs to; returns their number.
  auto row_slots = [&](size_t r, int* slots) {
    int k = 0;
    slots[k++] = SlotOf(kGroupAll);
    if (by_gender && table.gender[r] == Gender::kFemale) slots[k++] = SlotOf(kGroupFemale);
    if (by_gender && table.gender[r] == Gender::kMale) slots[k++] = SlotOf(kGroupMale);
    if (by_grade && table.grade[r] >= 1 && table.grade[r] <= kMaxGrade)
      slots[k++] = SlotOf(static_cast<GroupCode>(kGroupGrade0 + table.grade[r]));
    return k;
  };
  auto valid_unit = [&](size_t r) { return table.unit[r] >= 0 && table.unit[r] < unit_count; };

  // 1. The valid rows ordered by unit (a counting sort): the cells of a
  // class, and mostly those of its school, then stay in cache while its rows
  // are added. With the classes of the rows in random order this makes a
  // county-sized table about three times faster.
  // next[u]: where the next row of unit u goes; rows keep their file order
  // within a unit, so sums are always added in the same order.
  std::vector<int32_t> next(unit_count + 1, 0);
  for (size_t r = 0; r < table.rows(); ++r)
    if (valid_unit(r)) ++next[table.unit[r] + 1];
  for (int u = 0; u < unit_count; ++u) next[u + 1] += next[u];
  std::vector<int32_t> by_unit(next[unit_count]);
  for (size_t r = 0; r < table.rows(); ++r)
    if (valid_unit(r)) by_unit[next[table.unit[r]]++] = static_cast<int32_t>(r);

  // 2. Which (unit, group) cells have respondents: cell[u * kSlotsPerUnit + slot].
  std::vector<int32_t> cell(static_cast<size_t>(unit_count) * kSlotsPerUnit, -1);
  int slots[3];
  for (const int32_t r : by_unit) {
    const int k = row_slots(r, slots);
    const int u = table.unit[r];
    for (int p = ancestors.begin[u]; p < ancestors.begin[u + 1]; ++p)
      for (int s = 0; s < k; ++s) cell[ancestors.path[p] * kSlotsPerUnit + slots[s]] = 0;
  }

  // 3. Number the cells in output order; cell c owns the output entries
  // [c * score_count, (c + 1) * score_count).
  std::vector<int> order(unit_count);
  for (int u = 0; u < unit_count; ++u) order[u] = u;
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return LevelDepth(units[a].level) < LevelDepth(units[b].level);
  });
  int32_t cells = 0;
  for (int u : order)
    for (int slot = 0; slot < kSlotsPerUnit; ++slot)
      if (cell[u * kSlotsPerUnit + slot] == 0) cell[u * kSlotsPerUnit + slot] = cells++;
  std::vector<Aggregate> out(static_cast<size_t>(cells) * score_count);
  for (int u : order)
    for (int slot = 0; slot < kSlotsPerUnit; ++slot) {
      const int32_t c = cell[u * kSlotsPerUnit + slot];
      if (c < 0) continue;
      for (int s = 0; s < score_count; ++s) {
        Aggregate& a = out[static_cast<size_t>(c) * score_count + s];
        a.unit = u;
        a.group = GroupOfSlot(slot);
        a.score = static_cast<int16_t>(s);
        a.mean = 0;  // a running sum until step 5
        a.sd = 0;    // a running sum of squared deviations until step 7
      }
    }

  // Calls f(row scores, first output entry of the cell) for every cell of
  // every row.
  auto for_each_cell = [&](auto&& f) {
    for (const int32_t r : by_unit) {
      const int k = row_slots(r, slots);
      const int u = table.unit[r];
      const double* x = scores.x.data() + static_cast<size_t>(r) * score_count;
      for (int p = ancestors.begin[u]; p < ancestors.begin[u + 1]; ++p)
        for (int s = 0; s < k; ++s) {
          const int32_t c = cell[ancestors.path[p] * kSlotsPerUnit + slots[s]];
          f(x, out.data() + static_cast<size_t>(c) * score_count);
        }
    }
  };

  // 4. First pass: n and sums.
  for_each_cell([&](const double* x, Aggregate* a) {
    for (int s = 0; s < score_count; ++s)
      if (!ScoreTable::Missing(x[s])) {
        ++a[s].n;
        a[s].mean += x[s];
      }
  });
  // 5. Means.
  for (Aggregate& a : out) a.mean = a.n > 0 ? a.mean / a.n : kNaN;

  // 6. Second pass: deviations from the mean. Their sum, zero in exact
  // arithmetic, corrects the rounding of the first pass (the corrected
  // two-pass algorithm of Chan, Golub and LeVeque).
  std::vector<double> deviation_sum(out.size(), 0.0);
  for_each_cell([&](const double* x, Aggregate* a) {
    double* e = deviation_sum.data() + (a - out.data());
    for (int s = 0; s < score_count; ++s)
      if (!ScoreTable::Missing(x[s])) {
        const double d = x[s] - a[s].mean;
        e[s] += d;
        a[s].sd += d * d;
      }
  });
  // 7. Sample SDs.
  for (size_t i = 0; i < out.size(); ++i) {
    Aggregate& a = out[i];
    if (a.n < 2) {
      a.sd = kNaN;
      continue;
    }
    const double e = deviation_sum[i];
    a.sd = std::sqrt(std::max(0.0, a.sd - e * e / a.n) / (a.n - 1));
    a.mean += e / a.n;
  }
  return out;
}

}  // namespace kfl
