// UnitPaths: where each unit's page lives in the output (data contract 3).
//
//   county         index.html
//   municipality   <m>/index.html
//   school         <m>/<s>/index.html       (kindergarten likewise)
//   class          <m>/<s>/<c>/index.html   (group likewise; restricted only)
//
// The same relative folders are used under OUT/site and OUT/restricted.
// Slugs come from text/slug.h; siblings that collide get their unit id
// appended, and so do municipalities whose slug is one of the site's own
// top-level folders (`assets`, `data`, ...), so no unit can hide a file of
// the site.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/unit_tree.h"

namespace kfl {

// Top-level folders of the site that no unit may take.
inline constexpr std::string_view kReservedFolders[] = {"assets", "data", "teknisk", "sok"};

class UnitPaths {
 public:
  explicit UnitPaths(const UnitTree& units);

  // The unit's folder relative to the site root: "" for the county,
  // otherwise "m/", "m/s/", "m/s/c/" (always ending in '/').
  const std::string& Folder(int unit) const { return folders_[unit]; }

 private:
  std::vector<std::string> folders_;
};

// A relative link from a page in folder `from` (as Folder() gives it) to
// `to`, a path relative to the site root: Relative("a/b/", "c/x.svg") ==
// "../../c/x.svg"; Relative("a/", "a/s/index.html") == "s/index.html".
std::string Relative(std::string_view from, std::string_view to);

}  // namespace kfl
