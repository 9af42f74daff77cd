#include "synth/population.h"

#include <algorithm>
#include <cstdio>
#include <cmath>
#include <set>
#include <string>

#include "synth/det_math.h"
#include "synth/names.h"
#include "synth/random.h"

namespace kfl::synth {
namespace {

enum StreamTag : uint64_t {
  kStreamSchools = 1,
  kStreamNames = 2,
  kStreamKindergartens = 3,
  kStreamKindergartenNames = 4,
};

enum class SchoolKind { kBarneskole, kUngdomsskole, kCombined };

// A school before it has ids and classes.
struct PlannedSchool {
  std::string name;
  int first_grade = 1;
  int last_grade = 10;
  double per_grade_low = 0;   // pupils per grade, grades 1-7
  double per_grade_high = 0;  // pupils per grade, grades 8-10
  int teachers = 0;
  int leaders = 1;
};

// Splits `total` into integers proportional to `weights` (largest
// remainder; ties go to the lower index).
std::vector<int> Apportion(int total, const std::vector<double>& weights) {
  double sum = 0;
  for (double w : weights) sum += w;
  std::vector<int> out(weights.size());
  std::vector<std::pair<double, size_t>> rest;
  int given = 0;
  for (size_t i = 0; i < weights.size(); ++i) {
    const double exact = total * weights[i] / sum;
    out[i] = static_cast<int>(std::floor(exact));
    given += out[i];
    rest.push_back({exact - out[i], i});
  }
  std::stable_sort(rest.begin(), rest.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (int k = 0; k < total - given; ++k) ++out[rest[k % rest.size()].second];
  return out;
}

// x^0.75 with sqrt only (det_math: no pow).
double Pow075(double x) { return std::sqrt(x) * std::sqrt(std::sqrt(x)); }

// `total` people shared out over the municipalities by population.
std::vector<double> ByPopulation(const PresetSpec& spec, double total) {
  double population = 0;
  for (const MunicipalitySpec& m : spec.municipalities) population += m.population;
  std::vector<double> out(spec.municipalities.size());
  for (size_t m = 0; m < out.size(); ++m) out[m] = total * spec.municipalities[m].population / population;
  return out;
}

// Number of schools (kindergartens) per municipality: one each, then
// D'Hondt on population^0.75 (small municipalities keep more, smaller
// units) up to `target`, never fewer than `min_size` pupils (children) per
// unit on average.
std::vector<int> UnitCounts(const PresetSpec& spec, int target, const std::vector<double>& people,
                            double min_size) {
  const size_t n = spec.municipalities.size();
  std::vector<int> count(n, 1);
  std::vector<double> weight(n);
  for (size_t m = 0; m < n; ++m) weight[m] = Pow075(spec.municipalities[m].population);
  for (int given = static_cast<int>(n); given < target; ++given) {
    int best = -1;
    double best_q = 0;
    for (size_t m = 0; m < n; ++m) {
      if (people[m] / (count[m] + 1) < min_size) continue;
      const double q = weight[m] / (count[m] + 1);
      if (q > best_q) {
        best_q = q;
        best = static_cast<int>(m);
      }
    }
    if (best < 0) break;
    ++count[best];
  }
  return count;
}

// The schools of one generated municipality.
std::vector<PlannedSchool> PlanMunicipality(const std::string& name, double pupils, int n,
                                            Random& rng, Random& name_rng) {
  std::vector<SchoolKind> kinds;
  if (n == 1) {
    kinds = {SchoolKind::kCombined};
  } else if (n == 2) {
    kinds = {SchoolKind::kCombined, SchoolKind::kBarneskole};
  } else {
    const int u = std::max(1, static_cast<int>(std::llround(n / 5.0)));
    const int c = static_cast<int>(std::llround(n * 0.15));
    for (int i = 0; i < u; ++i) kinds.push_back(SchoolKind::kUngdomsskole);
    for (int i = 0; i < n - u - c; ++i) kinds.push_back(SchoolKind::kBarneskole);
    for (int i = 0; i < c; ++i) kinds.push_back(SchoolKind::kCombined);
  }
  std::vector<double> weight(n);
  for (int i = 0; i < n; ++i) {
    weight[i] = DetExp(0.45 * rng.Normal());
    // Combined schools in a municipality with several schools are the small
    // rural ones ("fådelte skoler").
    if (kinds[i] == SchoolKind::kCombined && n >= 3) weight[i] *= 0.3;
  }
  const double cohort = pupils / 10.0;
  double low_sum = 0, high_sum = 0, combined_low = 0;
  for (int i = 0; i < n; ++i) {
    if (kinds[i] != SchoolKind::kUngdomsskole) low_sum += weight[i];
    if (kinds[i] == SchoolKind::kUngdomsskole) high_sum += weight[i];
  }
  std::vector<PlannedSchool> out(n);
  for (int i = 0; i < n; ++i) {
    if (kinds[i] != SchoolKind::kUngdomsskole) {
      out[i].per_grade_low = cohort * weight[i] / low_sum;
      if (kinds[i] == SchoolKind::kCombined) combined_low += out[i].per_grade_low;
    }
  }
  const bool has_ungdom = high_sum > 0;
  const double ungdom_cohort = std::max(cohort - combined_low, cohort * 0.3);
  SchoolNamer namer(name);
  bool named_after_municipality = false;
  for (int i = 0; i < n; ++i) {
    PlannedSchool& s = out[i];
    switch (kinds[i]) {
      case SchoolKind::kBarneskole:
        s.first_grade = 1;
        s.last_grade = 7;
        s.name = namer.Next(name_rng, name_rng.Bernoulli(0.5) ? "skole" : "barneskole", false);
        break;
      case SchoolKind::kUngdomsskole:
        s.first_grade = 8;
        s.last_grade = 10;
        s.per_grade_high = ungdom_cohort * weight[i] / high_sum;
        s.name = namer.Next(name_rng, "ungdomsskole", !named_after_municipality);
        named_after_municipality = true;
        break;
      case SchoolKind::kCombined:
        s.first_grade = 1;
        s.last_grade = 10;
        // Without an ungdomsskole the combined school takes the whole cohort
        // in grades 8-10 (with two, the first one does).
        s.per_grade_high = has_ungdom ? s.per_grade_low : (i == 0 ? cohort : 0);
        if (!has_ungdom && i != 0) s.last_grade = 7;
        s.name = namer.Next(name_rng, "skole", n <= 2 && i == 0);
        break;
    }
  }
  return out;
}

// Splits `children` into groups of kMinGroupSize-kMaxGroupSize, about 15
// each; fewer than kMinGroupSize children make one small group.
std::vector<int> GroupSizes(int children) {
  int n = std::max(1, static_cast<int>(std::llround(children / 15.0)));
  n = std::max(n, (children + kMaxGroupSize - 1) / kMaxGroupSize);
  n = std::min(n, std::max(1, children / kMinGroupSize));
  std::vector<int> sizes;
  for (int k = 0; k < n; ++k) sizes.push_back(children / n + (k < children % n ? 1 : 0));
  return sizes;
}

// The kindergartens and groups of every municipality, explicit or planned.
void AddKindergartens(const PresetSpec& spec, uint64_t seed, Population* pop) {
  const size_t nm = spec.municipalities.size();
  struct Planned {
    std::string name;
    std::vector<int> groups;
  };
  std::vector<std::vector<Planned>> planned(nm);
  if (!spec.explicit_kindergartens.empty()) {
    for (const KindergartenSpec& k : spec.explicit_kindergartens)
      planned[k.municipality].push_back({k.name, k.groups});
  } else if (spec.kindergartens > 0) {
    const std::vector<double> children = ByPopulation(spec, spec.children);
    const std::vector<int> counts = UnitCounts(spec, spec.kindergartens, children, 25);
    for (size_t m = 0; m < nm; ++m) {
      Random rng(StreamSeed(seed, {kStreamKindergartens, m}));
      Random name_rng(StreamSeed(seed, {kStreamKindergartenNames, m}));
      SchoolNamer namer(spec.municipalities[m].name);
      std::vector<double> weight(counts[m]);
      for (double& w : weight) w = DetExp(0.5 * rng.Normal());
      const std::vector<int> sizes = Apportion(static_cast<int>(std::llround(children[m])), weight);
      for (int k = 0; k < counts[m]; ++k)
        planned[m].push_back({namer.NextKindergarten(name_rng), GroupSizes(std::max(4, sizes[k]))});
    }
  }
  for (size_t m = 0; m < nm; ++m) {
    std::stable_sort(planned[m].begin(), planned[m].end(),
                     [](const Planned& a, const Planned& b) { return a.name < b.name; });
    Random name_rng(StreamSeed(seed, {kStreamKindergartenNames, m, 1}));
    const std::string part = pop->municipalities[m].id.substr(2);
    int number = 0;
    for (const Planned& p : planned[m]) {
      SynthKindergarten k;
      char num[16];
      std::snprintf(num, sizeof num, "%02d", ++number);
      k.id = "b-" + part + "-" + num;
      k.name = p.name;
      k.municipality = static_cast<int>(m);
      const int index = static_cast<int>(pop->kindergartens.size());
      const std::vector<std::string> names = GroupNames(name_rng, static_cast<int>(p.groups.size()));
      for (size_t g = 0; g < p.groups.size(); ++g) {
        SynthGroup group;
        group.id = "g-" + part + "-" + num + "-" + std::to_string(g + 1);
        group.name = names[g];
        group.kindergarten = index;
        group.municipality = static_cast<int>(m);
        group.enrolled = p.groups[g];
        k.children += group.enrolled;
        k.groups.push_back(static_cast<int>(pop->groups.size()));
        pop->groups.push_back(std::move(group));
      }
      pop->municipalities[m].kindergartens.push_back(index);
      pop->kindergartens.push_back(std::move(k));
    }
  }
}

}  // namespace

int Population::Pupils() const {
  int n = 0;
  for (const SynthClass& c : classes) n += c.enrolled;
  return n;
}

int Population::Children() const {
  int n = 0;
  for (const SynthGroup& g : groups) n += g.enrolled;
  return n;
}

int Population::Teachers() const {
  int n = 0;
  for (const SynthSchool& s : schools) n += s.teachers;
  return n;
}

Population BuildPopulation(const PresetSpec& spec, uint64_t seed) {
  Population pop;
  pop.county_id = spec.county_id;
  pop.county_name = spec.county_name;
  const size_t nm = spec.municipalities.size();

  // Municipality ids; a collision of ASCII forms gets a number.
  std::set<std::string> used_ids;
  for (const MunicipalitySpec& m : spec.municipalities) {
    std::string part = IdPart(m.name);
    std::string id = "k-" + part;
    for (int k = 2; !used_ids.insert(id).second; ++k) id = "k-" + part + "-" + std::to_string(k);
    pop.municipalities.push_back({id, m.name, m.population, {}});
  }

  // Plan the schools of every municipality.
  std::vector<std::vector<PlannedSchool>> planned(nm);
  if (!spec.explicit_schools.empty()) {
    for (const SchoolSpec& s : spec.explicit_schools) {
      PlannedSchool p;
      p.name = s.name;
      p.first_grade = s.first_grade;
      p.last_grade = s.last_grade;
      p.per_grade_low = p.per_grade_high = s.pupils_per_grade;
      p.teachers = s.teachers;
      p.leaders = s.leaders;
      planned[s.municipality].push_back(p);
    }
  } else {
    const std::vector<double> pupils = ByPopulation(spec, spec.pupils);
    const std::vector<int> counts = UnitCounts(spec, spec.schools, pupils, 40);
    for (size_t m = 0; m < nm; ++m) {
      Random rng(StreamSeed(seed, {kStreamSchools, m}));
      Random name_rng(StreamSeed(seed, {kStreamNames, m}));
      planned[m] = PlanMunicipality(spec.municipalities[m].name, pupils[m], counts[m], rng, name_rng);
    }
  }

  // Schools in name order within their municipality, then their classes.
  for (size_t m = 0; m < nm; ++m) {
    std::stable_sort(planned[m].begin(), planned[m].end(),
                     [](const PlannedSchool& a, const PlannedSchool& b) { return a.name < b.name; });
    Random rng(StreamSeed(seed, {kStreamSchools, m, 1}));
    const std::string part = pop.municipalities[m].id.substr(2);
    int number = 0;
    for (const PlannedSchool& p : planned[m]) {
      SynthSchool s;
      char num[16];
      std::snprintf(num, sizeof num, "%02d", ++number);
      s.id = "s-" + part + "-" + num;
      s.name = p.name;
      s.municipality = static_cast<int>(m);
      s.first_grade = p.first_grade;
      s.last_grade = p.last_grade;
      s.teachers = p.teachers;
      s.leaders = p.leaders;
      const int school_index = static_cast<int>(pop.schools.size());
      for (int grade = p.first_grade; grade <= p.last_grade; ++grade) {
        const double expected = grade <= 7 ? p.per_grade_low : p.per_grade_high;
        int n = static_cast<int>(expected);
        if (spec.explicit_schools.empty())
          n = std::max(2, static_cast<int>(std::llround(expected * (1.0 + 0.1 * rng.Normal()))));
        const int sections = (n + kMaxClassSize - 1) / kMaxClassSize;
        for (int k = 0; k < sections; ++k) {
          SynthClass c;
          const char section = static_cast<char>('A' + k);
          c.name = std::to_string(grade) + section;
          c.id = "c-" + s.id.substr(2) + "-" + std::to_string(grade) +
                 static_cast<char>('a' + k);
          c.school = school_index;
          c.municipality = static_cast<int>(m);
          c.grade = grade;
          c.enrolled = n / sections + (k < n % sections ? 1 : 0);
          s.pupils += c.enrolled;
          s.classes.push_back(static_cast<int>(pop.classes.size()));
          pop.classes.push_back(std::move(c));
        }
      }
      pop.municipalities[m].schools.push_back(school_index);
      pop.schools.push_back(std::move(s));
    }
  }

  if (spec.explicit_schools.empty()) {
    // Teachers by school size, with a floor for the small schools; leaders
    // by size.
    std::vector<double> weight;
    for (const SynthSchool& s : pop.schools) weight.push_back(4.0 + 0.105 * s.pupils);
    const std::vector<int> teachers = Apportion(spec.teachers, weight);
    for (size_t i = 0; i < pop.schools.size(); ++i) {
      SynthSchool& s = pop.schools[i];
      s.teachers = std::max(2, teachers[i]);
      s.leaders = s.pupils < 120 ? 1 : s.pupils < 350 ? 2 : 3;
    }
  }
  AddKindergartens(spec, seed, &pop);
  return pop;
}

}  // namespace kfl::synth
