// Slugs: the file-system names of units in the output (data contract 3).
//
//   Slugify("Ajer ungdomsskole") == "ajer-ungdomsskole"
//   Slugify("Åsnes")             == "asnes"
//   Slugify("Søndre Land")       == "sondre-land"
//
// Lower-case ASCII; æ -> ae, ø -> o, å -> a; other accents dropped (ICU
// decomposition); every run of anything else becomes one '-', none at either
// end. A slug never contains '/' or "..", and is never empty ("x" stands in
// for a name with no letters or digits at all). At most kMaxSlugLength
// characters (cut at a '-' when one is near), so that a 5,000-character name
// still makes a folder name (a file system allows 255 bytes).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kfl {

inline constexpr size_t kMaxSlugLength = 60;

std::string Slugify(std::string_view text);

// Slugs for a set of siblings: Slugify(names[i]), except that every sibling
// whose slug collides with another's gets "-" + Slugify(ids[i]) appended,
// and one that still collides then gets "-2", "-3", ... (in order): the
// slugs are always distinct.
// REQUIRES: names.size() == ids.size(); ids are unique.
std::vector<std::string> SiblingSlugs(const std::vector<std::string>& names,
                                      const std::vector<std::string>& ids);

}  // namespace kfl
