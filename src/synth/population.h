// Population: the schools and classes of a preset county, with the number of
// pupils enrolled in each class and of teachers and leaders at each school.
// The same population serves every wave (same class ids in every wave; the
// pupils who answer change).
//
// Shape of a generated municipality: one combined school 1-10 when it is
// small, otherwise barneskoler (1-7), ungdomsskoler (8-10) and a few small
// rural combined schools; pupils per grade drawn around the municipality's
// cohort; classes of at most kMaxClassSize pupils, sections A, B, ...
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "synth/presets.h"

namespace kfl::synth {

constexpr int kMaxClassSize = 28;
constexpr int kMinGroupSize = 10;
constexpr int kMaxGroupSize = 20;

struct SynthMunicipality {
  std::string id;    // "k-hamar"
  std::string name;  // "Hamar"
  int population = 0;
  std::vector<int> schools;  // indices into Population::schools, in id order
  std::vector<int> kindergartens;  // indices into Population::kindergartens, in id order
};

struct SynthSchool {
  std::string id;    // "s-hamar-03"
  std::string name;  // "Sandvang barneskole"
  int municipality = 0;
  int first_grade = 1;
  int last_grade = 10;
  int pupils = 0;    // sum of its classes' enrolled
  int teachers = 0;  // employed; each answers the teacher survey with ~94 %
  int leaders = 1;   // head teacher and deputies, 1-3
  std::vector<int> classes;  // indices into Population::classes, by grade then section
};

struct SynthClass {
  std::string id;    // "c-hamar-03-8a"
  std::string name;  // "8A"
  int school = 0;
  int municipality = 0;
  int grade = 1;
  int enrolled = 0;
};

struct SynthKindergarten {
  std::string id;    // "b-hamar-03"
  std::string name;  // "Trollskogen barnehage"
  int municipality = 0;
  int children = 0;         // sum of its groups' enrolled
  std::vector<int> groups;  // indices into Population::groups
};

struct SynthGroup {
  std::string id;    // "g-hamar-03-2"
  std::string name;  // "Maurtua"
  int kindergarten = 0;
  int municipality = 0;
  int enrolled = 0;  // children in the group
};

struct Population {
  std::string county_id;
  std::string county_name;
  std::vector<SynthMunicipality> municipalities;
  std::vector<SynthSchool> schools;
  std::vector<SynthClass> classes;
  std::vector<SynthKindergarten> kindergartens;
  std::vector<SynthGroup> groups;

  int Pupils() const;
  int Children() const;
  int Teachers() const;
};

// Builds the population of `spec`; the municipalities are the preset's, the
// schools and classes depend on `seed`.
Population BuildPopulation(const PresetSpec& spec, uint64_t seed);

}  // namespace kfl::synth
