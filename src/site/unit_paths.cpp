#include "site/unit_paths.h"

#include <algorithm>

#include "text/slug.h"

namespace kfl {

UnitPaths::UnitPaths(const UnitTree& units) : folders_(units.size()) {
  // Breadth-first from the county: each unit's folder is its parent's plus
  // its slug among its siblings.
  std::vector<int> queue;
  if (units.county() >= 0) queue.push_back(units.county());
  for (size_t q = 0; q < queue.size(); ++q) {
    const Unit& parent = units[queue[q]];
    std::vector<std::string> names, ids;
    for (int c : parent.children) {
      names.push_back(units[c].name);
      ids.push_back(units[c].id);
    }
    std::vector<std::string> slugs = SiblingSlugs(names, ids);
    if (parent.level == Level::kCounty) {
      for (size_t i = 0; i < slugs.size(); ++i) {
        bool reserved = std::find(std::begin(kReservedFolders), std::end(kReservedFolders),
                                  slugs[i]) != std::end(kReservedFolders);
        if (reserved) slugs[i] += "-" + Slugify(ids[i]);
      }
    }
    for (size_t i = 0; i < parent.children.size(); ++i) {
      int child = parent.children[i];
      folders_[child] = folders_[queue[q]] + slugs[i] + "/";
      queue.push_back(child);
    }
  }
}

std::string Relative(std::string_view from, std::string_view to) {
  // Drop the common leading folders, then climb out of the rest of `from`.
  size_t common = 0;
  for (size_t i = 0; i < from.size() && i < to.size() && from[i] == to[i]; ++i) {
    if (from[i] == '/') common = i + 1;
  }
  std::string out;
  for (size_t i = common; i < from.size(); ++i) {
    if (from[i] == '/') out += "../";
  }
  out += to.substr(common);
  return out.empty() ? "./" : out;
}

}  // namespace kfl
