// Throughput check for the stats stage (not a test): a county-sized table of
// 400,000 rows, 16 factors + 5 areas = 21 scores, gender and grade groups,
// over about 35,000 units (1 county, 25 municipalities, 1,250 schools,
// 33,750 classes). Prints the time of each step.
//
//   cmake --build BUILD --target kfl_stats_throughput
//   BUILD/tests/stats/kfl_stats_throughput [grouped]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "stats/stats.h"

namespace kfl {
namespace {

constexpr int kMunicipalities = 25;
constexpr int kSchoolsPer = 50;
constexpr int kClassesPer = 27;
constexpr int kRows = 400000;

template <typename F>
double Seconds(F&& f) {
  const auto start = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

int Main(bool grouped) {
  UnitTree tree;
  std::vector<std::string> parents;
  std::vector<int> classes;
  auto add = [&](const std::string& id, Level level, const std::string& parent, int grade) {
    Unit u;
    u.id = id;
    u.level = level;
    u.grade = grade;
    parents.push_back(parent);
    return tree.Add(std::move(u));
  };
  add("c", Level::kCounty, "", 0);
  for (int m = 0; m < kMunicipalities; ++m) {
    const std::string mid = "m" + std::to_string(m);
    add(mid, Level::kMunicipality, "c", 0);
    for (int s = 0; s < kSchoolsPer; ++s) {
      const std::string sid = mid + "s" + std::to_string(s);
      add(sid, Level::kSchool, mid, 0);
      for (int k = 0; k < kClassesPer; ++k)
        classes.push_back(add(sid + "k" + std::to_string(k), Level::kClass, sid, 5 + k % 6));
    }
  }
  tree.Link(parents);

  Instrument instrument;
  instrument.background = {Background::kGender, Background::kGrade};
  for (int a = 0; a < 5; ++a) instrument.areas.push_back({"a" + std::to_string(a), {}, {}});
  for (int f = 0; f < 16; ++f) {
    const int area = f % 5;
    instrument.areas[area].factors.push_back(f);
    instrument.factors.push_back({"f" + std::to_string(f), {}, area, {}});
    for (int i = 0; i < 4; ++i) {
      instrument.factors[f].items.push_back(static_cast<int>(instrument.items.size()));
      instrument.items.push_back(
          {"i" + std::to_string(instrument.items.size()), {}, i == 3, false, f});
    }
  }

  std::mt19937 rng(1);
  std::uniform_int_distribution<int> pick_class(0, static_cast<int>(classes.size()) - 1);
  std::uniform_int_distribution<int> value(1, 5);
  std::uniform_int_distribution<int> percent(0, 99);
  ResponseTable table;
  table.item_count = static_cast<int>(instrument.items.size());
  std::vector<int8_t> row(table.item_count);
  for (int r = 0; r < kRows; ++r) {
    const int unit = grouped ? classes[static_cast<size_t>(r) * classes.size() / kRows]
                             : classes[pick_class(rng)];
    for (int8_t& v : row) v = percent(rng) < 5 ? kMissingValue : static_cast<int8_t>(value(rng));
    const int g = percent(rng);
    table.AddRow(unit,
                 g < 48   ? Gender::kFemale
                 : g < 96 ? Gender::kMale
                          : Gender::kUnknown,
                 static_cast<int8_t>(tree[unit].grade), row.data());
  }
  std::printf("%d units, %zu rows (%s), %d items, %d scores\n", tree.size(), table.rows(),
              grouped ? "grouped by class" : "classes in random order", table.item_count,
              instrument.ScoreCount());

  for (int rep = 0; rep < 3; ++rep) {
    ScoreTable scores;
    std::vector<Aggregate> aggregates;
    std::vector<ItemDistribution> distributions;
    std::vector<Reliability> alphas;
    size_t valid = 0;
    const double t_score = Seconds([&] { scores = ScoreResponses(instrument, table, 0.5); });
    const double t_agg =
        Seconds([&] { aggregates = AggregateScores(tree, instrument, table, scores); });
    const double t_std = Seconds([&] {
      const auto refs = ReferenceFromAggregates(aggregates, tree.county(), scores.score_count);
      for (const Aggregate& a : aggregates)
        valid += Standardize(a.n, a.mean, a.sd, refs[a.score]).valid;
    });
    const double t_dist =
        Seconds([&] { distributions = ItemDistributions(tree, instrument, table); });
    const double t_alpha = Seconds([&] { alphas = CronbachAlpha(instrument, table); });
    std::printf(
        "run %d: score %.3f s, aggregate %.3f s (%zu aggregates, %.1f M row-scores/s), "
        "standardize %.3f s (%zu valid), distributions %.3f s (%zu), alpha %.3f s\n",
        rep, t_score, t_agg, aggregates.size(), kRows * 21.0 / t_agg / 1e6, t_std, valid, t_dist,
        distributions.size(), t_alpha);
  }
  return 0;
}

}  // namespace
}  // namespace kfl

// With the argument "grouped" the rows come class by class, as in most
// exported files; by default their classes are in random order.
int main(int argc, char** argv) { return kfl::Main(argc > 1 && std::string(argv[1]) == "grouped"); }
