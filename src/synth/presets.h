// Presets: the counties `kfl synth` can generate, from a test county of four
// schools to a national data set. A preset fixes the county, its
// municipalities (names and populations) and the targets for the number of
// pupils, schools and teachers, and of kindergartens and children;
// population.h turns it into schools and classes, kindergartens and groups.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kfl::synth {

struct MunicipalitySpec {
  std::string name;
  int population = 0;  // inhabitants; sizes the municipality's schools
};

// A school given explicitly (only the tiny preset, whose shape tests rely on).
struct SchoolSpec {
  int municipality = 0;  // index into PresetSpec::municipalities
  std::string name;
  int first_grade = 1;
  int last_grade = 10;
  int pupils_per_grade = 0;
  int teachers = 0;
  int leaders = 1;
};

// A kindergarten given explicitly (only the tiny preset).
struct KindergartenSpec {
  int municipality = 0;  // index into PresetSpec::municipalities
  std::string name;
  std::vector<int> groups;  // children enrolled in each group
};

struct PresetSpec {
  std::string id;           // "hedmark"
  std::string county_id;    // units.csv id of the county, "hedmark"
  std::string county_name;  // "Hedmark"
  std::vector<MunicipalitySpec> municipalities;
  int pupils = 0;    // target number of pupils (enrolled) in the county
  int schools = 0;   // target number of schools
  int teachers = 0;  // target number of teachers employed (about 94 % answer)
  // When non-empty, exactly these schools and no generated ones.
  std::vector<SchoolSpec> explicit_schools;
  int kindergartens = 0;  // target number of kindergartens
  int children = 0;       // target number of children in their groups
  // When non-empty, exactly these kindergartens and no generated ones.
  std::vector<KindergartenSpec> explicit_kindergartens;
};

// The preset called `name` (one of SynthPresets()), or nullopt.
std::optional<PresetSpec> FindPreset(std::string_view name);

}  // namespace kfl::synth
