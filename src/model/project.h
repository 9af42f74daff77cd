// Project: the settings of one report run, from project.json.
// A plain value; built once by io/project_reader and passed down.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/level.h"

namespace kfl {

// Text in several languages: language code ("nb", "nn", "en") -> text.
using LangText = std::map<std::string, std::string>;

// The text of `text` in `lang`, else bokmål, else any; "" when empty.
const std::string& PickLang(const LangText& text, const std::string& lang);

struct Wave {
  std::string id;     // folder name under responses/, e.g. "2016"
  std::string label;  // shown to readers, e.g. "T1 2016"
};

// Disclosure thresholds (data contract, project.json `privacy`).
struct Privacy {
  int min_n_public = 10;     // fewest respondents behind a public figure
  int min_n_restricted = 5;  // the same for restricted (class) outputs
  int min_cell = 3;          // fewest respondents behind a category count
};

// An external indicator of indicators.csv (project.json `indicators`):
// what it is, so that kfl can name, format and place it without knowing it.
struct IndicatorDef {
  enum class Kind { kResult, kCompletion, kBackground };
  enum class Better { kNone, kHigher, kLower };
  std::string id;     // the key in project.json and indicators.csv
  LangText title;
  Kind kind = Kind::kResult;
  bool percent = false;  // `unit` "%": values are shares 0-1, shown as percentages
  int decimals = 1;      // shown (of the percentage when `percent`)
  Better better = Better::kNone;
  LangText source;       // "" none
};

// A unit outside the hierarchy that indicators.csv may name (the nation,
// other counties): project.json `comparisons`.
struct Comparison {
  std::string id;
  LangText title;
};

// The share of pupils who say they are bullied, counted the way the national
// pupil survey counts it (project.json `bullying`): those who give one of
// `values` to one item. Checked against the instruments by the data set
// reader; empty `instrument` when not given.
struct BullyingDef {
  std::string instrument;   // an instrument id of a pupil survey
  std::string item;         // an item id of that instrument
  std::vector<int> values;  // the scale values that count as bullied, ascending
};

struct Project {
  LangText title;
  std::string owner;                       // default ""
  std::vector<std::string> languages{"nb"};
  std::vector<Wave> waves;                 // in chronological order, as listed
  std::string reference_wave;              // a wave id, or "same"
  double min_items_share = 0.5;            // share of a factor's items needed for a score
  std::vector<int> missing_codes;          // item values that mean "not answered"
  Privacy privacy;
  std::vector<Level> public_levels{Level::kCounty, Level::kMunicipality, Level::kSchool};
  std::vector<IndicatorDef> indicators;  // in project.json's order of keys (sorted)
  std::vector<Comparison> comparisons;
  BullyingDef bullying;

  // Index into `indicators` / `comparisons` of the one with this id, or -1.
  int IndicatorIndex(std::string_view id) const;
  int ComparisonIndex(std::string_view id) const;

  // Index of the wave with this id in `waves`, or -1.
  int WaveIndex(std::string_view id) const;
  // True when every wave is standardized against itself.
  bool ReferenceIsSame() const { return reference_wave == "same"; }
  bool IsPublic(Level level) const;
};

}  // namespace kfl
