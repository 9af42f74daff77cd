// Slugs: the file-system names of units in the output (data contract 3).
//
//   Slugify("Ajer ungdomsskole") == "ajer-ungdomsskole"
//   Slugify("Åsnes")             == "asnes"
//   Slugify("Søndre Land")       == "sondre-land"
//
// Lower-case ASCII; æ -> ae, ø -> o, å -> a; other accents dropped (ICU
// decomposition); every run of anything else becomes one '-', none at either
// end. A slug never contains '/' or "..", and is never empty ("x" stands in
// for a name with no letters or digits at all).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kfl {

std::string Slugify(std::string_view text);

// Slugs for a set of siblings: Slugify(names[i]), except that every sibling
// whose slug collides with another's gets "-" + Slugify(ids[i]) appended.
// REQUIRES: names.size() == ids.size(); ids are unique.
std::vector<std::string> SiblingSlugs(const std::vector<std::string>& names,
                                      const std::vector<std::string>& ids);

}  // namespace kfl
