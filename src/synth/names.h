// names: invented but plausible Norwegian place names for municipalities,
// schools and kindergartens, names of kindergarten groups, and the ASCII form
// used inside unit ids.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "synth/presets.h"
#include "synth/random.h"

namespace kfl::synth {

// `count` municipalities with distinct invented names ("Bjørkdal",
// "Nord-Sandvik", ...) and populations that sum to about `total_population`,
// skewed like Norway's (many small municipalities, a few cities). Fixed:
// independent of any seed.
std::vector<MunicipalitySpec> GenerateMunicipalities(int count, int total_population);

// The ASCII form of a name for ids: lower case, æ -> ae, ø -> o, å -> a,
// other letters without accents, anything else -> '-' (no leading, trailing
// or repeated '-'). "Sør-Odal" -> "sor-odal", "Østre Toten" -> "ostre-toten".
std::string IdPart(std::string_view name);

// Invents school names within one municipality; never returns the same name
// twice.
class SchoolNamer {
 public:
  explicit SchoolNamer(std::string municipality_name) : municipality_(std::move(municipality_name)) {}

  // `kind` is the ending: "skole", "barneskole" or "ungdomsskole". The first
  // call with `use_municipality` names the school after the municipality
  // ("Trysil ungdomsskole").
  std::string Next(Random& rng, std::string_view kind, bool use_municipality);
  // A kindergarten: a place name ("Bjørkevang barnehage") or one of the
  // classic names ("Trollskogen barnehage").
  std::string NextKindergarten(Random& rng);

 private:
  std::string municipality_;
  std::set<std::string> used_;
};

// The names of a kindergarten's `count` groups ("Maurtua", "Blåklokka",
// ...), distinct within the kindergarten.
std::vector<std::string> GroupNames(Random& rng, int count);

}  // namespace kfl::synth
