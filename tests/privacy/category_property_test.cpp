// The property test of the answer distributions (issue 20): on 1,000 random
// small data sets (random trees of schools and classes, class sizes 0-30,
// skewed answers, random thresholds, sensitive and reverse items, 5- and
// 4-point scales) the distributions.csv files kfl writes for both audiences
// satisfy
//   (a) every shown count is 0 (items that are not sensitive only) or at
//       least min_cell, and the rows of a unit and item cover the scale once
//       (or are one suppressed row);
//   (b) no protected count (a small count, 0 on a sensitive item, or any
//       count of a unit where fewer than min_n answered) of any group at any
//       granularity finer than the one shown can be worked out exactly from
//       the shown counts, every unit's number of answers and the relation
//       parent = sum of children. A reader of the restricted file also
//       reads the public one.
// Independent of the code under test: the truth is generated here, what is
// shown is parsed from the CSV text, and the algebra is a Householder QR
// (the privacy stage peels and uses LU).
#include <gtest/gtest.h>

#include <Eigen/Dense>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "privacy/category.h"
#include "privacy/results.h"
#include "publish/data_files.h"
#include "publish/output_dir.h"

namespace kfl {
namespace {

int DataSets() {
  if (const char* n = std::getenv("KFL_PROPERTY_DATA_SETS")) return std::atoi(n);
#ifdef KFL_SANITIZE
  return 200;
#else
  return 1000;
#endif
}

struct Random {
  DataSet data;
  Results results;
  Audience pub, res;
};

Random Make(std::mt19937& rng) {
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  Random r;
  DataSet& data = r.data;
  data.project.waves = {{"2020", "T 2020"}};
  Instrument in;
  in.id = "test";
  in.scale.min = 1;
  in.scale.max = pick(0, 3) == 0 ? 4 : 5;
  for (int j = 0; j < 2; ++j) {
    Item item;
    item.id = "q" + std::to_string(j);
    item.reverse = pick(0, 2) == 0;
    item.sensitive = pick(0, 2) == 0;
    in.items.push_back(item);
  }
  data.instruments = {in};
  const int k = in.scale.max - in.scale.min + 1;
  // Units breadth first, so that index order is depth order.
  std::vector<std::string> parents;
  auto add = [&](const std::string& id, Level level, const std::string& parent) {
    Unit u;
    u.id = id;
    u.name = id;
    u.level = level;
    data.units.Add(u);
    parents.push_back(parent);
  };
  add("c", Level::kCounty, "");
  const int municipalities = pick(1, 2);
  std::vector<std::string> schools;
  for (int m = 0; m < municipalities; ++m) add("m" + std::to_string(m), Level::kMunicipality, "c");
  for (int m = 0; m < municipalities; ++m) {
    for (int s = pick(1, 3); s > 0; --s) {
      schools.push_back("s" + std::to_string(schools.size()));
      add(schools.back(), Level::kSchool, "m" + std::to_string(m));
    }
  }
  std::vector<std::pair<std::string, int>> classes;  // id, size
  for (const std::string& s : schools) {
    for (int c = pick(0, 4); c > 0; --c) {
      classes.push_back({"k" + std::to_string(classes.size()), pick(0, 30)});
      add(classes.back().first, Level::kClass, s);
    }
  }
  data.units.Link(parents);
  // Answers at the classes, skewed towards one end; sums above.
  const int n = data.units.size();
  std::vector<std::vector<std::vector<int32_t>>> counts(
      n, std::vector<std::vector<int32_t>>(2, std::vector<int32_t>(k, 0)));
  std::vector<int> respondents(n, 0);
  for (const auto& [id, size] : classes) {
    const int u = data.units.Find(id);
    for (int j = 0; j < 2; ++j) {
      std::vector<double> w(k);
      const double slope = std::uniform_real_distribution<double>(-1.6, 1.6)(rng);
      for (int c = 0; c < k; ++c) w[c] = std::exp(slope * c);
      std::discrete_distribution<int> answer(w.begin(), w.end());
      for (int i = 0; i < size; ++i) {
        const int a = answer(rng);
        for (int v = u; v >= 0; v = data.units[v].parent) ++counts[v][j][a];
      }
    }
    for (int v = u; v >= 0; v = data.units[v].parent) respondents[v] += size;
  }
  WaveResult part;
  part.wave = 0;
  part.instrument = 0;
  for (int u = 0; u < n; ++u) {
    if (respondents[u] == 0) continue;
    for (int j = 0; j < 2; ++j) part.distributions.push_back({u, j, counts[u][j]});
  }
  const int min_cell = pick(1, 4);
  const int min_n_public = pick(3, 12);
  r.pub = {.kind = AudienceKind::kPublic,
           .levels = {Level::kCounty, Level::kMunicipality, Level::kSchool},
           .min_n = min_n_public,
           .min_cell = min_cell};
  r.res = {.kind = AudienceKind::kRestricted,
           .levels = {Level::kCounty, Level::kMunicipality, Level::kSchool, Level::kClass},
           .min_n = pick(1, min_n_public),
           .min_cell = min_cell};
  part.public_distribution_view =
      DecideDistributions(data.units, in, part.distributions, r.pub);
  part.restricted_distribution_view = DecideDistributions(
      data.units, in, part.distributions, r.res, &part.public_distribution_view);
  r.results.waves.push_back(std::move(part));
  return r;
}

std::string Csv(const Random& r, AudienceKind audience) {
  char* buffer = nullptr;
  size_t size = 0;
  std::FILE* f = open_memstream(&buffer, &size);
  {
    FileWriter out("distributions.csv", f);
    WriteDistributionsCsv(r.data, r.results, audience, &out);
    out.Close();
  }
  std::string text(buffer, size);
  std::free(buffer);
  return text;
}

// (unit, item) -> shown groups as [first, last] value indices; a hidden
// item has none.
using Shown = std::map<std::pair<int, int>, std::vector<std::pair<int, int>>>;

// Parses one file, checking (a) on the way.
void Parse(const Random& r, const std::string& csv, const Audience& audience, int set,
           Shown* shown) {
  std::istringstream in(csv);
  std::string line;
  std::getline(in, line);
  std::map<std::pair<int, int>, int> covered;  // next value index expected
  const Instrument& instrument = r.data.instruments[0];
  const int k = instrument.scale.max - instrument.scale.min + 1;
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string cell; std::getline(ss, cell, ',');) f.push_back(cell);
    if (line.back() == ',') f.push_back("");
    ASSERT_EQ(f.size(), 10u) << "set " << set << ": " << line;
    const int unit = r.data.units.Find(f[3]);
    const int item = f[5] == "q0" ? 0 : 1;
    const std::pair<int, int> key{unit, item};
    ASSERT_TRUE(audience.Shows(r.data.units[unit].level)) << "set " << set << ": " << line;
    if (f[9] == "1") {
      EXPECT_EQ(covered.count(key), 0u) << "set " << set << ": " << line;
      covered[key] = k;
      (*shown)[key];
      continue;
    }
    const size_t dash = f[6].find('-');
    const int lo = std::stoi(f[6]) - instrument.scale.min;
    const int hi = (dash == std::string::npos ? std::stoi(f[6]) : std::stoi(f[6].substr(dash + 1))) -
                   instrument.scale.min;
    const int count = std::stoi(f[7]);
    EXPECT_EQ(covered[key], lo) << "set " << set << ": the groups cover the scale once: " << line;
    covered[key] = hi + 1;
    const bool sensitive = instrument.items[item].sensitive;
    EXPECT_TRUE(count >= audience.min_cell || (count == 0 && !sensitive))
        << "set " << set << ": " << line << " (min_cell " << audience.min_cell << ")";
    (*shown)[key].push_back({lo, hi});
  }
  for (const auto& [key, next] : covered) {
    EXPECT_EQ(next, k) << "set " << set << ": unit " << key.first << " item " << key.second;
  }
}

// (b): no protected group is in the row space of what is known.
void CheckNothingDerivable(const Random& r, const Shown& shown, const Audience& audience, int set) {
  const UnitTree& units = r.data.units;
  const Instrument& instrument = r.data.instruments[0];
  const int k = instrument.scale.max - instrument.scale.min + 1;
  for (int item = 0; item < 2; ++item) {
    const Item& it = instrument.items[item];
    std::map<int, const ItemDistribution*> dist;
    for (const ItemDistribution& d : r.results.waves[0].distributions) {
      if (d.item == item) dist[d.unit] = &d;
    }
    std::map<int, int> column;  // unit -> first unknown
    for (const auto& [u, d] : dist) column[u] = static_cast<int>(column.size()) * k;
    const int unknowns = static_cast<int>(column.size()) * k;
    std::vector<Eigen::VectorXd> rows;
    auto sum = [&](int u, std::pair<int, int> g) {
      Eigen::VectorXd v = Eigen::VectorXd::Zero(unknowns);
      for (int c = g.first; c <= g.second; ++c) v(column[u] + c) = 1;
      return v;
    };
    for (const auto& [u, d] : dist) {
      rows.push_back(sum(u, {0, k - 1}));  // every n is known
      const int p = units[u].parent;
      (void)p;
      std::vector<int> children;
      for (int c : units[u].children) {
        if (dist.count(c)) children.push_back(c);
      }
      if (!children.empty()) {
        for (int c = 0; c < k; ++c) {
          Eigen::VectorXd v = Eigen::VectorXd::Zero(unknowns);
          v(column[u] + c) = 1;
          for (int ch : children) v(column[ch] + c) = -1;
          rows.push_back(v);
        }
      }
      if (auto s = shown.find({u, item}); s != shown.end()) {
        for (std::pair<int, int> g : s->second) rows.push_back(sum(u, g));
      }
    }
    if (unknowns == 0) continue;  // nobody answered
    Eigen::MatrixXd at(unknowns, static_cast<Eigen::Index>(rows.size()));
    for (size_t i = 0; i < rows.size(); ++i) at.col(static_cast<Eigen::Index>(i)) = rows[i];
    Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(at);
    const Eigen::Index rank = qr.rank();
    const Eigen::MatrixXd q = qr.householderQ() * Eigen::MatrixXd::Identity(unknowns, rank);
    for (const auto& [u, d] : dist) {
      const int n = d->answered();
      if (n == 0) continue;
      std::vector<std::pair<int, int>> visible;
      if (auto s = shown.find({u, item}); s != shown.end()) visible = s->second;
      for (Granularity g : {Granularity::kEvery, Granularity::kThree, Granularity::kTwo}) {
        for (std::pair<int, int> group : CategoryGroups(k, it.reverse, g)) {
          // A union of shown groups is shown.
          std::vector<bool> covered(k, false);
          for (std::pair<int, int> v : visible) {
            if (v.first < group.first || v.second > group.second) continue;
            for (int c = v.first; c <= v.second; ++c) covered[c] = true;
          }
          bool whole = true;
          for (int c = group.first; c <= group.second; ++c) whole = whole && covered[c];
          if (whole) continue;
          int value = 0;
          for (int c = group.first; c <= group.second; ++c) value += d->counts[c];
          const bool protect = n < audience.min_n ||
                               (it.sensitive ? value < audience.min_cell
                                             : value > 0 && value < audience.min_cell);
          if (!protect) continue;
          const Eigen::VectorXd f = sum(u, group);
          const double residual = (f - q * (q.transpose() * f)).norm();
          EXPECT_GT(residual, 1e-7)
              << "set " << set << ": " << (audience.restricted() ? "restricted" : "public")
              << ": unit " << units[u].id << " item " << item << " values " << group.first + 1
              << "-" << group.second + 1 << " (" << value << " of " << n
              << ") can be worked out";
        }
      }
    }
  }
}

TEST(CategoryPropertyTest, NoShownCountIsSmallAndNoHiddenCountCanBeWorkedOut) {
  std::mt19937 rng(20);
  const int sets = DataSets();
  int grouped = 0, every = 0;
  for (int set = 0; set < sets; ++set) {
    const Random r = Make(rng);
    Shown pub, res;
    Parse(r, Csv(r, AudienceKind::kPublic), r.pub, set, &pub);
    Parse(r, Csv(r, AudienceKind::kRestricted), r.res, set, &res);
    if (::testing::Test::HasFailure()) return;
    CheckNothingDerivable(r, pub, r.pub, set);
    // The restricted reader sees both files: the finer of the two per unit.
    Shown both = res;
    for (const auto& [key, groups] : pub) {
      both[key].insert(both[key].end(), groups.begin(), groups.end());
    }
    CheckNothingDerivable(r, both, r.res, set);
    if (::testing::Test::HasFailure()) return;
    for (const auto& [key, groups] : res) {
      if (groups.empty()) continue;
      (groups.size() >= 4 ? every : grouped) += 1;
    }
  }
  // The data sets exercise both: distributions shown whole and grouped.
  EXPECT_GT(every, sets / 10);
  EXPECT_GT(grouped, sets / 10);
}

}  // namespace
}  // namespace kfl
